using Google.Rpc;
using Grpc.Core;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.Rpc.Interceptors;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>
/// A write that the database's storage refused is the operator's problem, not a bug: the caller gets RESOURCE_EXHAUSTED
/// (full) or UNAVAILABLE (read-only, I/O error; or a busy or unreachable database) with a Swedish message and an
/// ErrorInfo reason, instead of INTERNAL. The change was one transaction with its outbox rows, so nothing of it was
/// written and the caller may try again once the operator has made room (ADR 0027). <c>AddServiceDefaults</c> installs it.
/// </summary>
public sealed partial class StorageFailureInterceptor(ILogger<StorageFailureInterceptor> logger) : ServerCallInterceptor
{
    public const string FullReason = "STORAGE_FULL";
    public const string NotWritableReason = "STORAGE_NOT_WRITABLE";
    public const string BusyReason = "DATABASE_BUSY";

    protected override async Task<T> AroundAsync<T>(ServerCallContext context, object? request, Func<Task<T>> continuation)
    {
        try
        {
            return await continuation();
        }
        catch (Exception exception) when (exception is not RpcException && StorageFailures.Classify(exception) is not StorageFailure.None)
        {
            var failure = StorageFailures.Classify(exception);
            if (failure == StorageFailure.Busy)
            {
                LogBusy(logger, context.Method, Innermost(exception).Message);
                throw RpcErrors.Create(Code.Unavailable, "Tjänstens databas är hårt belastad eller går inte att nå just nu, så ingenting ändrades. Försök igen om en stund.", Info(BusyReason));
            }
            LogStorageFailure(logger, context.Method, failure, Innermost(exception).Message);
            throw failure == StorageFailure.Full
                ? RpcErrors.Create(Code.ResourceExhausted, "Tjänstens lagringsutrymme är fullt, så ändringen sparades inte. Försök igen senare.", Info(FullReason))
                : RpcErrors.Create(Code.Unavailable, "Tjänstens databas går inte att skriva till just nu, så ändringen sparades inte. Försök igen senare.", Info(NotWritableReason));
        }
    }

    private static ErrorInfo Info(string reason) => new() { Reason = reason, Domain = "ledningssystem" };

    private static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} met a busy or unreachable database; its transaction was rolled back and the caller may try again: {Reason}")]
    private static partial void LogBusy(ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} could not write to the database ({Failure}); the change was rolled back: {Reason}")]
    private static partial void LogStorageFailure(ILogger logger, string method, StorageFailure failure, string reason);
}
