using Google.Rpc;
using Grpc.Core;

namespace Ledningssystem.EndToEnd.Tests.Support;

/// <summary>Waits for what the platform does asynchronously (events between services), with a timeout.</summary>
public static class Eventually
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string because)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var value = await probe();
            if (condition(value))
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, because);
            await Task.Delay(200);
        }
    }

    /// <summary>
    /// A call that is refused with PERMISSION_DENIED until the service's replica of Organizations has the caller's
    /// role (the demo region reaches each service by events after start-up).
    /// </summary>
    public static async Task<T> PermittedAsync<T>(Func<AsyncUnaryCall<T>> call, string because)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            try
            {
                return await call().ResponseAsync;
            }
            catch (RpcException refused) when (refused.StatusCode == StatusCode.PermissionDenied && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
            catch (RpcException refused) when (refused.StatusCode == StatusCode.PermissionDenied)
            {
                Assert.Fail($"{because} ({refused.Status.Detail})");
            }
        }
    }
}

/// <summary>Assertions on refused calls.</summary>
public static class Expect
{
    public static async Task<RpcException> FailsAsync<T>(StatusCode code, AsyncUnaryCall<T> call)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.True(code == refused.StatusCode, $"Expected {code}, got {refused.StatusCode}: {refused.Status.Detail}");
        return refused;
    }

    public static ErrorInfo? Info(RpcException refused) => refused.GetRpcStatus()?.GetDetail<ErrorInfo>();
}
