using Grpc.Core;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.Rpc.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Documents.Api;

/// <summary>
/// A change that lost the race for a unique key (the same document id created twice at once, a double-clicked
/// acknowledgement) as ABORTED, to retry; the retry then meets the existing row. Concurrency-token conflicts and the
/// domain's refusals are mapped by the platform's DomainRuleInterceptor.
/// </summary>
public sealed class DocumentErrorsInterceptor : ServerCallInterceptor
{
    protected override async Task<T> AroundAsync<T>(ServerCallContext context, object? request, Func<Task<T>> continuation)
    {
        try
        {
            return await continuation();
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            throw RpcErrors.Create(Google.Rpc.Code.Aborted, "Dokumentet ändrades samtidigt av någon annan; försök igen.");
        }
    }
}
