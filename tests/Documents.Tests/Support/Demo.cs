namespace Ledningssystem.Documents.Tests.Support;

/// <summary>Demo users (<see cref="DemoUsers"/>) by what the tests use them for.</summary>
public static class Demo
{
    public const string Aldre = "aldrenamnden";
    public const string Omsorg = "omsorg-ab";

    /// <summary>Writes documents on aldrenamnden.hemtjanst.</summary>
    public const string AreaManager = DemoUsers.OlofOlsson;

    public const string AreaManagerSub = DemoUsers.OlofOlssonSub;

    /// <summary>Writes and approves (approving role HealthCareManager) on the top unit aldrenamnden.forvaltning.</summary>
    public const string HealthCareManager = DemoUsers.VeraViklund;

    public const string HealthCareManagerSub = DemoUsers.VeraViklundSub;

    public const string Mas = DemoUsers.MariaMattsson;

    public const string Employee = DemoUsers.AnnaAndersson;

    public const string EmployeeSub = DemoUsers.AnnaAnderssonSub;

    public const string UnitManager = DemoUsers.ErikEriksson;

    public const string UnitManagerSub = DemoUsers.ErikErikssonSub;

    public const string OmsorgAdmin = DemoUsers.ToveThorsson;

    public const string OmsorgEmployee = DemoUsers.HannaHolm;

    public const string StodboendeManager = DemoUsers.LinaLind;

    public const string SocialQualityDeveloper = DemoUsers.KlaraKvist;

    public const string AldreRoot = "aldrenamnden.forvaltning";
    public const string AldreHemtjanst = "aldrenamnden.hemtjanst";
    public const string OmsorgRoot = "omsorg-ab.foretaget";
}

/// <summary>Ids no other test uses, so that tests sharing one service do not meet.</summary>
public static class Ids
{
    public static string New(string prefix) => $"{prefix}.{Guid.NewGuid().ToString("N")[..10]}";
}
