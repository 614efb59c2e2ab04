using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grpc.Core;
using Grpc.Net.Client;
using Ledningssystem.Testing;

namespace Ledningssystem.EndToEnd.Tests.Support;

/// <summary>
/// The platform, started once for the whole run exactly as <c>dotnet run --project services/AppHost</c> starts it,
/// but on a temporary data folder and with every port moved by a free offset (Platform:PortOffset) so that it
/// runs beside a developer's platform. Scenarios reach it only through the gateway.
/// </summary>
public sealed partial class PlatformFixture : IAsyncLifetime
{
    public const string ReadyMarker = "Plattformen är igång.";
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("ledningssystem-e2e-").FullName;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private ServerProcess? platform;
    private int offset;

    /// <summary>The gateway's HTTP/2 listener (gRPC).</summary>
    public Uri GatewayGrpc => Shifted(8080);

    /// <summary>The gateway's HTTP/1.1 listener (browsers).</summary>
    public Uri GatewayWeb => Shifted(8081);

    /// <summary>A service's own gRPC listener (the catalogue's port, moved by the offset), bypassing the gateway.</summary>
    public Uri ServiceGrpc(string service)
    {
        using var catalog = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("services", "catalog.json")));
        var entry = catalog.RootElement.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == service);
        return Shifted(entry.GetProperty("grpcPort").GetInt32());
    }

    public string Output => platform?.Output ?? "";

    /// <summary>The data directory the launcher was started with (--data-dir).</summary>
    public string DataDirectory => dataDirectory;

    /// <summary>
    /// Every test of the run calls from one address (127.0.0.1), where the public form's real senders each have their
    /// own: the per-address bucket of callers without a token and its calls in flight are ten times the defaults (30 a
    /// minute, 8 at once), so that the browser suites and the public-form tests do not use up each other's budget.
    /// Gateway.Tests cover the limits themselves.
    /// </summary>
    private static readonly string[] SharedAddressLimits =
    [
        "--Platform:Gateway:Environment:Gateway__AnonymousRateLimit__TokenLimit=300",
        "--Platform:Gateway:Environment:Gateway__AnonymousRateLimit__TokensPerPeriod=300",
        "--Platform:Gateway:Environment:Gateway__InFlightLimits__PerAnonymousAddress=80",
    ];

    /// <summary>Further launcher options, e.g. a gateway setting for a benchmark (--Platform:Gateway:Environment:...).</summary>
    public IReadOnlyList<string> LauncherArguments { get; init; } = [];

    /// <summary>How long the launcher may take to build and start the platform.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>What the platform printed from the run command to its first successful call through the gateway.</summary>
    public string StartupOutput { get; private set; } = "";

    /// <summary>The offset added to every port of the README's and the launcher's configuration.</summary>
    public int PortOffset => offset;

    public async Task InitializeAsync()
    {
        await TestTools.EnsureInstalledAsync();
        offset = FreeOffset(RepositoryPaths.Root);
        platform = await ServerProcess.StartAsync(
            "dotnet",
            [
                "run", "--project", RepositoryPaths.Combine("services", "AppHost"), "--",
                "--data-dir", dataDirectory,
                "--port-offset", offset.ToString(CultureInfo.InvariantCulture),
                .. SharedAddressLimits,
                .. LauncherArguments,
            ],
            readyMarker: ReadyMarker,
            timeout: StartTimeout);
        await WaitUntilGatewaySeesAsync("organizations-grpc", "organizations-web");
        await FirstCallAsync();
        StartupOutput = Output;
    }

    private async Task FirstCallAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(GatewayWeb, "/ledningssystem.organizations.v1.UnitService/ListUnits"))
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await TokenAsync(DemoUsers.AnnaAndersson));
        using var response = await Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A demo user's access token from the development issuer (what a client gets from Keycloak).</summary>
    public Task<string> TokenAsync(string username) => AccessTokenAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["client_id"] = "ledningssystem-web",
        ["username"] = username,
        ["password"] = "demo",
    });

    /// <summary>Another system's access token: the client-credentials grant of a service account of the demo realm.</summary>
    public Task<string> ServiceAccountTokenAsync(string clientId, string secret) => AccessTokenAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = secret,
    });

    private async Task<string> AccessTokenAsync(Dictionary<string, string> form)
    {
        using var response = await Http.PostAsync(Shifted(8180, "/realms/ledningssystem/protocol/openid-connect/token"), new FormUrlEncodedContent(form));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };

    public GrpcChannel GrpcChannel() => Grpc.Net.Client.GrpcChannel.ForAddress(GatewayGrpc);

    /// <summary>Waits until the gateway's health breakdown shows these clusters healthy (its probes run every few seconds).</summary>
    public Task WaitUntilGatewaySeesAsync(params string[] clusters) => WaitUntilGatewaySeesAsync(GatewayWeb, () => Output, clusters);

    /// <summary>The same for any platform's gateway (browser listener); <paramref name="output"/> explains a timeout.</summary>
    public static async Task WaitUntilGatewaySeesAsync(Uri gatewayWeb, Func<string> output, params string[] clusters)
    {
        // Three minutes: on the shared two cores (load above 100) the gateway's first probes took longer than one.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (true)
        {
            using var response = await Http.GetAsync(new Uri(gatewayWeb, "/healthz/services"));
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var healthy = json.RootElement.GetProperty("services").EnumerateArray()
                .Where(s => s.GetProperty("status").GetString() == "Healthy")
                .Select(s => s.GetProperty("name").GetString())
                .ToHashSet();
            if (clusters.All(healthy.Contains))
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The gateway never saw {string.Join(", ", clusters)} healthy:\n{output()}");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>The process this platform's launcher started for the project (its working directory and data directory).</summary>
    public int ProcessOf(string project)
    {
        var folder = RepositoryPaths.Combine(project.Split('/'));
        var dataDirectorySetting = $"Platform__DataDirectory={dataDirectory}\0";
        foreach (var proc in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(proc), out var pid))
            {
                continue;
            }
            try
            {
                if (new DirectoryInfo(Path.Combine(proc, "cwd")).LinkTarget?.TrimEnd('/') == folder
                    && File.ReadAllText(Path.Combine(proc, "environ")).Contains(dataDirectorySetting, StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // gone meanwhile, or not ours
            }
        }
        throw new InvalidOperationException($"No process of {project} runs on {dataDirectory}.");
    }

    /// <summary>Every process the launcher starts, by its log name and project: the token issuer, the catalogue's services, the gateway.</summary>
    public static IReadOnlyList<(string Name, string Project)> Processes()
    {
        using var catalog = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("services", "catalog.json")));
        return
        [
            ("tokens", "services/DevTokenIssuer"),
            .. catalog.RootElement.GetProperty("services").EnumerateArray().Select(s => (s.GetProperty("name").GetString()!, s.GetProperty("project").GetString()!)),
            ("gateway", "gateway"),
        ];
    }

    public async Task DisposeAsync()
    {
        if (platform is not null)
        {
            await platform.DisposeAsync();
        }
        Directory.Delete(dataDirectory, recursive: true);
    }

    private Uri Shifted(int port, string path = "") => new($"http://127.0.0.1:{port + offset}{path}");

    /// <summary>An offset that moves every port named in the AppHost's configuration and the catalogue of the repository at <paramref name="root"/> onto a port that is free now.</summary>
    public static int FreeOffset(string root)
    {
        var configuration = File.ReadAllText(Path.Combine(root, "services", "AppHost", "appsettings.json"))
            + File.ReadAllText(Path.Combine(root, "services", "catalog.json"));
        var ports = ConfiguredPort().Matches(configuration).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(20, 50) * 1000 + Random.Shared.Next(0, 100) * 10;
            if (ports.All(p => IsFree(p + candidate)))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("No free port offset found for the platform.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"(?:127\.0\.0\.1:|Port"":\s*""?)(\d{2,5})")]
    private static partial Regex ConfiguredPort();
}

[CollectionDefinition(Name)]
public sealed class PlatformGroup : ICollectionFixture<PlatformFixture>
{
    public const string Name = "Platform";
}
