namespace Ledningssystem.Incidents.Tests.Support;

/// <summary>Demo users (<see cref="DemoUsers"/>) and units by what the tests use them for.</summary>
public static class Demo
{
    public const string AldreEmployee = DemoUsers.AnnaAndersson;

    public const string AldreEmployeeSub = DemoUsers.AnnaAnderssonSub;

    public const string SolgardenNurse = DemoUsers.SaraSjoberg;

    public const string AldreUnitManager = DemoUsers.ErikEriksson;

    public const string AldreUnitManagerSub = DemoUsers.ErikErikssonSub;

    public const string AldreAreaManager = DemoUsers.OlofOlsson;

    public const string AldreMas = DemoUsers.MariaMattsson;

    public const string SocialCommittee = DemoUsers.NilsNordin;

    public const string LindenManager = DemoUsers.LinaLind;

    public const string OmsorgEmployee = DemoUsers.HannaHolm;

    public const string HemtjanstNorr = "aldrenamnden.hemtjanst-norr";

    public const string Hemtjanst = "aldrenamnden.hemtjanst";

    public const string Solgarden = "aldrenamnden.solgarden";

    public const string Linden = "stodboende-ab.stodboendet-linden";
}
