using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Ledningssystem.Benchmarks.Rpc;

/// <summary>
/// Counts the grpc-status every POST was answered with, because h2load cannot see trailers and would
/// count an error reply as a success, and serves the counts with the bytes allocated so far at GET /stats.
/// </summary>
internal static class CallStats
{
    private static long ok;
    private static long failed;

    public static WebApplication UseCallStats(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            await next(context);
            if (HttpMethods.IsPost(context.Request.Method))
            {
                Interlocked.Increment(ref SentOk(context) ? ref ok : ref failed);
            }
        });
        app.MapGet("/stats", () => Results.Json(new
        {
            ok = Interlocked.Read(ref ok),
            failed = Interlocked.Read(ref failed),
            allocatedBytes = GC.GetTotalAllocatedBytes(),
        }));
        return app;
    }

    private static bool SentOk(HttpContext context)
    {
        var status = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers["grpc-status"] ?? default;
        if (status.Count == 0)
        {
            status = context.Response.Headers["grpc-status"]; // a Trailers-Only reply carries its status in the headers
        }
        return status == "0";
    }
}
