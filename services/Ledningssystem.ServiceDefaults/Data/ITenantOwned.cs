namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>
/// An entity that belongs to one tenant (huvudman). <see cref="PlatformDbContext"/> filters every query by
/// the current tenant and refuses writes that would create or touch another tenant's rows.
/// </summary>
public interface ITenantOwned
{
    string TenantId { get; set; }
}
