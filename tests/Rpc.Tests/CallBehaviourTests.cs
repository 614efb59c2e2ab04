using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Ledningssystem.Rpc.Tests.Probe;
using Ledningssystem.Rpc.Tests.Server;

namespace Ledningssystem.Rpc.Tests;

[Collection(RpcServerGroup.Name)]
public class CallBehaviourTests(RpcTestServer server)
{
    [Fact]
    public async Task Deadline_cancels_the_handler_and_ends_the_call_with_DEADLINE_EXCEEDED()
    {
        var id = Guid.NewGuid().ToString();

        var error = await Assert.ThrowsAsync<RpcException>(() => server.Client.SleepAsync(
            new SleepRequest { Id = id, Milliseconds = 30_000 }, deadline: DateTime.UtcNow.AddMilliseconds(300)).ResponseAsync);

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.True(await server.Observations.SleepOutcome(id).Task.WaitAsync(TimeSpan.FromSeconds(10)), "handler did not see cancellation");
    }

    [Fact]
    public async Task A_service_client_calls_the_other_service_with_the_token_of_the_call_it_serves()
    {
        var headers = new Metadata { { "authorization", "Bearer token-of-the-caller" } };

        var relayed = await server.Client.RelayAsync(new EchoRequest { Payload = ByteString.CopyFromUtf8("vidare") }, headers);
        var anonymous = await server.Client.RelayAsync(new EchoRequest());

        Assert.Equal(("vidare", "Bearer token-of-the-caller"), (relayed.Payload.ToStringUtf8(), relayed.Authorization));
        Assert.Equal("", anonymous.Authorization);
    }

    [Fact]
    public async Task A_service_client_without_its_address_resolves_and_its_calls_end_UNAVAILABLE_naming_the_setting()
    {
        var nowhere = server.Services.GetRequiredService<UnmappedService.UnmappedServiceClient>();

        var refused = await Assert.ThrowsAsync<RpcException>(() => nowhere.NothingAsync(new NothingRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        Assert.Contains("Services:nowhere:GrpcAddress", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_cancellation_is_observed_by_the_handler()
    {
        var id = Guid.NewGuid().ToString();
        using var cts = new CancellationTokenSource();
        var call = server.Client.SleepAsync(new SleepRequest { Id = id, Milliseconds = 30_000 }, cancellationToken: cts.Token);
        await Task.Delay(300);

        await cts.CancelAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        Assert.True(await server.Observations.SleepOutcome(id).Task.WaitAsync(TimeSpan.FromSeconds(10)), "handler did not see cancellation");
    }

    [Fact]
    public async Task Message_over_the_size_limit_is_RESOURCE_EXHAUSTED_and_the_server_keeps_serving()
    {
        var tooBig = ByteString.CopyFrom(new byte[RpcTestServer.MaxMessageSizeBytes + 1]);

        var error = await Assert.ThrowsAsync<RpcException>(() => server.Client.EchoAsync(new EchoRequest { Payload = tooBig }).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        var reply = await server.Client.EchoAsync(new EchoRequest { Payload = ByteString.CopyFromUtf8("still here") });
        Assert.Equal("still here", reply.Payload.ToStringUtf8());
    }

    [Fact]
    public async Task Gzip_compressed_request_is_decompressed_for_the_handler()
    {
        var payload = ByteString.CopyFrom(Enumerable.Repeat((byte)'a', 64 * 1024).ToArray());
        var headers = new Metadata { { "grpc-internal-encoding-request", "gzip" } };

        using var call = server.Client.EchoAsync(new EchoRequest { Payload = payload }, headers);
        var reply = await call.ResponseAsync;

        Assert.Equal("gzip", reply.RequestEncoding);
        Assert.Equal(payload, reply.Payload);
    }

    [Fact]
    public async Task Ascii_and_binary_metadata_come_back_as_headers_and_trailers()
    {
        var binary = new byte[] { 0, 1, 2, 250, 255 };
        var headers = new Metadata { { "x-probe", "plain-ascii" }, { "x-probe-bin", binary } };

        using var call = server.Client.EchoAsync(new EchoRequest(), headers);
        await call.ResponseAsync;
        var responseHeaders = await call.ResponseHeadersAsync;
        var trailers = call.GetTrailers();

        Assert.Single(responseHeaders, h => h.Key == "x-probe");
        Assert.Equal("plain-ascii", responseHeaders.GetValue("x-probe"));
        Assert.Equal(binary, responseHeaders.GetValueBytes("x-probe-bin"));
        Assert.Equal("plain-ascii", trailers.GetValue("x-probe"));
        Assert.Equal(binary, trailers.GetValueBytes("x-probe-bin"));
    }

    [Fact]
    public async Task Server_streaming_passes_through_the_interceptors()
    {
        using var call = server.Client.Count(new CountRequest { Count = 5 });

        var numbers = new List<int>();
        await foreach (var reply in call.ResponseStream.ReadAllAsync())
        {
            numbers.Add(reply.Number);
        }

        Assert.Equal([1, 2, 3, 4, 5], numbers);
    }
}
