using System.Globalization;
using System.Text.Json;
using Grpc.Core;
using Ledningssystem.Rpc;
using Microsoft.Net.Http.Headers;

namespace Ledningssystem.Gateway.Edge;

/// <summary>
/// An answer the gateway gives itself instead of a service's: a trailers-only gRPC (or gRPC-Web) response with
/// the gRPC status for gRPC callers, otherwise the HTTP status with a Connect error body (which plain HTTP
/// clients read as JSON too).
/// </summary>
internal sealed record EdgeRefusal(StatusCode GrpcStatus, int HttpStatus, string ConnectCode, string Message)
{
    public static readonly EdgeRefusal Unauthenticated =
        new(StatusCode.Unauthenticated, StatusCodes.Status401Unauthorized, "unauthenticated", "Inloggning krävs.");

    public static readonly EdgeRefusal TooManyCalls =
        new(StatusCode.ResourceExhausted, StatusCodes.Status429TooManyRequests, "resource_exhausted", "För många anrop. Försök igen om en stund.");

    public static readonly EdgeRefusal TooLarge =
        new(StatusCode.ResourceExhausted, StatusCodes.Status413PayloadTooLarge, "resource_exhausted", "Anropet är för stort.");

    public static readonly EdgeRefusal Unavailable =
        new(StatusCode.Unavailable, StatusCodes.Status503ServiceUnavailable, "unavailable", "Tjänsten är inte tillgänglig just nu. Försök igen om en stund.");

    public static readonly EdgeRefusal UnknownMethod =
        new(StatusCode.Unimplemented, StatusCodes.Status404NotFound, "unimplemented", "Okänd tjänst eller metod.");

    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public async Task WriteAsync(HttpContext context, TimeSpan? retryAfter = null)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }
        response.Clear();
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        if (IsGrpc(context.Request))
        {
            // Trailers-only: the status travels in the headers, which gRPC and gRPC-Web clients both read.
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = context.Request.ContentType!.Split(';')[0];
            response.Headers[RpcHeaders.GrpcStatus] = ((int)GrpcStatus).ToString(CultureInfo.InvariantCulture);
            response.Headers[RpcHeaders.GrpcMessage] = Uri.EscapeDataString(Message);
            return;
        }
        response.StatusCode = HttpStatus;
        if (HttpStatus == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }
        response.Headers.CacheControl = "no-store";
        response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(response.Body, new ConnectError(ConnectCode, Message), EdgeJson.Default.ConnectError, context.RequestAborted);
    }
}

internal sealed record ConnectError(string Code, string Message);
