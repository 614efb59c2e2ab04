namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>Demo users (<see cref="DemoUsers"/>) by what the tests use them for.</summary>
public static class Demo
{
    public const string RegionAdmin = DemoUsers.RasmusRydberg;

    public const string OmsorgAdmin = DemoUsers.ToveThorsson;

    public const string OmsorgEmployee = DemoUsers.HannaHolm;

    public const string OmsorgEmployeeSub = DemoUsers.HannaHolmSub;

    public const string AldreEmployee = DemoUsers.AnnaAndersson;

    public const string AldreUnitManager = DemoUsers.ErikEriksson;

    public const string AldreUnitManagerSub = DemoUsers.ErikErikssonSub;

    public const string StodboendeUnitManager = DemoUsers.LinaLind;

    public const string OmsorgRoot = "omsorg-ab.foretaget";
}
