namespace Ledningssystem.AppHost;

/// <summary>What the launcher starts, from the "Platform" configuration section.</summary>
public sealed class PlatformOptions
{
    /// <summary>Folder (relative to the repository root) holding every process's SQLite files and keys.</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>Configuration every platform process gets (identity provider, event delivery), as environment variables.</summary>
    public Dictionary<string, string> Environment { get; set; } = [];

    /// <summary>The stand-in for Keycloak, started first.</summary>
    public ServiceProcessOptions IdentityProvider { get; set; } = new();

    /// <summary>Extra one-machine settings of a catalogued service, by its catalogue name (e.g. the demo region's seed).</summary>
    public Dictionary<string, Dictionary<string, string>> ServiceEnvironment { get; set; } = [];

    /// <summary>The gateway, started last, in front of the services.</summary>
    public ServiceProcessOptions Gateway { get; set; } = new();

    /// <summary>The platform's processes in start order, composed by <see cref="PlatformProcesses"/> from the catalogue.</summary>
    public List<ServiceProcessOptions> Services { get; } = [];

    /// <summary>
    /// Added to every port of the platform (loopback addresses and "...Port" settings in the environments, health
    /// URLs, the gateway's addresses): a second platform beside a developer's, as the end-to-end tests start one.
    /// </summary>
    public int PortOffset { get; set; }

    /// <summary>The gateway's HTTP/2 listener, for the ready banner.</summary>
    public string GatewayGrpcAddress { get; set; } = "http://127.0.0.1:8080";

    /// <summary>The gateway's HTTP/1.1 listener, for the ready banner.</summary>
    public string GatewayWebAddress { get; set; } = "http://127.0.0.1:8081";

    /// <summary>
    /// Whether to build the web app (gateway/web) with npm for the gateway to serve; false starts the platform without
    /// it (the gateway's stand-in page), e.g. where only the services matter.
    /// </summary>
    public bool BuildWebApp { get; set; } = true;

    /// <summary>
    /// The build configuration of the platform's programs: Debug for development, Release for benchmarks
    /// (<c>--Platform:BuildConfiguration=Release</c>), so that the platform's own code runs JIT-optimised.
    /// </summary>
    public string BuildConfiguration { get; set; } = "Debug";

    /// <summary>How long to wait for every process to report healthy before printing the banner anyway, naming those that are not.</summary>
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromSeconds(60);
}

public sealed class ServiceProcessOptions
{
    /// <summary>Short name used as the log prefix, e.g. "organizations".</summary>
    public string Name { get; set; } = "";

    /// <summary>Project path relative to the repository root.</summary>
    public string Project { get; set; } = "";

    /// <summary>Extra configuration handed to the process as environment variables.</summary>
    public Dictionary<string, string> Environment { get; set; } = [];

    /// <summary>URL that answers 200 once the process serves (its /healthz, or the issuer's discovery document).</summary>
    public string? HealthUrl { get; set; }
}
