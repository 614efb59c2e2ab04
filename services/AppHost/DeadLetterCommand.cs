using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Ledningssystem.AppHost;

/// <summary>
/// The operator's command for a running platform's dead letters (<c>--dead-letters SERVICE</c>): lists them, or replays
/// one or all, through the service's operator routes on its web port, with the app API token of the platform's start.
/// </summary>
internal static class DeadLetterCommand
{
    /// <summary>Where the launcher leaves the current start's app API token for this command (owner-only file).</summary>
    public const string TokenFile = "events-app-token";

    private const string Path = "/operator/dead-letters";
    private const int BodyShown = 300;

    /// <summary>Writes the token the platform's processes were started with, readable by the owner only.</summary>
    public static void SaveToken(string dataDirectory, string token)
    {
        var file = System.IO.Path.Combine(dataDirectory, TokenFile);
        File.WriteAllText(file, "");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.WriteAllText(file, token);
    }

    public static async Task<int> RunAsync(PlatformOptions options, string dataDirectory, DeadLetterRequest request, CancellationToken ct)
    {
        var service = options.Services.FirstOrDefault(s => s.Name == request.Service);
        if (service is null || !service.Environment.TryGetValue("Rpc__WebPort", out var webPort))
        {
            var names = options.Services.Where(s => s.Environment.ContainsKey("Rpc__WebPort")).Select(s => s.Name);
            return Refuse($"Det finns ingen tjänst som heter {request.Service}. Tjänsterna: {string.Join(", ", names)}.");
        }
        var tokenFile = System.IO.Path.Combine(dataDirectory, TokenFile);
        if (!File.Exists(tokenFile))
        {
            return Refuse($"{tokenFile} finns inte: körs plattformen med den här datakatalogen (--data-dir) och portförskjutningen (--port-offset)?");
        }
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}"), Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Add("dapr-api-token", (await File.ReadAllTextAsync(tokenFile, ct)).Trim());
        try
        {
            return request.Replay switch
            {
                null => await ListAsync(http, request, ct),
                "all" => await ReplayAllAsync(http, request, ct),
                var id => await ReplayOneAsync(http, request.Service, id, ct),
            };
        }
        catch (HttpRequestException exception)
        {
            return Refuse($"{request.Service} svarar inte på {http.BaseAddress}: {exception.Message}. Körs plattformen?");
        }
    }

    private static async Task<int> ListAsync(HttpClient http, DeadLetterRequest request, CancellationToken ct)
    {
        var pageToken = "";
        var count = 0;
        do
        {
            using var page = await GetAsync(http, $"{Path}?{request.Filter}&pageSize=100&pageToken={Uri.EscapeDataString(pageToken)}", ct);
            if (page is null)
            {
                return 1;
            }
            foreach (var deadLetter in page.RootElement.GetProperty("deadLetters").EnumerateArray())
            {
                Print(deadLetter);
                count++;
            }
            pageToken = page.RootElement.GetProperty("nextPageToken").GetString() ?? "";
        }
        while (pageToken.Length > 0);
        ConsoleLog.Line("dead-letters", count == 0
            ? $"{request.Service} har inga dödbrev{(request.Filter.Length > 0 ? " som matchar" : "")}."
            : $"{count} dödbrev i {request.Service}. Åtgärda orsaken, och spela sedan upp dem med --replay ID eller --replay all.");
        return 0;
    }

    private static async Task<int> ReplayOneAsync(HttpClient http, string service, string id, CancellationToken ct)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return Refuse($"--replay tar ett dödbrevs id (ett tal) eller all, inte {id}.");
        }
        using var outcome = await PostAsync(http, $"{Path}/{id}/replay", ct);
        if (outcome is null)
        {
            return 1;
        }
        var status = outcome.RootElement.GetProperty("status").GetString();
        ConsoleLog.Line("dead-letters", status == "SUCCESS"
            ? $"Dödbrev {id} i {service} är tillämpat och borttaget."
            : $"Dödbrev {id} i {service} ligger kvar ({status}): {outcome.RootElement.GetProperty("reason").GetString()}");
        return status == "SUCCESS" ? 0 : 3;
    }

    private static async Task<int> ReplayAllAsync(HttpClient http, DeadLetterRequest request, CancellationToken ct)
    {
        using var outcome = await PostAsync(http, $"{Path}/replay?{request.Filter}", ct);
        if (outcome is null)
        {
            return 1;
        }
        var root = outcome.RootElement;
        foreach (var kept in root.GetProperty("outcomes").EnumerateArray())
        {
            ConsoleLog.Line("dead-letters", $"{kept.GetProperty("id").GetInt64()} ligger kvar ({kept.GetProperty("status").GetString()}): {kept.GetProperty("reason").GetString()}");
        }
        var (replayed, applied) = (root.GetProperty("replayed").GetInt32(), root.GetProperty("applied").GetInt32());
        ConsoleLog.Line("dead-letters", $"{replayed} uppspelade i {request.Service}: {applied} tillämpade och borttagna, {replayed - applied} ligger kvar.");
        return applied == replayed ? 0 : 3;
    }

    private static void Print(JsonElement d)
    {
        var body = d.GetProperty("body").GetString() ?? "";
        ConsoleLog.Line("dead-letters", string.Create(CultureInfo.InvariantCulture,
            $"{d.GetProperty("id").GetInt64()}  {d.GetProperty("lastDroppedAt").GetDateTimeOffset():u}  {d.GetProperty("type").GetString()}  "
            + $"tenant {d.GetProperty("tenantId").GetString() ?? "-"}  händelse {d.GetProperty("eventId").GetString() ?? "-"}  "
            + $"{Times(d.GetProperty("drops").GetInt32())}: {d.GetProperty("reason").GetString()}"));
        ConsoleLog.Line("dead-letters", "    " + (body.Length > BodyShown ? body[..BodyShown] + " ..." : body));
    }

    private static string Times(int drops) => drops == 1 ? "1 gång" : $"{drops} gånger";

    private static async Task<JsonDocument?> GetAsync(HttpClient http, string pathAndQuery, CancellationToken ct)
    {
        using var response = await http.GetAsync(pathAndQuery, ct);
        return await ReadAsync(response, ct);
    }

    private static async Task<JsonDocument?> PostAsync(HttpClient http, string pathAndQuery, CancellationToken ct)
    {
        using var response = await http.PostAsync(pathAndQuery, null, ct);
        return await ReadAsync(response, ct);
    }

    private static async Task<JsonDocument?> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.IsSuccessStatusCode)
        {
            return JsonDocument.Parse(body);
        }
        Refuse(response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "Tjänsten godtog inte nyckeln: startades plattformen om med en annan datakatalog?",
            _ => $"Tjänsten svarade {(int)response.StatusCode}: {body}",
        });
        return null;
    }

    private static int Refuse(string message)
    {
        ConsoleLog.Line("dead-letters", message);
        return 1;
    }
}

/// <summary>What <c>--dead-letters</c> was asked: the service, an optional replay (an id or "all") and the filter as a query.</summary>
internal sealed record DeadLetterRequest(string Service, string? Replay, string Filter);
