using Google.Rpc;
using Grpc.Core;

namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>Assertions on refused calls: the status code and the details programs read.</summary>
public static class Expect
{
    public static async Task<RpcException> FailsAsync<T>(StatusCode code, AsyncUnaryCall<T> call)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.True(code == refused.StatusCode, $"Expected {code}, got {refused.StatusCode}: {refused.Status.Detail}");
        return refused;
    }

    /// <summary>The field names of the google.rpc.BadRequest detail.</summary>
    public static IReadOnlyList<string> FieldViolations(RpcException refused) =>
        [.. refused.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field) ?? []];

    /// <summary>The reason of the google.rpc.ErrorInfo detail.</summary>
    public static string? Reason(RpcException refused) => refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;

    public static async Task<string> ReasonOfAsync<T>(StatusCode code, AsyncUnaryCall<T> call) => Reason(await FailsAsync(code, call)) ?? "";
}
