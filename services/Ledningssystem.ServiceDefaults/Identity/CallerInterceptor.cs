using Grpc.Core;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.Rpc.Interceptors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;

namespace Ledningssystem.ServiceDefaults.Identity;

/// <summary>
/// Lets a call reach its handler only with an authenticated caller that has a tenant and meets every
/// <see cref="ICallerRequirement"/>; health, reflection and the services opened to the public stay anonymous (<see cref="AnonymousMethods"/>).
/// Refusing here, as an RpcException, is what gives gRPC, gRPC-Web and Connect callers the same
/// UNAUTHENTICATED status instead of a bare HTTP 401 from an authorization middleware.
/// </summary>
public sealed class CallerInterceptor(
    ICallerAccessor callers, IEnumerable<ICallerRequirement> requirements, IEnumerable<AnonymousGrpcService> anonymous) : ServerCallInterceptor
{
    protected override async Task<T> AroundAsync<T>(ServerCallContext context, object? request, Func<Task<T>> continuation)
    {
        if (!AnonymousMethods.Allows(context.Method, anonymous))
        {
            await AuthenticateAsync(context.GetHttpContext());
            var caller = callers.Required;
            foreach (var requirement in requirements)
            {
                await requirement.EnsureAsync(caller, context.CancellationToken);
            }
        }
        return await continuation();
    }

    private static async Task AuthenticateAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded)
        {
            throw RpcErrors.Unauthenticated();
        }
        http.User = result.Principal;
    }
}
