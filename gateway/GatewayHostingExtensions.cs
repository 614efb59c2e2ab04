using System.Net;
using System.Text.Json;
using Ledningssystem.Catalog;
using Ledningssystem.Gateway.Edge;
using Ledningssystem.Gateway.Health;
using Ledningssystem.Gateway.Routing;
using Ledningssystem.Rpc;
using Ledningssystem.ServiceDefaults.Identity;
using Ledningssystem.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenTelemetry.Trace;
using Yarp.ReverseProxy;

namespace Ledningssystem.Gateway;

/// <summary>
/// The gateway in two calls:
/// <code>
/// builder.AddGateway();
/// var app = builder.Build();
/// app.MapGateway();
/// </code>
/// </summary>
public static class GatewayHostingExtensions
{
    private const string CorsPolicy = "browsers";
    private const string SelfTag = "self";

    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GatewayOptions>()
            .BindConfiguration(GatewayOptions.SectionName)
            .Validate(o => IPAddress.TryParse(o.BindAddress, out _), "Gateway:BindAddress must be an IP address.")
            .Validate(o => o.MaxRequestBodyBytes > 0 && o.AnonymousMaxRequestBodyBytes > 0, "Gateway:MaxRequestBodyBytes and Gateway:AnonymousMaxRequestBodyBytes must be positive.")
            .Validate(o => o.TrustedProxyNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Gateway:TrustedProxyNetworks must be CIDR networks.")
            .Validate(o => o.PerClientRateLimit.TokenLimit > 0 && o.PerTenantRateLimit.TokenLimit > 0 && o.AnonymousRateLimit.TokenLimit > 0, "Gateway rate limits must allow at least one call.")
            .Validate(o => o.InFlightLimits is { PerUser: > 0, PerMachineClient: > 0, PerAnonymousAddress: > 0 }, "Gateway:InFlightLimits must allow at least one call in flight.")
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            var address = IPAddress.Parse(options.BindAddress);
            kestrel.Listen(address, options.GrpcPort, listen => Configure(listen, HttpProtocols.Http2, options));
            kestrel.Listen(address, options.WebPort, listen => Configure(listen, HttpProtocols.Http1, options));
        });

        builder.Configuration.AddCatalogRoutes(ServiceCatalog.Load());
        services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        services.AddSingleton<MatcherPolicy, ListenerMatcherPolicy>();

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var network in options.TrustedProxyNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddLedningssystemTokenValidation();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure(jwt =>
        {
            var handler = jwt.TokenHandlers.Single();
            jwt.TokenHandlers.Clear();
            jwt.TokenHandlers.Add(new ValidatedTokenCache(handler, TimeProvider.System));
        });
        services.AddSingleton<AnonymousPaths>();
        services.AddSingleton<WebAppLogin>();
        services.AddEdgeRateLimiting(options);
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (options.CorsAllowedOrigins.Count > 0)
            {
                policy.WithOrigins([.. options.CorsAllowedOrigins])
                    .WithMethods("GET", "POST", "OPTIONS")
                    .WithHeaders(RpcHeaders.CorsAllowed)
                    .WithExposedHeaders(RpcHeaders.CorsExposed);
            }
        }));

        services.AddGrpc();
        // grpc.health.v1 "" answers for the gateway process (what a liveness probe asks); /healthz adds the services.
        services.AddGrpcHealthChecks(health => health.Services.Map("", result => result.Tags.Contains(SelfTag)))
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: [SelfTag])
            .AddCheck<BackendHealthCheck>(BackendHealthCheck.Name);
        services.AddHostedService<BackendHealthLog>();

        builder.AddPlatformTelemetry("gateway");
        // YARP's forwarder span sits between the incoming request's span and the outgoing HttpClient span, whose
        // traceparent the service continues.
        // Refusals at the edge are counted, not logged one by one.
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource("Yarp.ReverseProxy"))
            .WithMetrics(metrics => metrics.AddMeter("Microsoft.AspNetCore.RateLimiting"));
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value;
        var staticFiles = new PhysicalFileProvider(Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, options.StaticFilesPath)));

        if (options.TrustedProxyNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        app.UseWhen(IsBrowserListener, browser => browser
            .UseMiddleware<SecurityHeadersMiddleware>()
            .UseWhen(context => context.Request.Headers.ContainsKey(HeaderNames.Origin), cors => cors.UseCors(CorsPolicy))
            .UseStaticFiles(new StaticFileOptions { FileProvider = staticFiles }));
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<EdgeAuthenticationMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<RequestSizeMiddleware>();

        app.MapGrpcHealthChecksService().DisableRateLimiting();
        app.MapHealthChecks("/healthz").DisableRateLimiting();
        var webAppLogin = app.Services.GetRequiredService<WebAppLogin>();
        app.MapGet(WebAppLogin.Path, () => Results.Json(webAppLogin.Config, EdgeJson.Default.WebAppConfig))
            .AllowAnonymous().DisableRateLimiting();
        var proxy = app.Services.GetRequiredService<IProxyStateLookup>();
        app.MapHealthChecks("/healthz/services", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return JsonSerializer.SerializeAsync(context.Response.Body, BackendHealthReport.From(proxy, report), EdgeJson.Default.BackendHealthReport);
            },
        }).DisableRateLimiting();
        app.MapReverseProxy(pipeline =>
        {
            pipeline.Use(ForwarderErrorResponses.RewriteAsync);
            pipeline.UseSessionAffinity();
            pipeline.UseLoadBalancing();
            pipeline.UsePassiveHealthChecks();
        });
        // A call for a service no route names (gRPC clients expect UNIMPLEMENTED, not an HTTP 405).
        app.MapFallback(context => EdgeRefusal.UnknownMethod.WriteAsync(context))
            .WithMetadata(new HttpMethodMetadata(["POST"]));
        // Paths of the single-page frontend (not files, not API calls) get its index.html.
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = staticFiles })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]))
            .AllowAnonymous();
        return app;
    }

    private static bool IsBrowserListener(HttpContext context) => !HttpProtocol.IsHttp2(context.Request.Protocol);

    private static void Configure(ListenOptions listen, HttpProtocols protocols, GatewayOptions options)
    {
        listen.Protocols = protocols;
        if (!string.IsNullOrEmpty(options.TlsCertificatePath))
        {
            listen.UseHttps(options.TlsCertificatePath, options.TlsCertificatePassword);
        }
    }
}
