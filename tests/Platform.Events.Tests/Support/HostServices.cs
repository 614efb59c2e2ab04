using Ledningssystem.Platform.Events.Tests.Host;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.Platform.Events.Tests.Support;

/// <summary>The host's DbContext on a test database, without a host: for testing one part of the platform on its own.</summary>
public static class HostServices
{
    public static ServiceProvider On(TestDatabase database, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddDbContext<HostDb>(db => _ = database.IsPostgres ? db.UseNpgsql(database.ConnectionString) : db.UseSqlite(database.ConnectionString));
        services.AddSingleton<ICallerSource>(new NoCaller());
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddSingleton(clock);
        services.AddMetrics();
        return services.BuildServiceProvider();
    }
}
