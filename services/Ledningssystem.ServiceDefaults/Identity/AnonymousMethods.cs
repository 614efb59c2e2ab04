namespace Ledningssystem.ServiceDefaults.Identity;

/// <summary>
/// The gRPC services that answer without a token: health (probes and load balancers carry no token) and server
/// reflection (it describes the contracts, which are public in the repository, never data; the gateway does
/// not route it, so only callers inside the cluster or on the machine reach it). /healthz is plain HTTP and
/// never passes the gRPC interceptors.
/// </summary>
internal static class AnonymousMethods
{
    private static readonly string[] Services =
    [
        "/grpc.health.v1.Health/",
        "/grpc.reflection.v1.ServerReflection/",
        "/grpc.reflection.v1alpha.ServerReflection/",
    ];

    public static bool Allows(string method) => Services.Any(service => method.StartsWith(service, StringComparison.Ordinal));
}
