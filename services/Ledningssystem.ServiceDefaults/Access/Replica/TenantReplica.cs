using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.ServiceDefaults.Access.Replica;

/// <summary>A tenant as the Organizations service last published it; a suspended tenant's calls are refused.</summary>
internal sealed class TenantReplica : ITenantOwned
{
    /// <summary>The tenant's id (its Keycloak organization alias); the row belongs to itself.</summary>
    public string TenantId { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Suspended { get; set; }
}
