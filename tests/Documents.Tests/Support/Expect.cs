using Google.Rpc;
using Grpc.Core;

namespace Ledningssystem.Documents.Tests.Support;

/// <summary>Assertions on refused calls: the status code and the details programs read.</summary>
public static class Expect
{
    public static async Task<RpcException> FailsAsync<T>(StatusCode code, AsyncUnaryCall<T> call)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.True(code == refused.StatusCode, $"Expected {code}, got {refused.StatusCode}: {refused.Status.Detail}");
        return refused;
    }

    public static IReadOnlyList<string> FieldViolations(RpcException refused) =>
        [.. refused.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field) ?? []];

    public static ErrorInfo? ErrorInfo(RpcException refused) => refused.GetRpcStatus()?.GetDetail<ErrorInfo>();

    /// <summary>Waits for state that the service reaches in the background (the review job).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}

/// <summary>A test of behaviour only SQLite's FTS5 shows (word-prefix matching); skipped on PostgreSQL.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (Ledningssystem.Testing.TestDatabase.PostgresConfigured)
        {
            Skip = "SQLite FTS5 only.";
        }
    }
}

/// <summary>A test of behaviour only PostgreSQL's Swedish configuration shows (stemming); skipped on SQLite.</summary>
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute()
    {
        if (!Ledningssystem.Testing.TestDatabase.PostgresConfigured)
        {
            Skip = "PostgreSQL only (the test run's database pass).";
        }
    }
}
