using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ledningssystem.Rpc.Client;

/// <summary>
/// Clients for calling another platform service's gRPC API on behalf of the person whose call is being served: each
/// call carries that call's Authorization header (so the other service checks the person's own rights and records
/// them as the actor), its deadline and its cancellation. The address is <c>Services:{name}:GrpcAddress</c>, which the
/// launcher sets from the service catalogue and the chart from the services' Kubernetes names.
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
            {
                var address = services.GetRequiredService<IConfiguration>()[key];
                options.Address = Uri.TryCreate(address, UriKind.Absolute, out var uri)
                    ? uri
                    : throw new InvalidOperationException($"{key} is not an absolute address (\"{address}\"): where does the {service} service listen?");
            })
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
}
