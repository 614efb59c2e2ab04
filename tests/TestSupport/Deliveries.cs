using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.Testing;

/// <summary>Posts events to a service as Direct delivery and Dapr do: a structured CloudEvent to the route /dapr/subscribe names.</summary>
public static class Deliveries
{
    /// <summary>An event a source service published, under <paramref name="id"/>; answers the subscriber's status.</summary>
    public static Task<string> DeliverAsync(this HttpClient http, OutboxMessage published, string id) =>
        PostAsync(http, published.Topic, published.Type, published.TenantId, published.AggregateId, published.OccurredAt, JsonNode.Parse(published.Payload), id);

    /// <summary>
    /// An event as its publisher would send it: the subject <paramref name="aggregateId"/>, the CloudEvent's tenant
    /// <paramref name="tenantId"/> or else the payload's.
    /// </summary>
    public static Task<string> DeliverAsync(this HttpClient http, IMessage message, string aggregateId, string id, string? tenantId = null) =>
        PostAsync(
            http, message.Descriptor.FullName, message.Descriptor.FullName,
            tenantId ?? message.Descriptor.FindFieldByName("tenant_id").Accessor.GetValue(message) as string, aggregateId,
            DateTimeOffset.UtcNow, JsonNode.Parse(JsonFormatter.Default.Format(message)), id);

    private static async Task<string> PostAsync(
        HttpClient http, string topic, string type, string? tenantId, string? aggregateId, DateTimeOffset occurredAt, JsonNode? data, string id)
    {
        var cloudEvent = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = id,
            ["source"] = "tests",
            ["type"] = type,
            ["subject"] = aggregateId,
            ["time"] = occurredAt.ToString("O"),
            ["datacontenttype"] = "application/json",
            ["tenantid"] = tenantId,
            ["data"] = data,
        };
        using var content = new StringContent(cloudEvent.ToJsonString(), Encoding.UTF8, "application/cloudevents+json");
        using var response = await http.PostAsync(new Uri($"/events/{topic}", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() ?? "";
    }
}
