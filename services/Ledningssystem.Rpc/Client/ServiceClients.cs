using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ledningssystem.Rpc.Client;

/// <summary>
/// Clients for calling another platform service's gRPC API on behalf of the person whose call is being served: each
/// call carries that call's Authorization header (so the other service checks the person's own rights and records
/// them as the actor), its deadline and its cancellation. The address is <c>Services:{name}:GrpcAddress</c>, which the
/// launcher sets from the service catalogue and the chart from the services' Kubernetes names. Without it the client
/// still resolves (the rest of the service works) and each call ends UNAVAILABLE naming the missing setting.
/// </summary>
public static class ServiceClients
{
    public static IHttpClientBuilder AddServiceClient<TClient>(this IHostApplicationBuilder builder, string service)
        where TClient : ClientBase
    {
        var key = $"Services:{service}:GrpcAddress";
        builder.Services.AddHttpContextAccessor();
        return builder.Services
            .AddGrpcClient<TClient>((services, options) =>
                options.Address = AddressOf(services.GetRequiredService<IConfiguration>(), key) ?? Unconfigured)
            .AddInterceptor(services => new UnconfiguredAddressInterceptor(services.GetRequiredService<IConfiguration>(), key, service))
            .ConfigurePrimaryHttpMessageHandler(RpcChannels.Handler)
            .AddCallCredentials((_, metadata, services) =>
            {
                var authorization = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Headers.Authorization.ToString();
                if (!string.IsNullOrEmpty(authorization))
                {
                    metadata.Add("authorization", authorization);
                }
                return Task.CompletedTask;
            })
            // Inside a cluster or on one machine, service-to-service h2c carries the token too (as RpcChannels does).
            .ConfigureChannel(options => options.UnsafeUseInsecureChannelCallCredentials = true)
            .EnableCallContextPropagation(options => options.SuppressContextNotFoundErrors = true);
    }

    /// <summary>Where a client without its address points; the interceptor ends its calls before they leave.</summary>
    private static readonly Uri Unconfigured = new("http://unconfigured.invalid");

    private static Uri? AddressOf(IConfiguration configuration, string key) =>
        Uri.TryCreate(configuration[key], UriKind.Absolute, out var uri) ? uri : null;

    private sealed class UnconfiguredAddressInterceptor(IConfiguration configuration, string key, string service) : Interceptor
    {
        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
            TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
            AddressOf(configuration, key) is null
                ? throw new RpcException(new Status(StatusCode.Unavailable, $"{key} is not an absolute address: where does the {service} service listen?"))
                : continuation(request, context);
    }
}
