using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using Ledningssystem.Catalog;
using Ledningssystem.Testing;

namespace Ledningssystem.Gateway.Tests.Support;

/// <summary>
/// The processes behind the gateway, started once for all tests: the development token issuer, Organizations
/// (its own SQLite file, the demo region seeded), the interop server (a server-streaming backend) and a
/// recording backend; plus one gateway in front of them. The other catalogued services' clusters point at a closed
/// port: they stand for a service that is down.
/// </summary>
public sealed class BackendsFixture : IAsyncLifetime
{
    public const string AllowedOrigin = "https://ledningssystem.exempel.example";
    public const string RecorderPath = "/recorder/";
    public const string PublicRecorderPath = "/recorder/public/";

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("gateway-tests-").FullName;
    private ServerProcess? organizations;
    private ServerProcess? interop;

    public DevTokenIssuerProcess Issuer { get; private set; } = null!;

    public RecordingBackend Recorder { get; private set; } = null!;

    public GatewayProcess Gateway { get; private set; } = null!;

    private Dictionary<string, string> BackendSettings { get; } = [];

    public async Task InitializeAsync()
    {
        Issuer = await DevTokenIssuerProcess.StartAsync();
        Recorder = await RecordingBackend.StartAsync();
        var ports = FreePorts.Take(5);
        int organizationsGrpc = ports[0], organizationsWeb = ports[1], interopGrpc = ports[2], interopWeb = ports[3], closed = ports[4];

        var identity = Issuer.IdentitySettings.Select(s => $"--{s.Key}={s.Value}");
        var startOrganizations = ServerProcess.StartAsync(
            "dotnet",
            [
                Path.Combine(AppContext.BaseDirectory, "Organizations.dll"),
                "--contentRoot", RepositoryPaths.Combine("services", "Organizations"),
                "--environment", "Development",
                $"--Rpc:GrpcPort={Invariant(organizationsGrpc)}",
                $"--Rpc:WebPort={Invariant(organizationsWeb)}",
                $"--Platform:DataDirectory={dataDirectory}",
                "--Events:Mode=Direct",
                "--Organizations:SeedDemoRegion=true",
                "--Logging:LogLevel:Default=Warning",
                "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
                .. identity,
            ],
            readyMarker: "Application started",
            timeout: TimeSpan.FromSeconds(90));
        var startInterop = ServerProcess.StartAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "InteropServer.dll"), "--port", Invariant(interopGrpc), "--web-port", Invariant(interopWeb)],
            readyMarker: "InteropServer listening",
            timeout: TimeSpan.FromSeconds(60));
        organizations = await startOrganizations;
        interop = await startInterop;
        await ServiceHealth.WaitForAsync(new Uri($"http://127.0.0.1:{organizationsGrpc}"));

        foreach (var (key, value) in Issuer.IdentitySettings)
        {
            BackendSettings[key] = value!;
        }
        // Organizations runs; every other catalogued service's clusters point at a closed port.
        foreach (var service in ServiceCatalog.Load())
        {
            var running = service.Name == "organizations";
            Destination($"{service.Name}-grpc", service.Name, running ? organizationsGrpc : closed);
            Destination($"{service.Name}-web", service.Name, running ? organizationsWeb : closed);
        }
        // A streaming backend whose activity timeout is much shorter than its streams.
        Route("interop-grpc", "/grpc.testing.TestService/{method}", "grpc");
        BackendSettings["ReverseProxy:Clusters:interop-grpc:HttpRequest:Version"] = "2";
        BackendSettings["ReverseProxy:Clusters:interop-grpc:HttpRequest:VersionPolicy"] = "RequestVersionExact";
        BackendSettings["ReverseProxy:Clusters:interop-grpc:HttpRequest:ActivityTimeout"] = "00:00:02";
        BackendSettings["ReverseProxy:Clusters:interop-grpc:Destinations:interop:Address"] = $"http://127.0.0.1:{interopGrpc}";
        Route("recorder-web", RecorderPath + "{**rest}", "web");
        BackendSettings["ReverseProxy:Clusters:recorder-web:Destinations:recorder:Address"] = Recorder.Address.ToString();
        BackendSettings["Gateway:AnonymousPaths:10"] = PublicRecorderPath + "*";
        BackendSettings["Gateway:CorsAllowedOrigins:0"] = AllowedOrigin;
        BackendSettings["Gateway:MaxRequestBodyBytes"] = "65536";
        BackendSettings["Gateway:AnonymousMaxRequestBodyBytes"] = "8192";

        Gateway = await StartGatewayAsync();
    }

    /// <summary>Another gateway in front of the same backends, with extra settings (e.g. small rate limits).</summary>
    public Task<GatewayProcess> StartGatewayAsync(IReadOnlyDictionary<string, string>? settings = null) =>
        GatewayProcess.StartAsync(settings is null ? BackendSettings : BackendSettings.Concat(settings).ToDictionary());

    public Task<string> TokenAsync(string username) => Issuer.PasswordTokenAsync(username);

    public static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };

    public static GrpcChannel Channel(Uri address) => GrpcChannel.ForAddress(address);

    public async Task DisposeAsync()
    {
        foreach (var process in new IAsyncDisposable?[] { Gateway, organizations, interop, Recorder, Issuer })
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }
        Directory.Delete(dataDirectory, recursive: true);
    }

    private void Destination(string cluster, string destination, int port)
    {
        BackendSettings[$"ReverseProxy:Clusters:{cluster}:Destinations:{destination}:Address"] = $"http://127.0.0.1:{port}";
        BackendSettings[$"ReverseProxy:Clusters:{cluster}:HealthCheck:Active:Interval"] = "00:00:01";
    }

    private void Route(string name, string path, string listener)
    {
        BackendSettings[$"ReverseProxy:Routes:{name}:ClusterId"] = name;
        BackendSettings[$"ReverseProxy:Routes:{name}:Match:Path"] = path;
        BackendSettings[$"ReverseProxy:Routes:{name}:Metadata:Listener"] = listener;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

[CollectionDefinition(Name)]
public sealed class BackendsGroup : ICollectionFixture<BackendsFixture>
{
    public const string Name = "Backends";
}
