using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.ServiceDefaults.Identity;

/// <summary>
/// The gRPC services that answer without a token: health (probes and load balancers carry no token) and server
/// reflection (it describes the contracts, which are public in the repository, never data; the gateway does
/// not route it, so only callers inside the cluster or on the machine reach it), and the services a service opens to
/// the public itself (<see cref="AnonymousServiceRegistration.AddAnonymousGrpcService"/>; the gateway must let them
/// through too). /healthz is plain HTTP and never passes the gRPC interceptors.
/// </summary>
internal static class AnonymousMethods
{
    private static readonly string[] Services =
    [
        "/grpc.health.v1.Health/",
        "/grpc.reflection.v1.ServerReflection/",
        "/grpc.reflection.v1alpha.ServerReflection/",
    ];

    public static bool Allows(string method, IEnumerable<AnonymousGrpcService> opened) =>
        Services.Concat(opened.Select(service => service.Prefix)).Any(service => method.StartsWith(service, StringComparison.Ordinal));
}

/// <summary>A gRPC service of this host that answers callers without a token, by its full name (e.g. ledningssystem.complaints.v1.PublicComplaintService).</summary>
public sealed record AnonymousGrpcService(string FullName)
{
    public string Prefix => "/" + FullName + "/";
}

public static class AnonymousServiceRegistration
{
    /// <summary>
    /// Lets <paramref name="fullName"/>'s methods reach their handlers without a token. Its handlers then have no
    /// caller: they must act for a tenant explicitly (TenantContext.Use) and never reveal what a caller could not ask for.
    /// </summary>
    public static IServiceCollection AddAnonymousGrpcService(this IServiceCollection services, string fullName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        services.AddSingleton(new AnonymousGrpcService(fullName));
        return services;
    }
}
