using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Ledningssystem.Testing;

/// <summary>Waits for a service's grpc.health.v1 status, as Kubernetes' probe would.</summary>
public static class ServiceHealth
{
    public static async Task WaitForAsync(
        Uri grpcAddress,
        HealthCheckResponse.Types.ServingStatus expected = HealthCheckResponse.Types.ServingStatus.Serving,
        TimeSpan? timeout = null)
    {
        using var channel = GrpcChannel.ForAddress(grpcAddress);
        var health = new Health.HealthClient(channel);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while ((await health.CheckAsync(new HealthCheckRequest())).Status != expected)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{grpcAddress} never became {expected}.");
            }
            await Task.Delay(100);
        }
    }
}
