using Google.Protobuf;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// Reliable events for a service:
/// <code>
/// builder.AddPlatformEvents&lt;IncidentsDb&gt;();
/// builder.Services.AddEventHandler&lt;UnitChanged, UnitChangedHandler&gt;();
/// ...
/// app.MapEventSubscriptions();
/// </code>
/// Handlers and API code inject <see cref="IEventPublisher"/>; the relay runs in the background.
/// </summary>
public static class EventsRegistration
{
    public static IHostApplicationBuilder AddPlatformEvents<TContext>(this IHostApplicationBuilder builder)
        where TContext : PlatformDbContext
    {
        var services = builder.Services;
        services.AddOptions<EventsOptions>()
            .BindConfiguration(EventsOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.Source = string.IsNullOrWhiteSpace(options.Source) ? environment.ApplicationName : options.Source)
            .Validate(o => o.BatchSize > 0 && o.MaxParallelDeliveries > 0, "Events:BatchSize and Events:MaxParallelDeliveries must be positive.")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.RetryInitialDelay > TimeSpan.Zero && o.RetryMaxDelay >= o.RetryInitialDelay,
                "Events:PollInterval and Events:RetryInitialDelay must be positive and Events:RetryMaxDelay at least the initial delay.")
            .Validate(o => o.DaprHttpEndpoint.IsAbsoluteUri && o.Subscribers.All(s => s.IsAbsoluteUri),
                "Events:DaprHttpEndpoint and Events:Subscribers must be absolute URLs.")
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EventsTelemetry>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<SubscriberDirectory>();
        services.AddHttpClient(EventsHttp.ClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<EventsOptions>>().Value;
                client.Timeout = options.DeliveryTimeout;
                // Direct mode stands in for the sidecar towards the subscribers, so it shows their app API token; the
                // sidecar itself must never see it.
                if (options.Mode == EventDeliveryMode.Direct && options.AppApiToken is { Length: > 0 } token)
                {
                    client.DefaultRequestHeaders.Add(EventsHttp.AppApiTokenHeader, token);
                }
            })
            .RemoveAllLoggers();
        services.TryAddSingleton<IEventTransport>(provider =>
            provider.GetRequiredService<IOptions<EventsOptions>>().Value.Mode == EventDeliveryMode.Direct
                ? ActivatorUtilities.CreateInstance<DirectTransport>(provider)
                : ActivatorUtilities.CreateInstance<DaprSidecarTransport>(provider));
        services.TryAddScoped<IEventPublisher, EventPublisher<TContext>>();
        services.TryAddScoped<IEventDispatcher, EventDispatcher<TContext>>();
        services.TryAddScoped<IDeadLetterOperator, DeadLetterOperator<TContext>>();
        services.TryAddSingleton<RelayLease<TContext>>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutboxRelay<TContext>>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, EventStoreCleanup<TContext>>());
        return builder;
    }

    /// <summary>Subscribes the service to <typeparamref name="TEvent"/>'s topic; one handler per event type.</summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IMessage<TEvent>, new()
        where THandler : class, IEventHandler<TEvent>
    {
        if (services.Any(d => d.ServiceType == typeof(IEventHandler<TEvent>)))
        {
            throw new InvalidOperationException($"{typeof(TEvent).Name} already has a handler; a service has one handler per event type.");
        }
        services.AddScoped<IEventHandler<TEvent>, THandler>();
        services.AddSingleton<EventSubscription, EventSubscription<TEvent>>();
        return services;
    }
}
