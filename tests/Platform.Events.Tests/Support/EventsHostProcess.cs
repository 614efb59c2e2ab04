using System.Globalization;
using System.Net.Http.Json;
using Ledningssystem.Platform.Events.Tests.Host;
using Ledningssystem.Testing;

namespace Ledningssystem.Platform.Events.Tests.Support;

/// <summary>The test host (tests/Platform.Events.Tests.Host) as a child process on its own SQLite file and ports.</summary>
public sealed class EventsHostProcess : IAsyncDisposable
{
    /// <summary>Relay timings that keep the tests short: quick polls, retries from 50 ms up to 1 s.</summary>
    public static readonly IReadOnlyDictionary<string, string> FastRelay = new Dictionary<string, string>
    {
        ["Events:PollInterval"] = "00:00:00.2",
        ["Events:RetryInitialDelay"] = "00:00:00.05",
        ["Events:RetryMaxDelay"] = "00:00:01",
        ["Events:SubscriptionRefreshInterval"] = "00:00:01",
    };

    private readonly ServerProcess server;

    private EventsHostProcess(ServerProcess server, string role, string databaseFile, int webPort)
    {
        this.server = server;
        Role = role;
        DatabaseFile = databaseFile;
        WebAddress = new Uri($"http://127.0.0.1:{webPort}");
        Database = new HostDatabase(databaseFile);
        Http = new HttpClient { BaseAddress = WebAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Role { get; }

    public string DatabaseFile { get; }

    /// <summary>The HTTP/1.1 endpoint: subscriptions, /publish, /stats.</summary>
    public Uri WebAddress { get; }

    public HostDatabase Database { get; }

    public HttpClient Http { get; }

    public string Output => server.Output;

    /// <summary>
    /// Starts the host and returns once it printed <paramref name="readyMarker"/>. <paramref name="ports"/> (gRPC, web)
    /// lets a restarted process take the ports of the one before.
    /// </summary>
    public static async Task<EventsHostProcess> StartAsync(
        string role,
        string databaseFile,
        IReadOnlyDictionary<string, string>? settings = null,
        int[]? ports = null,
        string readyMarker = EventsTestHost.ReadyLine)
    {
        ports ??= FreePorts.Take(2);
        var arguments = new List<string>
        {
            Path.Combine(AppContext.BaseDirectory, "Platform.Events.Tests.Host.dll"),
            $"--Role={role}",
            $"--Database:ConnectionString=Data Source={databaseFile};Default Timeout=30",
            $"--Rpc:GrpcPort={ports[0].ToString(CultureInfo.InvariantCulture)}",
            $"--Rpc:WebPort={ports[1].ToString(CultureInfo.InvariantCulture)}",
            $"--Events:Source={role}",
        };
        arguments.AddRange(FastRelay.Concat(settings ?? new Dictionary<string, string>()).Select(s => $"--{s.Key}={s.Value}"));
        var server = await ServerProcess.StartAsync("dotnet", arguments, readyMarker, TimeSpan.FromSeconds(60));
        return new EventsHostProcess(server, role, databaseFile, ports[1]);
    }

    /// <summary>The settings of a publisher delivering straight to <paramref name="subscribers"/> (Direct mode).</summary>
    public static Dictionary<string, string> DirectTo(params EventsHostProcess[] subscribers) => DirectTo(subscribers.Select(s => s.WebAddress).ToArray());

    public static Dictionary<string, string> DirectTo(params Uri[] subscribers)
    {
        var settings = new Dictionary<string, string> { ["Events:Mode"] = "Direct" };
        for (var i = 0; i < subscribers.Length; i++)
        {
            settings[$"Events:Subscribers:{i}"] = subscribers[i].ToString();
        }
        return settings;
    }

    /// <summary>Asks a publisher to commit (or roll back) <paramref name="count"/> increments of a counter with their events.</summary>
    public async Task<PublishResponse> PublishAsync(
        string tenant,
        string counter,
        int count = 1,
        bool rollback = false,
        int failTimes = 0,
        bool failUntilHealed = false,
        bool poison = false,
        string? traceParent = null)
    {
        var query = string.Create(CultureInfo.InvariantCulture,
            $"/publish?tenant={tenant}&counter={counter}&count={count}&rollback={rollback}&failTimes={failTimes}&failUntilHealed={failUntilHealed}&poison={poison}");
        using var request = new HttpRequestMessage(HttpMethod.Post, query);
        if (traceParent is not null)
        {
            request.Headers.Add("traceparent", traceParent);
        }
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PublishResponse>())!;
    }

    /// <summary>The process's event metrics (see the host's EventMetrics), 0 for those not recorded yet.</summary>
    public async Task<double> MetricAsync(string name)
    {
        var stats = await Http.GetFromJsonAsync<Dictionary<string, double>>("/stats");
        return stats!.GetValueOrDefault(name);
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash would.</summary>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await server.DisposeAsync();
    }
}
