using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>CloudEvents 1.0 in structured JSON mode: what the relay sends and what subscriptions accept.</summary>
internal static class CloudEventJson
{
    public const string MediaType = "application/cloudevents+json";
    public const string DataContentType = "application/json";

    /// <summary>The extension carrying the tenant (CloudEvents extension names are lowercase letters and digits).</summary>
    public const string TenantExtension = "tenantid";

    public const string TraceParentExtension = "traceparent";

    public static byte[] Write(OutboxMessage message, string source, string? traceParent)
    {
        var buffer = new ArrayBufferWriter<byte>(message.Payload.Length + 512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", message.EventId.ToString());
            json.WriteString("source", source);
            json.WriteString("type", message.Type);
            json.WriteString("subject", message.AggregateId);
            json.WriteString("time", message.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("datacontenttype", DataContentType);
            if (message.TenantId is not null)
            {
                json.WriteString(TenantExtension, message.TenantId);
            }
            if (traceParent is not null)
            {
                json.WriteString(TraceParentExtension, traceParent);
            }
            json.WritePropertyName("data");
            json.WriteRawValue(message.Payload);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static ByteArrayContent Content(byte[] cloudEvent)
    {
        var content = new ByteArrayContent(cloudEvent);
        content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        return content;
    }

    /// <summary>Reads a delivered body: a structured-mode event with JSON data, or says what is wrong with it.</summary>
    public static bool TryRead(string body, [NotNullWhen(true)] out CloudEvent? cloudEvent, [NotNullWhen(false)] out string? problem)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return TryRead(json.RootElement, out cloudEvent, out problem);
        }
        catch (JsonException exception)
        {
            cloudEvent = null;
            problem = exception.Message;
            return false;
        }
    }

    /// <summary>Reads a structured-mode event with JSON data, or says what is wrong with it.</summary>
    public static bool TryRead(JsonElement root, [NotNullWhen(true)] out CloudEvent? cloudEvent, [NotNullWhen(false)] out string? problem)
    {
        cloudEvent = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "the body is not a JSON object";
            return false;
        }
        if (String(root, "specversion") != "1.0")
        {
            problem = "specversion is not 1.0";
            return false;
        }
        if (String(root, "id") is not { Length: > 0 } id || String(root, "source") is not { Length: > 0 } source
            || String(root, "type") is not { Length: > 0 } type)
        {
            problem = "id, source or type is missing";
            return false;
        }
        if (String(root, "datacontenttype") is { } contentType && !contentType.StartsWith(DataContentType, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"datacontenttype {contentType} is not JSON";
            return false;
        }
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            problem = "data is not a JSON object";
            return false;
        }
        var time = String(root, "time") is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed
            : (DateTimeOffset?)null;
        cloudEvent = new CloudEvent(id, source, type, String(root, "subject"), time, String(root, TenantExtension),
            String(root, TraceParentExtension), data.GetRawText());
        problem = null;
        return true;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
