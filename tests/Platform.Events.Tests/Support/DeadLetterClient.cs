using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Ledningssystem.Platform.Events.Tests.Support;

/// <summary>One dead letter as the operator's list shows it.</summary>
public sealed record ListedDeadLetter(long Id, string? EventId, string Topic, string Type, string Source, string? TenantId, string Reason, int Drops, string Body);

/// <summary>The operator's dead-letter routes of a host, called over HTTP/1.1 with the host's client (and its token).</summary>
public sealed class DeadLetterClient(HttpClient http)
{
    public const string Path = "/operator/dead-letters";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(List<ListedDeadLetter> Page, string NextPageToken)> ListAsync(string query = "")
    {
        using var answer = JsonDocument.Parse(await http.GetStringAsync($"{Path}?{query}"));
        var page = answer.RootElement.GetProperty("deadLetters").Deserialize<List<ListedDeadLetter>>(Json)!;
        return (page, answer.RootElement.GetProperty("nextPageToken").GetString()!);
    }

    public async Task<ListedDeadLetter?> FindAsync(string eventId) =>
        (await ListAsync("pageSize=500")).Page.SingleOrDefault(d => d.EventId == eventId);

    /// <summary>Replays one dead letter; the answer's status (SUCCESS, DROP, RETRY) and reason.</summary>
    public async Task<(string Status, string? Reason)> ReplayAsync(long id)
    {
        using var response = await http.PostAsync($"{Path}/{id}/replay", null);
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (answer.RootElement.GetProperty("status").GetString()!, answer.RootElement.GetProperty("reason").GetString());
    }

    public async Task<JsonElement> ReplayAllAsync(string query)
    {
        using var response = await http.PostAsync($"{Path}/replay?{query}", null);
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return answer.RootElement.Clone();
    }

    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string pathAndQuery)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a hand-written body to a topic's route, as Dapr's sidecar would; the answer's status.</summary>
    public async Task<string> DeliverAsync(string topic, string body)
    {
        using var content = new StringContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json");
        using var response = await http.PostAsync($"/events/{topic}", content);
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("status").GetString()!;
    }
}
