using Grpc.Core;

namespace Ledningssystem.Testing;

/// <summary>Waits for what a service, a background job or another process reaches asynchronously, with a timeout.</summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Probes until <paramref name="done"/> holds and returns that value; times out naming the last one seen.</summary>
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}; last seen: {value}");
            }
            await Task.Delay(100);
        }
    }

    public static Task<List<T>> WaitForCountAsync<T>(Func<Task<List<T>>> probe, int count, TimeSpan timeout, string what) =>
        WaitForAsync(probe, rows => rows.Count >= count, timeout, $"{count} {what}");

    public static Task TrueAsync(Func<Task<bool>> probe, string because = "the condition") =>
        WaitForAsync(probe, holds => holds, DefaultTimeout, because);

    public static Task EqualsAsync<T>(Func<Task<T>> probe, T expected) =>
        WaitForAsync(probe, actual => EqualityComparer<T>.Default.Equals(actual, expected), DefaultTimeout, $"{expected}");

    /// <summary>
    /// A call that is refused with PERMISSION_DENIED until the service's replica of Organizations has the caller's
    /// role (the demo region reaches each service by events after start-up).
    /// </summary>
    public static async Task<T> PermittedAsync<T>(Func<AsyncUnaryCall<T>> call, string because)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                return await call().ResponseAsync;
            }
            catch (RpcException refused) when (refused.StatusCode == StatusCode.PermissionDenied)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"{because} ({refused.Status.Detail})", refused);
                }
                await Task.Delay(200);
            }
        }
    }
}
