namespace Ledningssystem.ServiceDefaults.Identity;

/// <summary>
/// A rule every authenticated caller must meet before any handler runs, such as "the caller's tenant is not
/// suspended". Register implementations in DI; <see cref="CallerInterceptor"/> runs them all on every call
/// and they refuse by throwing an RpcException (e.g. PERMISSION_DENIED).
/// </summary>
public interface ICallerRequirement
{
    Task EnsureAsync(Caller caller, CancellationToken cancellationToken);
}
