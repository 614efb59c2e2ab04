using Microsoft.Extensions.Options;

namespace Ledningssystem.Gateway.Edge;

/// <summary>
/// Refuses a request whose declared body is larger than Gateway:MaxRequestBodyBytes before it reaches a service.
/// Bodies without a length are cut by Kestrel's limit while they stream (the forwarder then answers 413).
/// </summary>
internal sealed class RequestSizeMiddleware(RequestDelegate next, IOptions<GatewayOptions> options)
{
    private readonly long limit = options.Value.MaxRequestBodyBytes;

    public Task InvokeAsync(HttpContext context) =>
        context.Request.ContentLength > limit ? EdgeRefusal.TooLarge.WriteAsync(context) : next(context);
}
