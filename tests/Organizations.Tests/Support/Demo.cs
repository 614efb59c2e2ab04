namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>Demo users (services/DevTokenIssuer/demo-realm.json) by what the tests use them for.</summary>
public static class Demo
{
    /// <summary>Region admin (platform realm role region-admin), of tenant region-exempel.</summary>
    public const string RegionAdmin = "rasmus.rydberg";

    /// <summary>Tenant admin of omsorg-ab (on omsorg-ab.foretaget).</summary>
    public const string OmsorgAdmin = "tove.thorsson";

    /// <summary>Medarbetare at omsorg-ab.hemtjanst-city.</summary>
    public const string OmsorgEmployee = "hanna.holm";

    public const string OmsorgEmployeeSub = "d99e5ebe-dd6f-4194-9906-2cb3bbc3fa79";

    /// <summary>Medarbetare at aldrenamnden.hemtjanst-norr.</summary>
    public const string AldreEmployee = "anna.andersson";

    /// <summary>Enhetschef at aldrenamnden.hemtjanst-norr.</summary>
    public const string AldreUnitManager = "erik.eriksson";

    public const string AldreUnitManagerSub = "bf107349-8473-4840-aa98-7b99524fbf13";

    /// <summary>Enhetschef at stodboende-ab.stodboendet-linden.</summary>
    public const string StodboendeUnitManager = "lina.lind";

    public const string OmsorgRoot = "omsorg-ab.foretaget";
}
