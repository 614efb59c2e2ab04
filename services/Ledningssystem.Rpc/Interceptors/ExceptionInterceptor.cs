using System.Diagnostics;
using Grpc.Core;
using Ledningssystem.Rpc.Errors;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.Rpc.Interceptors;

/// <summary>
/// Makes sure no handler exception leaks its text to the caller: RpcExceptions pass through, cancellation
/// (and a stream broken by a client that went away) becomes CANCELLED or DEADLINE_EXCEEDED, and anything else becomes INTERNAL with a generic Swedish
/// message naming the trace id, while the full exception goes to the log.
/// </summary>
public sealed partial class ExceptionInterceptor(ILogger<ExceptionInterceptor> logger, TimeProvider clock) : ServerCallInterceptor
{
    protected override async Task<T> AroundAsync<T>(ServerCallContext context, object? request, Func<Task<T>> continuation)
    {
        try
        {
            return await continuation();
        }
        catch (RpcException)
        {
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            var deadlinePassed = context.Deadline != DateTime.MaxValue && context.Deadline <= clock.GetUtcNow().UtcDateTime;
            throw deadlinePassed
                ? new RpcException(new Status(StatusCode.DeadlineExceeded, "Tidsgränsen för anropet passerades."))
                : new RpcException(new Status(StatusCode.Cancelled, "Anropet avbröts."));
        }
        catch (IOException exception) when (context.CancellationToken.IsCancellationRequested)
        {
            // The client went away while its request or response was still streaming: nothing failed here.
            LogCancelledByClient(logger, context.Method, exception.Message);
            throw new RpcException(new Status(StatusCode.Cancelled, "Anropet avbröts."));
        }
        catch (Exception exception)
        {
            var traceId = Activity.Current?.TraceId.ToString() ?? context.GetHttpContext().TraceIdentifier;
            LogUnhandled(logger, exception, context.Method, traceId);
            throw RpcErrors.Create(Google.Rpc.Code.Internal, $"Ett internt fel inträffade. Ange spårnings-id {traceId} om du kontaktar supporten.");
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} was cancelled by the client: {Reason}")]
    private static partial void LogCancelledByClient(ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in {Method} (trace {TraceId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string traceId);
}
