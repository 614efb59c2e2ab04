using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Testing;
using Ledningssystem.Rpc.Client;

namespace Ledningssystem.Interop.Tests;

/// <summary>Our client (RpcChannels and the generated TestService client) against the grpc-js server peer_server.js.</summary>
public sealed class GrpcJsServerTests(PeerServerFixture peer) : IClassFixture<PeerServerFixture>, IDisposable
{
    private static readonly int[] RequestSizes = [27182, 8, 1828, 45904];
    private static readonly int[] ResponseSizes = [31415, 9, 2653, 58979];

    private readonly GrpcChannel channel = RpcChannels.Create(peer.Address);

    private TestService.TestServiceClient Client => new(channel);

    private static DateTime Deadline => DateTime.UtcNow.AddSeconds(10);

    [Fact]
    public async Task Unary_call_carries_large_messages_both_ways()
    {
        var response = await Client.UnaryCallAsync(
            new SimpleRequest { ResponseSize = 314159, Payload = Zeros(271828) }, deadline: Deadline);

        Assert.Equal(314159, response.Payload.Body.Length);
    }

    [Fact]
    public async Task Server_streaming_receives_every_response_in_order()
    {
        var request = new StreamingOutputCallRequest();
        request.ResponseParameters.AddRange(ResponseSizes.Select(size => new ResponseParameters { Size = size }));

        using var call = Client.StreamingOutputCall(request, deadline: Deadline);
        var sizes = await call.ResponseStream.ReadAllAsync().Select(r => r.Payload.Body.Length).ToListAsync();

        Assert.Equal(ResponseSizes, sizes);
    }

    [Fact]
    public async Task Client_streaming_sends_every_request()
    {
        using var call = Client.StreamingInputCall(deadline: Deadline);
        foreach (var size in RequestSizes)
        {
            await call.RequestStream.WriteAsync(new StreamingInputCallRequest { Payload = Zeros(size) });
        }
        await call.RequestStream.CompleteAsync();

        Assert.Equal(74922, (await call).AggregatedPayloadSize);
    }

    [Fact]
    public async Task Bidirectional_stream_answers_each_request_before_the_next_is_sent()
    {
        using var call = Client.FullDuplexCall(deadline: Deadline);
        for (var i = 0; i < ResponseSizes.Length; i++)
        {
            var request = new StreamingOutputCallRequest { Payload = Zeros(RequestSizes[i]) };
            request.ResponseParameters.Add(new ResponseParameters { Size = ResponseSizes[i] });
            await call.RequestStream.WriteAsync(request);

            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None), $"no response {i + 1}");
            Assert.Equal(ResponseSizes[i], call.ResponseStream.Current.Payload.Body.Length);
        }
        await call.RequestStream.CompleteAsync();

        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Error_status_code_and_message_arrive_intact()
    {
        const string message = "\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n";
        var request = new SimpleRequest { ResponseStatus = new EchoStatus { Code = (int)StatusCode.NotFound, Message = message } };

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.UnaryCallAsync(request, deadline: Deadline).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal(message, error.Status.Detail);
    }

    [Fact]
    public async Task Custom_metadata_is_echoed_as_response_header_and_binary_trailer()
    {
        byte[] trailerValue = [0xab, 0xab, 0xab];
        var headers = new Metadata
        {
            { "x-grpc-test-echo-initial", "test_initial_metadata_value" },
            { "x-grpc-test-echo-trailing-bin", trailerValue },
        };

        using var call = Client.UnaryCallAsync(new SimpleRequest { ResponseSize = 1 }, headers, Deadline);
        var responseHeaders = await call.ResponseHeadersAsync;
        await call;

        Assert.Equal("test_initial_metadata_value", responseHeaders.GetValue("x-grpc-test-echo-initial"));
        Assert.Equal(trailerValue, call.GetTrailers().GetValueBytes("x-grpc-test-echo-trailing-bin"));
    }

    public void Dispose() => channel.Dispose();

    private static Payload Zeros(int size) => new() { Body = ByteString.CopyFrom(new byte[size]) };
}
