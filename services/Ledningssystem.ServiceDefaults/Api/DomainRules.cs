using Grpc.Core;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.Rpc.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.ServiceDefaults.Api;

/// <summary>
/// A request the domain's rules refuse in the entity's current state (an illegal workflow step, a closed unit).
/// <paramref name="reason"/> is a stable UPPER_SNAKE_CASE code for programs; the message is Swedish, for people;
/// <paramref name="metadata"/> adds facts programs read, such as the current state. Answered as FAILED_PRECONDITION.
/// </summary>
public class DomainRuleException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null) : InvalidOperationException(message)
{
    public string Reason { get; } = reason;

    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata ?? new Dictionary<string, string>();
}

/// <summary>
/// Every service's mapping of the domain's refusals: <see cref="DomainRuleException"/> as FAILED_PRECONDITION with an
/// ErrorInfo (reason and metadata), and a change that lost the race against another (a concurrency token) as
/// ABORTED, which the caller may simply retry. <c>AddServiceDefaults</c> installs it.
/// </summary>
public sealed class DomainRuleInterceptor : ServerCallInterceptor
{
    protected override async Task<T> AroundAsync<T>(ServerCallContext context, object? request, Func<Task<T>> continuation)
    {
        try
        {
            return await continuation();
        }
        catch (DomainRuleException exception)
        {
            throw RpcErrors.FailedPrecondition(exception.Message, exception.Reason, exception.Metadata);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw RpcErrors.Create(Google.Rpc.Code.Aborted, "Uppgifterna ändrades samtidigt av någon annan; försök igen.");
        }
    }
}
