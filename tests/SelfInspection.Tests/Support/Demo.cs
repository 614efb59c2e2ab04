namespace Ledningssystem.SelfInspection.Tests.Support;

/// <summary>Demo users (<see cref="DemoUsers"/>) and units by what the tests use them for.</summary>
public static class Demo
{
    public const string AldreEmployee = DemoUsers.AnnaAndersson;

    public const string AldreUnitManager = DemoUsers.ErikEriksson;

    public const string AldreAreaManager = DemoUsers.OlofOlsson;

    /// <summary>Verksamhetschef HSL at the top of äldrenämnden: approves plans, writes checklists tenant-wide.</summary>
    public const string AldreApprover = DemoUsers.VeraViklund;

    public const string AldreMas = DemoUsers.MariaMattsson;

    public const string SolgardenNurse = DemoUsers.SaraSjoberg;

    public const string SocialQualityDeveloper = DemoUsers.KlaraKvist;

    public const string SocialCommittee = DemoUsers.NilsNordin;

    /// <summary>Förvaltningschef of socialnämnden.</summary>
    public const string SocialAdministrationHead = DemoUsers.FredrikFalk;

    public const string OmsorgAdmin = DemoUsers.ToveThorsson;

    public const string Aldre = "aldrenamnden";

    public const string AldreTop = "aldrenamnden.forvaltning";

    public const string Hemtjanst = "aldrenamnden.hemtjanst";

    public const string HemtjanstNorr = "aldrenamnden.hemtjanst-norr";

    public const string HemtjanstSyd = "aldrenamnden.hemtjanst-syd";

    public const string Solgarden = "aldrenamnden.solgarden";

    public const string SocialForvaltning = "socialnamnden.forvaltning";

    public const string SocialAdministrationTenant = "socialnamnden";
}
