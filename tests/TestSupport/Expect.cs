using Google.Rpc;
using Grpc.Core;
using Xunit;

namespace Ledningssystem.Testing;

/// <summary>Assertions on refused calls: the status code and the details programs read.</summary>
public static class Expect
{
    public static Task<RpcException> FailsAsync<T>(StatusCode code, AsyncUnaryCall<T> call) => FailsAsync(code, call.ResponseAsync);

    public static async Task<RpcException> FailsAsync(StatusCode code, Task call)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => call);
        Assert.True(code == refused.StatusCode, $"Expected {code}, got {refused.StatusCode}: {refused.Status.Detail}");
        return refused;
    }

    /// <summary>The field names of the google.rpc.BadRequest detail.</summary>
    public static IReadOnlyList<string> FieldViolations(RpcException refused) =>
        [.. refused.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field) ?? []];

    /// <summary>The google.rpc.ErrorInfo detail (its reason is what programs branch on).</summary>
    public static ErrorInfo? ErrorInfo(RpcException refused) => refused.GetRpcStatus()?.GetDetail<ErrorInfo>();

    /// <summary>The ErrorInfo reason of a call that must be refused with <paramref name="code"/>.</summary>
    public static async Task<string> ReasonOfAsync<T>(StatusCode code, AsyncUnaryCall<T> call) => ErrorInfo(await FailsAsync(code, call))?.Reason ?? "";
}
