namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>A write tried to create or change a row of a tenant other than the current one.</summary>
public sealed class TenantIsolationException(string message) : InvalidOperationException(message);
