using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Gateway.Edge;

/// <summary>
/// Refuses a request whose declared body is larger than Gateway:MaxRequestBodyBytes (Gateway:AnonymousMaxRequestBodyBytes
/// for a caller without a token) before it reaches a service. Bodies without a length are cut at the same limit while
/// they stream (the forwarder then answers 413).
/// </summary>
internal sealed class RequestSizeMiddleware(RequestDelegate next, IOptions<GatewayOptions> options, ICallerAccessor callers)
{
    private readonly GatewayOptions options = options.Value;

    public Task InvokeAsync(HttpContext context)
    {
        var limit = callers.Current is null ? options.AnonymousMaxRequestBodyBytes : options.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return EdgeRefusal.TooLarge.WriteAsync(context);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize && bodySize.MaxRequestBodySize > limit)
        {
            bodySize.MaxRequestBodySize = limit;
        }
        return next(context);
    }
}
