using Ledningssystem.Gateway.Edge;
using Yarp.ReverseProxy.Forwarder;

namespace Ledningssystem.Gateway.Routing;

/// <summary>
/// When a call could not be forwarded (no healthy destination, connection refused, the service reset the
/// stream before answering), the caller gets UNAVAILABLE (gRPC) or 503 instead of YARP's bare 502/503; a body
/// over the size limit gets RESOURCE_EXHAUSTED or 413.
/// </summary>
internal static class ForwarderErrorResponses
{
    public static async Task RewriteAsync(HttpContext context, Func<Task> next)
    {
        await next();
        if (context.Response.HasStarted || context.GetForwarderErrorFeature() is not { } failure
            || failure.Error is ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled)
        {
            return;
        }
        var refusal = context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge ? EdgeRefusal.TooLarge : EdgeRefusal.Unavailable;
        await refusal.WriteAsync(context);
    }
}
