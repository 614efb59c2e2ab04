using Google.Protobuf;
using Grpc.Core;
using Grpc.Testing;

namespace Ledningssystem.Interop;

/// <summary>The server features the interop test descriptions share between TestService's methods.</summary>
internal static class InteropCall
{
    public const string EchoInitialKey = "x-grpc-test-echo-initial";
    public const string EchoTrailingKey = "x-grpc-test-echo-trailing-bin";

    // grpc-dotnet takes this response header as the call's response compression and does not send it on.
    private const string ResponseCompressionKey = "grpc-internal-encoding-request";

    /// <summary>
    /// Sends the response headers: the echoed x-grpc-test-echo-initial, gzip for the responses if asked and any
    /// <paramref name="extraHeaders"/>; and queues the echoed x-grpc-test-echo-trailing-bin as a trailer.
    /// </summary>
    public static async Task StartAsync(ServerCallContext context, bool compressResponses = false, Metadata? extraHeaders = null)
    {
        var headers = extraHeaders ?? [];
        if (context.RequestHeaders.Get(EchoInitialKey) is { } initial)
        {
            headers.Add(initial);
        }
        if (compressResponses)
        {
            headers.Add(ResponseCompressionKey, "gzip");
        }
        if (context.RequestHeaders.Get(EchoTrailingKey) is { } trailing)
        {
            context.ResponseTrailers.Add(trailing);
        }
        if (headers.Count > 0)
        {
            await context.WriteResponseHeadersAsync(headers);
        }
    }

    /// <summary>Ends the call with the status the client asked for, if it asked for one.</summary>
    public static void EchoStatus(EchoStatus? status)
    {
        if (status is { Code: not 0 })
        {
            throw new RpcException(new Status((StatusCode)status.Code, status.Message));
        }
    }

    /// <summary>
    /// Fails with INVALID_ARGUMENT when the client expects its request to have been compressed but it was sent
    /// without a grpc-encoding. An expectation of false is not checked: per-message compression flags are
    /// not visible to a grpc-dotnet handler, and the header alone does not say a message was compressed.
    /// </summary>
    public static void CheckCompressed(BoolValue? expectCompressed, ServerCallContext context)
    {
        if (expectCompressed is not { Value: true })
        {
            return;
        }
        // ServerCallContext.RequestHeaders leaves out grpc-* headers.
        var encoding = context.GetHttpContext().Request.Headers["grpc-encoding"].ToString();
        if (encoding is "" or "identity")
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "Expected a compressed request."));
        }
    }

    public static void CheckPayloadType(PayloadType type)
    {
        if (type != PayloadType.Compressable)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"Unsupported payload type {type}."));
        }
    }

    public static Payload Zeros(int size) => new() { Body = ByteString.CopyFrom(new byte[size]) };
}
