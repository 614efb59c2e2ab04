using Microsoft.AspNetCore.Authorization;

namespace Ledningssystem.Gateway.Edge;

/// <summary>
/// Refuses every call without a valid token, except the configured anonymous paths and the gateway's own
/// public endpoints (the frontend's fallback page). The token travels on to the service, which validates it again
/// and decides what the caller may do.
/// </summary>
internal sealed class EdgeAuthenticationMiddleware(RequestDelegate next, AnonymousPaths anonymous)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true
            || anonymous.Contains(context.Request.Path)
            || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return next(context);
        }
        return EdgeRefusal.Unauthenticated.WriteAsync(context);
    }
}
