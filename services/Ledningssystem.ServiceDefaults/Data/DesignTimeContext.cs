using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>
/// What a service's design-time factories (for <c>dotnet ef migrations add</c>) hand its provider contexts: options
/// that never connect, and a tenant context without a caller, since no host and no configuration exist at design time.
/// </summary>
public static class DesignTimeContext
{
    public static ITenantContext Tenant { get; } = new TenantContext(new NoCaller());

    public static DbContextOptions<TContext> Sqlite<TContext>() where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design.db").Options;

    public static DbContextOptions<TContext> Postgres<TContext>() where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design").Options;

    private sealed class NoCaller : ICallerSource
    {
        public string? TenantId => null;

        public string? UserId => null;
    }
}
