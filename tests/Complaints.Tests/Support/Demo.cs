namespace Ledningssystem.Complaints.Tests.Support;

/// <summary>Demo users (<see cref="DemoUsers"/>) and units by what the tests use them for.</summary>
public static class Demo
{
    public const string AldreEmployee = DemoUsers.AnnaAndersson;

    public const string AldreUnitManager = DemoUsers.ErikEriksson;

    public const string AldreAreaManager = DemoUsers.OlofOlsson;

    public const string AldreMas = DemoUsers.MariaMattsson;

    public const string SolgardenNurse = DemoUsers.SaraSjoberg;

    public const string SocialQualityDeveloper = DemoUsers.KlaraKvist;

    public const string SocialCommittee = DemoUsers.NilsNordin;

    public const string OmsorgAdmin = DemoUsers.ToveThorsson;

    public const string OmsorgEmployee = DemoUsers.HannaHolm;

    public const string Aldre = "aldrenamnden";

    public const string Social = "socialnamnden";

    public const string HemtjanstNorr = "aldrenamnden.hemtjanst-norr";

    public const string Solgarden = "aldrenamnden.solgarden";

    public const string SocialForvaltning = "socialnamnden.forvaltning";

    public const string OmsorgCity = "omsorg-ab.hemtjanst-city";
}
