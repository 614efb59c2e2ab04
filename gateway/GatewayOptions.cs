namespace Ledningssystem.Gateway;

/// <summary>The gateway's own settings, bound from the "Gateway" configuration section (routes are in "ReverseProxy").</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Address both listeners bind to: loopback on one machine, "0.0.0.0" in a container.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>HTTP/2-only listener for gRPC clients and other systems.</summary>
    public int GrpcPort { get; set; } = 8080;

    /// <summary>HTTP/1.1 listener for browsers: gRPC-Web, Connect JSON and the static web frontend.</summary>
    public int WebPort { get; set; } = 8081;

    /// <summary>PKCS#12 certificate for TLS on both listeners; empty serves cleartext (one machine, or behind an ingress).</summary>
    public string? TlsCertificatePath { get; set; }

    public string? TlsCertificatePassword { get; set; }

    /// <summary>Folder of the web frontend's files (relative to the content root); unknown paths fall back to its index.html.</summary>
    public string StaticFilesPath { get; set; } = "wwwroot";

    /// <summary>The realm's public client the web app logs in through (authorization code with PKCE).</summary>
    public string WebClientId { get; set; } = "ledningssystem-web";

    /// <summary>Largest request body on the browser listener and largest declared Content-Length on either listener.</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024 + 64 * 1024;

    /// <summary>The same for a caller without a token: a public form's text, not files.</summary>
    public long AnonymousMaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Paths callers may use without a token: an exact path, or a prefix ending in "*"
    /// (e.g. "/grpc.health.v1.Health/*"). The static frontend is always public.
    /// </summary>
    public IList<string> AnonymousPaths { get; } = [];

    /// <summary>Browser origins allowed by CORS on the browser listener; empty means same-origin only.</summary>
    public IList<string> CorsAllowedOrigins { get; } = [];

    /// <summary>
    /// The Content-Security-Policy of every browser-listener response (the frontend is served from here too); the
    /// identity provider's origin is added to its <c>connect-src</c> (the web app fetches tokens there).
    /// </summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Networks (CIDR) of the proxies in front of the gateway (the ingress controller) whose X-Forwarded-For and
    /// X-Forwarded-Proto are believed: the caller's address for the per-IP rate limit, and TLS for HSTS. Empty
    /// trusts no one (one machine).
    /// </summary>
    public IList<string> TrustedProxyNetworks { get; } = [];

    public RateLimitOptions PerClientRateLimit { get; set; } = new() { TokenLimit = 200, TokensPerPeriod = 100 };

    /// <summary>
    /// The bucket of another system calling with a client-credentials token (a Keycloak service account), per client:
    /// a verksamhetssystem sending a day's reports in a batch needs more than a person, and one that floods must not
    /// take its tenant's whole budget from the staff.
    /// </summary>
    public RateLimitOptions MachineClientRateLimit { get; set; } = new() { TokenLimit = 1000, TokensPerPeriod = 500 };

    /// <summary>Buckets for named machine clients (by client id), instead of <see cref="MachineClientRateLimit"/>.</summary>
    public Dictionary<string, RateLimitOptions> MachineClientRateLimits { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The bucket per address of callers without a token (the public complaint form and its follow-up code): a person
    /// fills in a form a few times a minute, a script guessing codes or flooding a provider thousands.
    /// </summary>
    public RateLimitOptions AnonymousRateLimit { get; set; } = new() { TokenLimit = 30, TokensPerPeriod = 30, ReplenishmentPeriod = TimeSpan.FromMinutes(1) };

    public RateLimitOptions PerTenantRateLimit { get; set; } = new() { TokenLimit = 2000, TokensPerPeriod = 1000 };

    /// <summary>
    /// Calls one client may have in flight at once, beside its bucket: a call over the limit is refused at once, so
    /// that one user or system keeping many calls open cannot hold most of the gateway's and the services' work.
    /// </summary>
    public InFlightLimits InFlightLimits { get; set; } = new();
}

/// <summary>Calls in flight at once per client; nothing waits, a call over the limit is refused.</summary>
public sealed class InFlightLimits
{
    /// <summary>A person: a browser on the HTTP/1.1 listener has at most 6 connections, a page a handful of calls.</summary>
    public int PerUser { get; set; } = 16;

    /// <summary>Another system with a client-credentials token, e.g. a verksamhetssystem's batch.</summary>
    public int PerMachineClient { get; set; } = 256;

    /// <summary>An address without a token (the public complaint form).</summary>
    public int PerAnonymousAddress { get; set; } = 8;
}

/// <summary>A token bucket: bursts of up to <see cref="TokenLimit"/> calls, refilled by <see cref="TokensPerPeriod"/> each period.</summary>
public sealed class RateLimitOptions
{
    public int TokenLimit { get; set; }

    public int TokensPerPeriod { get; set; }

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
