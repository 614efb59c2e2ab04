namespace Ledningssystem.EndToEnd.Tests.Support;

/// <summary>Demo users (<see cref="DemoUsers"/>) and units by what the scenarios use them for.</summary>
public static class Demo
{
    public const string LindenEmployee = DemoUsers.JonasLund;

    /// <summary>Reports the hundreds of avvikelser of the load and fault tests, apart from the scenarios' users and units.</summary>
    public const string LoadReporter = DemoUsers.FatimaFarah;

    public const string LoadUnit = "funktionsstodsnamnden.gruppbostad-eken";

    public const string LindenManager = DemoUsers.LinaLind;

    public const string LindenManagerSub = DemoUsers.LinaLindSub;

    public const string Linden = "stodboende-ab.stodboendet-linden";

    public const string SocialCommittee = DemoUsers.NilsNordin;

    /// <summary>Of aldrenamnden: a nämnd that contracts omsorg-ab but not stodboende-ab.</summary>
    public const string AldreMas = DemoUsers.MariaMattsson;

    public const string OmsorgAdmin = DemoUsers.ToveThorsson;

    public const string OmsorgEmployee = DemoUsers.HannaHolm;

    /// <summary>Writes the nämnd's documents.</summary>
    public const string AldreHealthCareManager = DemoUsers.VeraViklund;

    public const string AldreEmployee = DemoUsers.AnnaAndersson;

    public const string AldreEmployeeSub = DemoUsers.AnnaAnderssonSub;

    public const string AldreForvaltning = "aldrenamnden.forvaltning";

    public const string AldreHemtjanst = "aldrenamnden.hemtjanst";

    public const string OmsorgEmployeeSub = DemoUsers.HannaHolmSub;

    public const string OmsorgHemtjanstCity = "omsorg-ab.hemtjanst-city";

    public const string SocialQualityDeveloper = DemoUsers.KlaraKvist;

    public const string SocialForvaltning = "socialnamnden.forvaltning";
}
