using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.Domain;

/// <summary>
/// A verksamhetsform a unit runs, as Organizations created the unit (UnitCreated; a unit's verksamhetsformer do not
/// change afterwards). A case counts in each verksamhetsform of its unit; a unit the read model has not heard of yet
/// counts its cases only in the cells of all verksamhetsformer until its UnitCreated arrives.
/// </summary>
public sealed class UnitVerksamhetsform : ITenantOwned
{
    private UnitVerksamhetsform()
    {
    }

    public UnitVerksamhetsform(string unitId, string verksamhetsform)
    {
        UnitId = unitId;
        Verksamhetsform = verksamhetsform;
    }

    public string TenantId { get; set; } = "";

    public string UnitId { get; private set; } = "";

    /// <summary>The Verksamhetsform's protobuf name (e.g. VERKSAMHETSFORM_LSS).</summary>
    public string Verksamhetsform { get; private set; } = "";
}
