using System.Text.Json;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>One entry of Dapr's programmatic subscription list (<c>GET /dapr/subscribe</c>).</summary>
internal sealed record DaprSubscription(string PubSubName, string Topic, string Route, string? DeadLetterTopic = null)
{
    public static string WriteList(IEnumerable<DaprSubscription> subscriptions) => JsonSerializer.Serialize(subscriptions.Select(Entry));

    private static Dictionary<string, string> Entry(DaprSubscription s)
    {
        var entry = new Dictionary<string, string> { ["pubsubname"] = s.PubSubName, ["topic"] = s.Topic, ["route"] = s.Route };
        if (!string.IsNullOrEmpty(s.DeadLetterTopic))
        {
            entry["deadLetterTopic"] = s.DeadLetterTopic;
        }
        return entry;
    }

    /// <summary>
    /// Reads a subscription list in either of Dapr's shapes: <c>"route"</c>, or <c>"routes": {"default": ...}</c>.
    /// Entries that route only by rules (CEL matches) are skipped: Direct mode does not evaluate CEL.
    /// </summary>
    public static IReadOnlyList<DaprSubscription> ReadList(JsonElement list)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The subscription list is not a JSON array.");
        }
        var subscriptions = new List<DaprSubscription>();
        foreach (var entry in list.EnumerateArray())
        {
            var route = String(entry, "route")
                ?? (entry.TryGetProperty("routes", out var routes) && routes.ValueKind == JsonValueKind.Object ? String(routes, "default") : null);
            if (String(entry, "pubsubname") is { } pubsub && String(entry, "topic") is { } topic && route is not null)
            {
                subscriptions.Add(new DaprSubscription(pubsub, topic, route));
            }
        }
        return subscriptions;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
