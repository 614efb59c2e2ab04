using System.Globalization;
using System.Net.Http.Json;
using Ledningssystem.Platform.Events.Tests.Host;
using Ledningssystem.Testing;

namespace Ledningssystem.Platform.Events.Tests.Support;

/// <summary>The test host (tests/Platform.Events.Tests.Host) as a child process on its own SQLite file (or a test database) and ports.</summary>
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
    private readonly HostDatabase? database;
    private bool killed;

    private EventsHostProcess(ServerProcess server, string role, int webPort, HostDatabase? database)
    {
        this.server = server;
        this.database = database;
        Role = role;
        WebAddress = new Uri($"http://127.0.0.1:{webPort}");
        Http = new HttpClient { BaseAddress = WebAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Role { get; }

    /// <summary>The HTTP/1.1 endpoint: subscriptions, /publish, /stats.</summary>
    public Uri WebAddress { get; }

    /// <summary>Reads the host's own SQLite file.</summary>
    public HostDatabase Database => database ?? throw new InvalidOperationException($"The {Role} host runs on a test database, not on a file of its own.");

    public HttpClient Http { get; }

    public string Output => server.Output;

    /// <summary>
    /// Starts the host and returns once it printed <paramref name="readyMarker"/>. <paramref name="ports"/> (gRPC, web)
    /// lets a restarted process take the ports of the one before.
    /// </summary>
    public static Task<EventsHostProcess> StartAsync(
        string role,
        string databaseFile,
        IReadOnlyDictionary<string, string>? settings = null,
        int[]? ports = null,
        string readyMarker = EventsTestHost.ReadyLine) =>
        StartAsync(role, [$"--Database:ConnectionString=Data Source={databaseFile};Default Timeout=30"], new HostDatabase(databaseFile), settings, ports, readyMarker);

    /// <summary>Starts the host on <paramref name="database"/>, which other hosts may share (replicas of one service).</summary>
    public static Task<EventsHostProcess> StartAsync(string role, TestDatabase database, IReadOnlyDictionary<string, string> settings) =>
        StartAsync(role, [$"--Database:Provider={database.ProviderSetting}", $"--Database:ConnectionString={database.ConnectionString}"], null, settings, null, EventsTestHost.ReadyLine);

    private static async Task<EventsHostProcess> StartAsync(
        string role,
        string[] databaseArguments,
        HostDatabase? database,
        IReadOnlyDictionary<string, string>? settings,
        int[]? ports,
        string readyMarker)
    {
        ports ??= FreePorts.Take(2);
        var arguments = new List<string>
        {
            Path.Combine(AppContext.BaseDirectory, "Platform.Events.Tests.Host.dll"),
            $"--Role={role}",
            $"--Rpc:GrpcPort={ports[0].ToString(CultureInfo.InvariantCulture)}",
            $"--Rpc:WebPort={ports[1].ToString(CultureInfo.InvariantCulture)}",
            $"--Events:Source={role}",
        };
        arguments.AddRange(databaseArguments);
        arguments.AddRange(FastRelay.Concat(settings ?? new Dictionary<string, string>()).Select(s => $"--{s.Key}={s.Value}"));
        var server = await ServerProcess.StartAsync("dotnet", arguments, readyMarker, TimeSpan.FromSeconds(60));
        return new EventsHostProcess(server, role, ports[1], database);
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

    /// <summary>Moves the host's clock forward (what the relay reads as now); returns the new now in Unix milliseconds.</summary>
    public async Task<long> AdvanceClockAsync(TimeSpan by)
    {
        using var response = await Http.PostAsync(string.Create(CultureInfo.InvariantCulture, $"/clock/advance?minutes={(int)by.TotalMinutes}"), null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<long>();
    }

    /// <summary>The process's event metrics (see the host's EventMetrics), 0 for those not recorded yet.</summary>
    public async Task<double> MetricAsync(string name)
    {
        var stats = await Http.GetFromJsonAsync<Dictionary<string, double>>("/stats");
        return stats!.GetValueOrDefault(name);
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash would; a test may do so before its cleanup does.</summary>
    public async ValueTask DisposeAsync()
    {
        if (killed)
        {
            return;
        }
        killed = true;
        Http.Dispose();
        await server.DisposeAsync();
    }
}
