using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Platform.Events.Tests.Host;

/// <summary>No token-bearing callers here: the host acts for tenants through TenantContext.Use.</summary>
public sealed class NoCaller : ICallerSource
{
    public string? TenantId => null;

    public string? UserId => null;
}
