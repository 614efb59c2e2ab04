namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>The relay's HTTP calls: one named client, and failures turned into messages instead of exceptions.</summary>
internal static class EventsHttp
{
    public const string ClientName = "Ledningssystem.Events";

    /// <summary>The header in which Dapr (and Direct mode) shows the app API token (<see cref="EventsOptions.AppApiToken"/>).</summary>
    public const string AppApiTokenHeader = "dapr-api-token";

    /// <summary>The response, or null and why there is none (refused connection, timeout).</summary>
    public static async Task<(HttpResponseMessage? Response, string? Error)> TrySendAsync(
        HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.SendAsync(request, cancellationToken), null);
        }
        catch (HttpRequestException exception)
        {
            return (null, $"{request.RequestUri} unreachable: {exception.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"{request.RequestUri} did not answer within {client.Timeout.TotalSeconds:0.#} s");
        }
    }

    /// <summary>The start of an error response's body, for the outbox row's LastError.</summary>
    public static async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {(body.Length > 500 ? body[..500] : body)}";
    }
}
