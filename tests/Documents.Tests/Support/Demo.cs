namespace Ledningssystem.Documents.Tests.Support;

/// <summary>Demo users (services/DevTokenIssuer/demo-realm.json) by what the tests use them for.</summary>
public static class Demo
{
    public const string Aldre = "aldrenamnden";
    public const string Omsorg = "omsorg-ab";

    /// <summary>Områdeschef on aldrenamnden.hemtjanst: writes documents there.</summary>
    public const string AreaManager = "olof.olsson";

    public const string AreaManagerSub = "53f0718c-c6cb-4d81-9f7d-ba52341a24f5";

    /// <summary>Verksamhetschef HSL on the top unit aldrenamnden.forvaltning: writes and approves (approving role HealthCareManager).</summary>
    public const string HealthCareManager = "vera.viklund";

    public const string HealthCareManagerSub = "fddb4ff2-c4a7-493f-b6c2-445176bc8160";

    /// <summary>MAS on aldrenamnden.forvaltning.</summary>
    public const string Mas = "maria.mattsson";

    /// <summary>Medarbetare at aldrenamnden.hemtjanst-norr.</summary>
    public const string Employee = "anna.andersson";

    public const string EmployeeSub = "27652323-7c26-4fe1-96ee-f1018394b552";

    /// <summary>Enhetschef at aldrenamnden.hemtjanst-norr.</summary>
    public const string UnitManager = "erik.eriksson";

    public const string UnitManagerSub = "bf107349-8473-4840-aa98-7b99524fbf13";

    /// <summary>Tenant admin of omsorg-ab (on omsorg-ab.foretaget).</summary>
    public const string OmsorgAdmin = "tove.thorsson";

    /// <summary>Medarbetare at omsorg-ab.hemtjanst-city.</summary>
    public const string OmsorgEmployee = "hanna.holm";

    /// <summary>Enhetschef at stodboende-ab.stodboendet-linden.</summary>
    public const string StodboendeManager = "lina.lind";

    /// <summary>Kvalitetsutvecklare at socialnamnden.forvaltning.</summary>
    public const string SocialQualityDeveloper = "klara.kvist";

    public const string AldreRoot = "aldrenamnden.forvaltning";
    public const string AldreHemtjanst = "aldrenamnden.hemtjanst";
    public const string OmsorgRoot = "omsorg-ab.foretaget";
}

/// <summary>Ids no other test uses, so that tests sharing one service do not meet.</summary>
public static class Ids
{
    public static string New(string prefix) => $"{prefix}.{Guid.NewGuid().ToString("N")[..10]}";
}
