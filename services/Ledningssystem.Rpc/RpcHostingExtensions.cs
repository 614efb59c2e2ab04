using System.IO.Compression;
using System.Net;
using Grpc.AspNetCore.Server;
using Ledningssystem.Rpc.Connect;
using Ledningssystem.Rpc.Interceptors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ledningssystem.Rpc;

/// <summary>
/// One call each to give a service the platform's RPC defaults:
/// <code>
/// builder.AddLedningssystemRpc();
/// var app = builder.Build();
/// app.UseLedningssystemRpc();
/// app.MapGrpcService&lt;IncidentsApi&gt;();
/// </code>
/// </summary>
public static class RpcHostingExtensions
{
    public const string CorsPolicy = "ledningssystem-browsers";

    /// <summary>
    /// Kestrel with an HTTP/2-only gRPC endpoint and an HTTP/1.1 browser endpoint (cleartext Kestrel cannot
    /// negotiate both on one port), grpc-dotnet with the shared interceptors and limits, gRPC-Web, Connect,
    /// CORS, reflection and health.
    /// </summary>
    public static WebApplicationBuilder AddLedningssystemRpc(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RpcOptions>()
            .BindConfiguration(RpcOptions.SectionName)
            .Validate(o => o.MaxMessageSizeBytes > 0, "Rpc:MaxMessageSizeBytes must be positive.")
            .Validate(o => o.ResponseCompression is null or "gzip", "Rpc:ResponseCompression must be empty or \"gzip\".")
            .Validate(o => IPAddress.TryParse(o.BindAddress, out _), "Rpc:BindAddress must be an IP address.")
            .ValidateOnStart();

        var rpc = builder.Configuration.GetSection(RpcOptions.SectionName).Get<RpcOptions>() ?? new RpcOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var address = IPAddress.Parse(rpc.BindAddress);
            kestrel.Listen(address, rpc.GrpcPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                if (!string.IsNullOrEmpty(rpc.TlsCertificatePath))
                {
                    listen.UseHttps(rpc.TlsCertificatePath, rpc.TlsCertificatePassword);
                }
            });
            kestrel.Listen(address, rpc.WebPort, listen => listen.Protocols = HttpProtocols.Http1);
        });

        services.TryAddRpcCore();
        services.AddGrpcReflection();
        // grpc.health.v1 answers UNKNOWN (not SERVING) while no health check is registered; "self" says the
        // process serves. Services add their own checks (database, ...) on top.
        services.AddGrpcHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy());
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (rpc.CorsAllowedOrigins.Count > 0)
            {
                policy.WithOrigins([.. rpc.CorsAllowedOrigins])
                    .WithMethods("POST", "OPTIONS")
                    .WithHeaders(RpcHeaders.CorsAllowed)
                    .WithExposedHeaders(RpcHeaders.CorsExposed);
            }
        }));
        return builder;
    }

    /// <summary>grpc-dotnet with the platform's interceptors (outermost first) and message limits.</summary>
    public static IServiceCollection TryAddRpcCore(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RpcTelemetry>();
        // Registered as singletons so grpc-dotnet resolves them instead of constructing three per call.
        services.AddSingleton<TelemetryInterceptor>();
        services.AddSingleton<ExceptionInterceptor>();
        services.AddSingleton<ValidationInterceptor>();
        services.AddGrpc(grpc =>
        {
            grpc.EnableDetailedErrors = false;
            grpc.ResponseCompressionLevel = CompressionLevel.Fastest;
            grpc.Interceptors.Add<TelemetryInterceptor>();
            grpc.Interceptors.Add<ExceptionInterceptor>();
            grpc.Interceptors.Add<ValidationInterceptor>();
        });
        services.AddOptions<GrpcServiceOptions>().Configure<IOptions<RpcOptions>>((grpc, rpc) =>
        {
            grpc.MaxReceiveMessageSize = rpc.Value.MaxMessageSizeBytes;
            grpc.MaxSendMessageSize = rpc.Value.MaxMessageSizeBytes;
            grpc.ResponseCompressionAlgorithm = rpc.Value.ResponseCompression;
        });
        return services;
    }

    /// <summary>
    /// The middleware order the protocols need (routing, CORS, Connect, gRPC-Web) and the shared endpoints:
    /// grpc.health.v1, server reflection (v1 and v1alpha) and /healthz.
    /// </summary>
    public static WebApplication UseLedningssystemRpc(this WebApplication app)
    {
        app.UseRouting();
        // Only browsers send Origin; skipping CORS for server-to-server calls saves work on every gRPC call.
        app.UseWhen(context => context.Request.Headers.ContainsKey(HeaderNames.Origin), browser => browser.UseCors(CorsPolicy));
        app.UseMiddleware<ConnectUnaryMiddleware>();
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
