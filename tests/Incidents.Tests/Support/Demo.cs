namespace Ledningssystem.Incidents.Tests.Support;

/// <summary>Demo users (services/DevTokenIssuer/demo-realm.json) and units by what the tests use them for.</summary>
public static class Demo
{
    /// <summary>Medarbetare at aldrenamnden.hemtjanst-norr.</summary>
    public const string AldreEmployee = "anna.andersson";

    public const string AldreEmployeeSub = "27652323-7c26-4fe1-96ee-f1018394b552";

    /// <summary>Legitimerad personal at aldrenamnden.solgarden (another subtree).</summary>
    public const string SolgardenNurse = "sara.sjoberg";

    /// <summary>Enhetschef at aldrenamnden.hemtjanst-norr.</summary>
    public const string AldreUnitManager = "erik.eriksson";

    public const string AldreUnitManagerSub = "bf107349-8473-4840-aa98-7b99524fbf13";

    /// <summary>Områdeschef at aldrenamnden.hemtjanst (above hemtjanst-norr).</summary>
    public const string AldreAreaManager = "olof.olsson";

    /// <summary>MAS at aldrenamnden.forvaltning (the top unit).</summary>
    public const string AldreMas = "maria.mattsson";

    /// <summary>Nämnd (Committee) of socialnamnden, which contracts stodboende-ab.</summary>
    public const string SocialCommittee = "nils.nordin";

    /// <summary>Enhetschef at stodboende-ab.stodboendet-linden, a private provider.</summary>
    public const string LindenManager = "lina.lind";

    /// <summary>Medarbetare at omsorg-ab.hemtjanst-city (another tenant).</summary>
    public const string OmsorgEmployee = "hanna.holm";

    public const string HemtjanstNorr = "aldrenamnden.hemtjanst-norr";

    public const string Hemtjanst = "aldrenamnden.hemtjanst";

    public const string Solgarden = "aldrenamnden.solgarden";

    public const string Linden = "stodboende-ab.stodboendet-linden";
}
