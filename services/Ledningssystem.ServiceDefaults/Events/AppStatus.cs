using System.Net;
using System.Text.Json;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>A subscriber's answer to a delivered event in Dapr's contract: processed, retry later, or drop it.</summary>
internal enum AppStatus
{
    Success,
    Retry,
    Drop,
}

internal static class AppStatusJson
{
    /// <summary>The status as Dapr spells it: SUCCESS, RETRY or DROP.</summary>
    public static string Name(AppStatus status) => status.ToString().ToUpperInvariant();

    public static string Write(AppStatus status) => $$"""{"status":"{{Name(status)}}"}""";

    /// <summary>
    /// Reads a subscriber's answer as Dapr does: a 2xx answer means what its "status" says (SUCCESS when the body or
    /// the status is empty, or the body is not JSON; an unknown status is retried), 404 drops the event, anything
    /// else retries.
    /// </summary>
    public static async Task<AppStatus> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return AppStatus.Drop;
        }
        if (!response.IsSuccessStatusCode)
        {
            return AppStatus.Retry;
        }
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("status", out var status))
            {
                return AppStatus.Success;
            }
            return status.ValueKind == JsonValueKind.String ? Parse(status.GetString()) : AppStatus.Retry;
        }
        catch (JsonException)
        {
            return AppStatus.Success;
        }
    }

    private static AppStatus Parse(string? status) => status?.ToUpperInvariant() switch
    {
        "" or "SUCCESS" => AppStatus.Success,
        "DROP" => AppStatus.Drop,
        _ => AppStatus.Retry,
    };
}
