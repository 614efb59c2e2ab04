namespace Ledningssystem.Reporting.Tests.Support;

/// <summary>Demo users (<see cref="DemoUsers"/>) and units by what the tests use them for.</summary>
public static class Demo
{
    public const string AldreEmployee = DemoUsers.AnnaAndersson;

    public const string SolgardenNurse = DemoUsers.SaraSjoberg;

    public const string AldreUnitManager = DemoUsers.ErikEriksson;

    /// <summary>MAS of äldrenämnden, on its top unit: reads statistics tenant-wide and triages HSL incidents.</summary>
    public const string AldreMas = DemoUsers.MariaMattsson;

    /// <summary>The nämnd of socialnämnden: another tenant.</summary>
    public const string SocialCommittee = DemoUsers.NilsNordin;

    /// <summary>Kvalitetsutvecklare of socialnämnden, tenant-wide.</summary>
    public const string SocialQualityDeveloper = DemoUsers.KlaraKvist;

    public const string Aldre = "aldrenamnden";

    public const string Hemtjanst = "aldrenamnden.hemtjanst";

    public const string HemtjanstNorr = "aldrenamnden.hemtjanst-norr";

    public const string Solgarden = "aldrenamnden.solgarden";

    public const string HvbBjorken = "socialnamnden.hvb-bjorken";
}
