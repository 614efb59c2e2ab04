using Google.Rpc;
using Grpc.Core;
using Ledningssystem.Incidents.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Tests.Support;

/// <summary>Waits for state another process or a background job reaches asynchronously.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> probe, string? because = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await probe())
        {
            Assert.True(DateTime.UtcNow < deadline, because ?? "The condition never held.");
            await Task.Delay(100);
        }
    }

    public static IQueryable<ContractLink> IgnoreFilters(this DbSet<ContractLink> links) => links.IgnoreQueryFilters([PlatformDbContext.TenantFilter]);
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

    public static async Task<RpcException> FailsAsync(StatusCode code, Task call)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => call);
        Assert.True(code == refused.StatusCode, $"Expected {code}, got {refused.StatusCode}: {refused.Status.Detail}");
        return refused;
    }

    public static ErrorInfo? Info(RpcException refused) => refused.GetRpcStatus()?.GetDetail<ErrorInfo>();

    public static IReadOnlyList<string> FieldViolations(RpcException refused) =>
        [.. refused.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field) ?? []];
}
