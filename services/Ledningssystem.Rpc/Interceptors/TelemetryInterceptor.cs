using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.Rpc.Interceptors;

/// <summary>
/// One span, one duration measurement and one log line per call, with the OpenTelemetry rpc.* attributes.
/// The span's parent is the incoming W3C trace context (traceparent metadata).
/// </summary>
public sealed partial class TelemetryInterceptor(RpcTelemetry telemetry, ILogger<TelemetryInterceptor> logger) : ServerCallInterceptor
{
    private static readonly ConcurrentDictionary<string, (string Service, string Method)> MethodNames = new();

    protected override async Task<T> AroundAsync<T>(ServerCallContext context, object? request, Func<Task<T>> continuation)
    {
        var (service, method) = MethodNames.GetOrAdd(context.Method, SplitMethod);
        using var activity = RpcTelemetry.ActivitySource.StartActivity(
            $"{service}/{method}", ActivityKind.Server, ParentContext(context));
        activity?.SetTag("rpc.system", "grpc");
        activity?.SetTag("rpc.service", service);
        activity?.SetTag("rpc.method", method);

        var started = Stopwatch.GetTimestamp();
        var code = StatusCode.OK;
        try
        {
            var result = await continuation();
            code = context.Status.StatusCode;
            return result;
        }
        catch (RpcException exception)
        {
            code = exception.StatusCode;
            throw;
        }
        catch
        {
            code = StatusCode.Unknown;
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (telemetry.CallDuration.Enabled || telemetry.Calls.Enabled)
            {
                var tags = new TagList
                {
                    { "rpc.system", "grpc" },
                    { "rpc.service", service },
                    { "rpc.method", method },
                    { "rpc.grpc.status_code", (int)code },
                };
                telemetry.CallDuration.Record(elapsed.TotalSeconds, tags);
                telemetry.Calls.Add(1, tags);
            }
            activity?.SetTag("rpc.grpc.status_code", (int)code);
            if (code != StatusCode.OK)
            {
                activity?.SetStatus(ActivityStatusCode.Error, code.ToString());
                LogFailed(logger, context.Method, code, elapsed.TotalMilliseconds);
            }
            else
            {
                LogCompleted(logger, context.Method, elapsed.TotalMilliseconds);
            }
        }
    }

    /// <summary>Splits "/ledningssystem.incidents.v1.IncidentService/ReportIncident" into service and method.</summary>
    internal static (string Service, string Method) SplitMethod(string fullMethod)
    {
        var path = fullMethod.AsSpan().TrimStart('/');
        var slash = path.IndexOf('/');
        return slash < 0 ? (path.ToString(), "") : (path[..slash].ToString(), path[(slash + 1)..].ToString());
    }

    private static ActivityContext ParentContext(ServerCallContext context)
    {
        if (Activity.Current is { } current)
        {
            return current.Context;
        }
        var traceparent = context.RequestHeaders.GetValue("traceparent");
        var tracestate = context.RequestHeaders.GetValue("tracestate");
        return traceparent is not null && ActivityContext.TryParse(traceparent, tracestate, isRemote: true, out var parsed)
            ? parsed
            : default;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "RPC {Method} OK in {ElapsedMs:0.0} ms")]
    private static partial void LogCompleted(ILogger logger, string method, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "RPC {Method} ended with {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string method, StatusCode status, double elapsedMs);
}
