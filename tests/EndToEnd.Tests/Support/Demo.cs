namespace Ledningssystem.EndToEnd.Tests.Support;

/// <summary>The demo users (services/DevTokenIssuer/demo-realm.json) by what the scenarios use them for.</summary>
public static class Demo
{
    /// <summary>Medarbetare at Stödboendet Linden, of the private provider stodboende-ab.</summary>
    public const string LindenEmployee = "jonas.lund";

    /// <summary>Enhetschef at Stödboendet Linden.</summary>
    public const string LindenManager = "lina.lind";

    public const string LindenManagerSub = "cc46f67b-c972-49f4-bfe2-aa1e9652db8d";

    public const string Linden = "stodboende-ab.stodboendet-linden";

    /// <summary>Nämnd (Committee) of socialnamnden, which contracts stodboende-ab.</summary>
    public const string SocialCommittee = "nils.nordin";

    /// <summary>MAS of aldrenamnden: a nämnd that contracts omsorg-ab but not stodboende-ab.</summary>
    public const string AldreMas = "maria.mattsson";

    /// <summary>Tenant admin of omsorg-ab, another private provider.</summary>
    public const string OmsorgAdmin = "tove.thorsson";

    /// <summary>Medarbetare at omsorg-ab.hemtjanst-city.</summary>
    public const string OmsorgEmployee = "hanna.holm";

    /// <summary>Verksamhetschef HSL at aldrenamnden.forvaltning (the top unit): writes the nämnd's documents.</summary>
    public const string AldreHealthCareManager = "vera.viklund";

    /// <summary>Medarbetare at aldrenamnden.hemtjanst-norr.</summary>
    public const string AldreEmployee = "anna.andersson";

    public const string AldreEmployeeSub = "27652323-7c26-4fe1-96ee-f1018394b552";

    public const string AldreForvaltning = "aldrenamnden.forvaltning";

    public const string AldreHemtjanst = "aldrenamnden.hemtjanst";

    public const string OmsorgEmployeeSub = "d99e5ebe-dd6f-4194-9906-2cb3bbc3fa79";

    public const string OmsorgHemtjanstCity = "omsorg-ab.hemtjanst-city";

    /// <summary>Kvalitetsutvecklare at socialnamnden.forvaltning.</summary>
    public const string SocialQualityDeveloper = "klara.kvist";

    public const string SocialForvaltning = "socialnamnden.forvaltning";
}
