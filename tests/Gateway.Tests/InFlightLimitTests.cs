using Grpc.Core;
using Grpc.Testing;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Gateway.Tests.Support;
using Ledningssystem.Testing;
using static Ledningssystem.Gateway.Tests.Support.BackendsFixture;

namespace Ledningssystem.Gateway.Tests;

/// <summary>
/// A gateway of its own that lets each user have two calls in flight at once; the calls held open are full-duplex
/// streams to the interop server, which stay in flight until the client completes them.
/// </summary>
[Collection(BackendsGroup.Name)]
public sealed class InFlightLimitTests(BackendsFixture backends) : IAsyncLifetime
{
    private const string SwedishRefusal = "För många anrop. Försök igen om en stund.";

    private GatewayProcess gateway = null!;

    public async Task InitializeAsync() => gateway = await backends.StartGatewayAsync(new Dictionary<string, string>
    {
        ["Gateway:InFlightLimits:PerUser"] = "2",
    });

    public Task DisposeAsync() => gateway.DisposeAsync().AsTask();

    [Fact]
    public async Task A_user_with_as_many_calls_in_flight_as_allowed_is_refused_another_while_another_user_is_served()
    {
        using var channel = Channel(gateway.GrpcAddress);
        var streams = new TestService.TestServiceClient(channel);
        var units = new UnitService.UnitServiceClient(channel);
        var anna = Bearer(await backends.TokenAsync("anna.andersson"));
        var tove = Bearer(await backends.TokenAsync("tove.thorsson"));

        using var first = await OpenStreamAsync(streams, anna);
        using var second = await OpenStreamAsync(streams, anna);
        var refused = await Assert.ThrowsAsync<RpcException>(() => units.ListUnitsAsync(new ListUnitsRequest(), anna).ResponseAsync);
        var otherUser = await units.ListUnitsAsync(new ListUnitsRequest(), tove);

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Equal(SwedishRefusal, refused.Status.Detail);
        Assert.True(int.Parse(refused.Trailers.GetValue("retry-after")!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.NotEmpty(otherUser.Units);
    }

    [Fact]
    public async Task A_call_that_ends_gives_its_place_back()
    {
        using var channel = Channel(gateway.GrpcAddress);
        var streams = new TestService.TestServiceClient(channel);
        var units = new UnitService.UnitServiceClient(channel);
        var erik = Bearer(await backends.TokenAsync("erik.eriksson"));
        using var held = await OpenStreamAsync(streams, erik);
        using (var ending = await OpenStreamAsync(streams, erik))
        {
            await Assert.ThrowsAsync<RpcException>(() => units.ListUnitsAsync(new ListUnitsRequest(), erik).ResponseAsync);
            await ending.RequestStream.CompleteAsync();
            await foreach (var _ in ending.ResponseStream.ReadAllAsync())
            {
            }
        }

        // The gateway returns the place once it has finished the ended call's response, just after the client saw it end.
        var served = await Eventually.WaitForAsync(
            async () =>
            {
                try
                {
                    return (await units.ListUnitsAsync(new ListUnitsRequest(), erik)).Units.Count;
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted)
                {
                    return 0;
                }
            },
            count => count > 0,
            TimeSpan.FromSeconds(30),
            "a call admitted after one of two ended");

        Assert.True(served > 0);
    }

    [Fact]
    public async Task A_gateway_whose_in_flight_limit_allows_no_call_does_not_start_and_names_the_setting()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => backends.StartGatewayAsync(new Dictionary<string, string>
        {
            ["Gateway:InFlightLimits:PerMachineClient"] = "0",
        }));

        Assert.Contains("Gateway:InFlightLimits", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>A full-duplex stream the interop server has answered once, so the gateway admitted it; it stays open.</summary>
    private static async Task<AsyncDuplexStreamingCall<StreamingOutputCallRequest, StreamingOutputCallResponse>> OpenStreamAsync(
        TestService.TestServiceClient client, Metadata token)
    {
        var call = client.FullDuplexCall(token);
        var request = new StreamingOutputCallRequest();
        request.ResponseParameters.Add(new ResponseParameters { Size = 1 });
        await call.RequestStream.WriteAsync(request);
        Assert.True(await call.ResponseStream.MoveNext());
        return call;
    }
}
