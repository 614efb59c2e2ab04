namespace Ledningssystem.Testing;

/// <summary>
/// The demo users of services/DevTokenIssuer/demo-realm.json that tests call as (password "demo", see
/// <see cref="DevTokenIssuerProcess.DemoTokenAsync"/>), with the subject their tokens carry where tests compare it.
/// Test projects name them by what they use them for.
/// </summary>
public static class DemoUsers
{
    /// <summary>Medarbetare at aldrenamnden.hemtjanst-norr.</summary>
    public const string AnnaAndersson = "anna.andersson";

    public const string AnnaAnderssonSub = "27652323-7c26-4fe1-96ee-f1018394b552";

    /// <summary>Enhetschef at aldrenamnden.hemtjanst-norr.</summary>
    public const string ErikEriksson = "erik.eriksson";

    public const string ErikErikssonSub = "bf107349-8473-4840-aa98-7b99524fbf13";

    /// <summary>Områdeschef at aldrenamnden.hemtjanst (above hemtjanst-norr).</summary>
    public const string OlofOlsson = "olof.olsson";

    public const string OlofOlssonSub = "53f0718c-c6cb-4d81-9f7d-ba52341a24f5";

    /// <summary>Verksamhetschef HSL at aldrenamnden.forvaltning, the top unit.</summary>
    public const string VeraViklund = "vera.viklund";

    public const string VeraViklundSub = "fddb4ff2-c4a7-493f-b6c2-445176bc8160";

    /// <summary>MAS at aldrenamnden.forvaltning.</summary>
    public const string MariaMattsson = "maria.mattsson";

    /// <summary>Legitimerad personal at aldrenamnden.solgarden.</summary>
    public const string SaraSjoberg = "sara.sjoberg";

    /// <summary>Kvalitetsutvecklare at socialnamnden.forvaltning.</summary>
    public const string KlaraKvist = "klara.kvist";

    public const string KlaraKvistSub = "8ba59a80-a32c-4e70-9a90-72b5381ef9e9";

    /// <summary>Förvaltningschef (AdministrationHead) at socialnamnden.forvaltning.</summary>
    public const string FredrikFalk = "fredrik.falk";

    /// <summary>Nämnd (Committee) of socialnamnden, which contracts stodboende-ab.</summary>
    public const string NilsNordin = "nils.nordin";

    public const string NilsNordinSub = "ba88056d-ddb9-4949-ba35-986e627b23fb";

    /// <summary>Tenant admin of the private provider omsorg-ab (on omsorg-ab.foretaget).</summary>
    public const string ToveThorsson = "tove.thorsson";

    /// <summary>Medarbetare at omsorg-ab.hemtjanst-city.</summary>
    public const string HannaHolm = "hanna.holm";

    public const string HannaHolmSub = "d99e5ebe-dd6f-4194-9906-2cb3bbc3fa79";

    /// <summary>Enhetschef at stodboende-ab.stodboendet-linden, of the private provider stodboende-ab.</summary>
    public const string LinaLind = "lina.lind";

    public const string LinaLindSub = "cc46f67b-c972-49f4-bfe2-aa1e9652db8d";

    /// <summary>Medarbetare at stodboende-ab.stodboendet-linden.</summary>
    public const string JonasLund = "jonas.lund";

    /// <summary>Medarbetare at funktionsstodsnamnden.gruppbostad-eken.</summary>
    public const string FatimaFarah = "fatima.farah";

    /// <summary>Region admin (platform realm role region-admin), of tenant region-exempel.</summary>
    public const string RasmusRydberg = "rasmus.rydberg";
}
