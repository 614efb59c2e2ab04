namespace Ledningssystem.Risks.Tests.Support;

/// <summary>Demo users (<see cref="DemoUsers"/>) and units by what the tests use them for.</summary>
public static class Demo
{
    /// <summary>Kvalitetsutvecklare at socialförvaltningen (the root): works on risks, prepares the RoV, keeps the matrix.</summary>
    public const string SocialQualityDeveloper = DemoUsers.KlaraKvist;

    /// <summary>Förvaltningschef of socialförvaltningen: reviews the audit trail.</summary>
    public const string SocialAdministrationHead = DemoUsers.FredrikFalk;

    /// <summary>The socialnämnd: sees the matrix view and the RoV, nothing personal.</summary>
    public const string SocialCommittee = DemoUsers.NilsNordin;

    /// <summary>Verksamhetschef HSL at äldreförvaltningen (the root): works on every unit's risks.</summary>
    public const string AldreHealthCareManager = DemoUsers.VeraViklund;

    /// <summary>Enhetschef of hemtjänst norr only.</summary>
    public const string AldreUnitManager = DemoUsers.ErikEriksson;

    public const string AldreEmployee = DemoUsers.AnnaAndersson;

    public const string OmsorgAdmin = DemoUsers.ToveThorsson;

    public const string SocialRoot = "socialnamnden.forvaltning";

    public const string Hvb = "socialnamnden.hvb-bjorken";

    public const string SkyddatBoende = "socialnamnden.skyddat-boende";

    public const string AldreRoot = "aldrenamnden.forvaltning";

    public const string HemtjanstNorr = "aldrenamnden.hemtjanst-norr";

    public const string Solgarden = "aldrenamnden.solgarden";

    public const string OmsorgCity = "omsorg-ab.hemtjanst-city";
}
