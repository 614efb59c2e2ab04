using Grpc.Core;
using Ledningssystem.Organizations.Domain;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.Rpc.Interceptors;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Organizations.Api;

/// <summary>
/// The domain's refusals as FAILED_PRECONDITION (with an ErrorInfo reason), and a change that lost the race against
/// another change of the same tenant as ABORTED, which the caller may simply retry.
/// </summary>
public sealed class OrganizationErrorsInterceptor : ServerCallInterceptor
{
    protected override async Task<T> AroundAsync<T>(ServerCallContext context, object? request, Func<Task<T>> continuation)
    {
        try
        {
            return await continuation();
        }
        catch (OrganizationRuleException exception)
        {
            throw RpcErrors.FailedPrecondition(exception.Message, exception.Reason);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw RpcErrors.Create(Google.Rpc.Code.Aborted, "Organisationen ändrades samtidigt av någon annan; försök igen.");
        }
    }
}
