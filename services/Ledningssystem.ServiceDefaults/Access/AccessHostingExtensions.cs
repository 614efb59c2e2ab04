using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// Access control from the service's replica of the Organizations service's tenants, units and role
/// assignments, stored through <typeparamref name="TContext"/>; needs <see cref="IdentityHostingExtensions.AddLedningssystemIdentity"/>:
/// <code>
/// builder.Services.AddLedningssystemIdentity().AddLedningssystemAccess&lt;IncidentsDb&gt;();
/// </code>
/// </summary>
public static class AccessHostingExtensions
{
    public static IServiceCollection AddLedningssystemAccess<TContext>(this IServiceCollection services)
        where TContext : PlatformDbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.SectionName);
        services.TryAddSingleton<AccessModelCache>();
        services.AddScoped<IAccessControl, AccessControl<TContext>>();
        services.AddScoped<IAccessModelWriter, AccessModelWriter<TContext>>();
        services.AddScoped<ICallerRequirement, TenantStatusRequirement<TContext>>();
        return services;
    }
}
