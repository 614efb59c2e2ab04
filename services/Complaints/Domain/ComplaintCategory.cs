using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Complaints.Domain;

/// <summary>A tenant's category of complaints; every tenant starts with patientnämndernas main categories (<see cref="Defaults"/>).</summary>
public sealed class ComplaintCategory : ITenantOwned
{
    public static readonly IReadOnlyList<string> Defaults =
    [
        "Vård och behandling",
        "Kommunikation",
        "Dokumentation och sekretess",
        "Organisation och tillgänglighet",
        "Ekonomi",
        "Administrativ hantering",
        "Bemötande",
        "Delaktighet",
    ];

    private ComplaintCategory()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public static ComplaintCategory Create(string id, string tenantId, string name) => new() { Id = id, TenantId = tenantId, Name = name.Trim() };
}
