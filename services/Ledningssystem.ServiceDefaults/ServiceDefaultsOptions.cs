namespace Ledningssystem.ServiceDefaults;

/// <summary>What a service may choose when it calls <c>AddServiceDefaults</c>.</summary>
public sealed class ServiceDefaultsOptions
{
    /// <summary>
    /// Subscribe to the Organizations service's tenant, unit and role events and apply them to the access replica
    /// (<see cref="OrganizationReplication"/>, ADR 0006). On by default; only Organizations turns it off, as it writes
    /// its replica in the transaction that publishes each event and must not apply its own events again.
    /// </summary>
    public bool ReplicateOrganizations { get; set; } = true;
}
