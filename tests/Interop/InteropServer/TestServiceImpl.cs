using System.Globalization;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Testing;

namespace Ledningssystem.Interop;

/// <summary>
/// grpc.testing.TestService with the server features of the gRPC interop test descriptions
/// (doc/interop-test-descriptions.md in github.com/grpc/grpc). UnimplementedCall is left to the generated
/// base class, which answers UNIMPLEMENTED as the tests expect.
/// </summary>
internal sealed class TestServiceImpl(TimeProvider clock) : TestService.TestServiceBase
{
    public override async Task<Empty> EmptyCall(Empty request, ServerCallContext context)
    {
        await InteropCall.StartAsync(context);
        return new Empty();
    }

    public override async Task<SimpleResponse> UnaryCall(SimpleRequest request, ServerCallContext context)
    {
        await InteropCall.StartAsync(context, compressResponses: request.ResponseCompressed?.Value == true);
        InteropCall.EchoStatus(request.ResponseStatus);
        InteropCall.CheckCompressed(request.ExpectCompressed, context);
        InteropCall.CheckPayloadType(request.ResponseType);
        return new SimpleResponse { Payload = InteropCall.Zeros(request.ResponseSize) };
    }

    /// <summary>Answers with the current time in nanoseconds, marked cacheable by proxies for a minute.</summary>
    public override async Task<SimpleResponse> CacheableUnaryCall(SimpleRequest request, ServerCallContext context)
    {
        await InteropCall.StartAsync(context, extraHeaders: [new("cache-control", "max-age=60")]);
        var nanoseconds = (clock.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;
        var body = Encoding.ASCII.GetBytes(nanoseconds.ToString(CultureInfo.InvariantCulture));
        return new SimpleResponse { Payload = new Payload { Body = ByteString.CopyFrom(body) } };
    }

    public override async Task StreamingOutputCall(
        StreamingOutputCallRequest request, IServerStreamWriter<StreamingOutputCallResponse> responseStream, ServerCallContext context)
    {
        var anyCompressed = request.ResponseParameters.Any(p => p.Compressed?.Value == true);
        await InteropCall.StartAsync(context, compressResponses: anyCompressed);
        InteropCall.EchoStatus(request.ResponseStatus);
        InteropCall.CheckPayloadType(request.ResponseType);
        await WriteResponsesAsync(request, responseStream, context);
    }

    public override async Task<StreamingInputCallResponse> StreamingInputCall(
        IAsyncStreamReader<StreamingInputCallRequest> requestStream, ServerCallContext context)
    {
        await InteropCall.StartAsync(context);
        var size = 0;
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            InteropCall.CheckCompressed(request.ExpectCompressed, context);
            size += request.Payload?.Body.Length ?? 0;
        }
        return new StreamingInputCallResponse { AggregatedPayloadSize = size };
    }

    public override async Task FullDuplexCall(
        IAsyncStreamReader<StreamingOutputCallRequest> requestStream, IServerStreamWriter<StreamingOutputCallResponse> responseStream, ServerCallContext context)
    {
        await InteropCall.StartAsync(context);
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            InteropCall.EchoStatus(request.ResponseStatus);
            await WriteResponsesAsync(request, responseStream, context);
        }
    }

    public override async Task HalfDuplexCall(
        IAsyncStreamReader<StreamingOutputCallRequest> requestStream, IServerStreamWriter<StreamingOutputCallResponse> responseStream, ServerCallContext context)
    {
        await InteropCall.StartAsync(context);
        var requests = await requestStream.ReadAllAsync(context.CancellationToken).ToListAsync(context.CancellationToken);
        foreach (var request in requests)
        {
            InteropCall.EchoStatus(request.ResponseStatus);
            await WriteResponsesAsync(request, responseStream, context);
        }
    }

    /// <summary>One response per ResponseParameters: after its interval, compressed only if it asks to be.</summary>
    private async Task WriteResponsesAsync(
        StreamingOutputCallRequest request, IServerStreamWriter<StreamingOutputCallResponse> responseStream, ServerCallContext context)
    {
        foreach (var parameters in request.ResponseParameters)
        {
            if (parameters.IntervalUs > 0)
            {
                await Task.Delay(TimeSpan.FromMicroseconds(parameters.IntervalUs), clock, context.CancellationToken);
            }
            responseStream.WriteOptions = parameters.Compressed?.Value == true ? null : new WriteOptions(WriteFlags.NoCompress);
            await responseStream.WriteAsync(new StreamingOutputCallResponse { Payload = InteropCall.Zeros(parameters.Size) });
        }
    }
}
