using Google.Protobuf;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.ServiceDefaults.Access.Replication;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

// The library's root namespace, like AddServiceDefaults, which calls it.
namespace Ledningssystem.ServiceDefaults;

/// <summary>
/// Subscribes a service to the Organizations service's tenant, unit and role events and applies them to its access
/// replica (ADR 0006). <c>AddServiceDefaults</c> calls <see cref="AddOrganizationReplication"/> unless
/// <see cref="ServiceDefaultsOptions.ReplicateOrganizations"/> is turned off.
/// </summary>
public static class OrganizationReplication
{
    private static readonly Action<IServiceCollection>[] Subscriptions =
    [
        Of<TenantRegistered>(), Of<TenantSuspended>(), Of<TenantReactivated>(),
        Of<UnitCreated>(), Of<UnitRenamed>(), Of<UnitMoved>(), Of<UnitClosed>(),
        Of<RoleAssigned>(), Of<RoleRevoked>(),
    ];

    public static IServiceCollection AddOrganizationReplication(this IServiceCollection services)
    {
        services.TryAddScoped<OrganizationReplicator>();
        foreach (var subscribe in Subscriptions)
        {
            subscribe(services);
        }
        return services;
    }

    private static Action<IServiceCollection> Of<TEvent>()
        where TEvent : IMessage<TEvent>, new() =>
        services => services.AddEventHandler<TEvent, ReplicationHandler<TEvent>>();
}
