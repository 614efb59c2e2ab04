namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>How events leave and reach the service, bound from the "Events" configuration section.</summary>
public sealed class EventsOptions
{
    public const string SectionName = "Events";

    /// <summary>Dapr: publish through the sidecar (Kubernetes). Direct: no sidecar, deliver to <see cref="Subscribers"/> (one machine).</summary>
    public EventDeliveryMode Mode { get; set; } = EventDeliveryMode.Dapr;

    /// <summary>The Dapr pub/sub component the events travel through.</summary>
    public string PubSubName { get; set; } = "pubsub";

    /// <summary>
    /// Dapr mode: the topic each subscription names as its dead-letter topic, where the broker's messages go once
    /// the Resiliency policy's retries of a delivery are spent. Empty means none (Dapr then drops them).
    /// </summary>
    public string? DeadLetterTopic { get; set; }

    /// <summary>
    /// The shared secret every call to this service's event routes must carry in the <c>dapr-api-token</c> header:
    /// Dapr's app API token (the Secret named by the <c>dapr.io/app-token-secret</c> annotation) on Kubernetes, one
    /// random value per start on one machine. Direct mode sends it with every delivery. Empty: the routes are open, for
    /// a sidecar or machine that nothing else reaches.
    /// </summary>
    public string? AppApiToken { get; set; }

    /// <summary>The sidecar's HTTP API (Dapr mode).</summary>
    public Uri DaprHttpEndpoint { get; set; } = new("http://127.0.0.1:3500");

    /// <summary>Base URLs of the subscribing services' HTTP/1.1 endpoints (Direct mode), e.g. http://127.0.0.1:5101.</summary>
    public IList<Uri> Subscribers { get; } = [];

    /// <summary>The CloudEvent source: the service's name. Empty means the application name.</summary>
    public string? Source { get; set; }

    /// <summary>Topic per event type (protobuf full name), for types that do not travel on their own name.</summary>
    public IDictionary<string, string> Topics { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How often the relay looks at the outbox when no commit in this process woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Outbox rows the relay reads per round.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Aggregates delivered at the same time; the events of one aggregate always go one after another.</summary>
    public int MaxParallelDeliveries { get; set; } = 8;

    /// <summary>Wait before the first retry of a failed delivery; it doubles per attempt (with jitter) up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Time limit of one HTTP call to the sidecar or a subscriber.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long Direct mode trusts a subscriber's <c>GET /dapr/subscribe</c> answer before asking again.</summary>
    public TimeSpan SubscriptionRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long delivered outbox rows are kept (for inspection) before they are deleted.</summary>
    public TimeSpan RetainDelivered { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long processed event ids are remembered; a redelivery later than this would be applied again.</summary>
    public TimeSpan RetainInbox { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a dead letter is kept after its last drop before it is deleted unreplayed.</summary>
    public TimeSpan RetainDeadLetters { get; set; } = TimeSpan.FromDays(30);
}

public enum EventDeliveryMode
{
    Dapr,
    Direct,
}
