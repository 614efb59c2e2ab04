using Google.Protobuf;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.ServiceDefaults.Access.Replication;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

// The library's root namespace, like AddServiceDefaults, which calls it for every service.
namespace Ledningssystem.ServiceDefaults;

/// <summary>
/// Subscribes a service to the Organizations service's tenant, unit and role events and applies them to its access
/// replica (ADR 0006). <c>AddServiceDefaults</c> calls <see cref="AddOrganizationReplication"/> for every service.
/// </summary>
public static class OrganizationReplication
{
    private static readonly Subscription[] Subscriptions =
    [
        Of<TenantRegistered>(), Of<TenantSuspended>(), Of<TenantReactivated>(),
        Of<UnitCreated>(), Of<UnitRenamed>(), Of<UnitMoved>(), Of<UnitClosed>(),
        Of<RoleAssigned>(), Of<RoleRevoked>(),
    ];

    public static IServiceCollection AddOrganizationReplication(this IServiceCollection services)
    {
        services.TryAddScoped<OrganizationReplicator>();
        foreach (var subscription in Subscriptions)
        {
            subscription.Add(services);
        }
        return services;
    }

    /// <summary>
    /// For the Organizations service only: it writes its replica in the transaction that publishes each event (through
    /// <see cref="OrganizationReplicator"/>), so it must not also subscribe to its own events and apply them again.
    /// </summary>
    public static IServiceCollection RemoveOrganizationReplication(this IServiceCollection services)
    {
        var events = Subscriptions.Select(s => s.Event).ToHashSet();
        foreach (var descriptor in services.Where(d => Subscribes(d.ServiceType, typeof(IEventHandler<>), events)
                     || Subscribes(d.ImplementationType, typeof(EventSubscription<>), events)).ToList())
        {
            services.Remove(descriptor);
        }
        return services;
    }

    private static bool Subscribes(Type? type, Type generic, HashSet<Type> events) =>
        type is { IsGenericType: true } && type.GetGenericTypeDefinition() == generic && events.Contains(type.GenericTypeArguments[0]);

    private static Subscription Of<TEvent>()
        where TEvent : IMessage<TEvent>, new() =>
        new(typeof(TEvent), services => services.AddEventHandler<TEvent, ReplicationHandler<TEvent>>());

    private sealed record Subscription(Type Event, Action<IServiceCollection> Add);
}
