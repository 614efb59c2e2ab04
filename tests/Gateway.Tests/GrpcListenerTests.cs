using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Testing;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Gateway.Tests.Support;
using static Ledningssystem.Gateway.Tests.Support.BackendsFixture;

namespace Ledningssystem.Gateway.Tests;

/// <summary>gRPC clients on the HTTP/2 listener.</summary>
[Collection(BackendsGroup.Name)]
public sealed class GrpcListenerTests(BackendsFixture backends)
{
    [Fact]
    public async Task A_user_with_a_token_reaches_Organizations_and_sees_her_tenant()
    {
        using var channel = Channel(backends.Gateway.GrpcAddress);
        var units = new UnitService.UnitServiceClient(channel);

        var response = await units.ListUnitsAsync(new ListUnitsRequest(), Bearer(await backends.TokenAsync("tove.thorsson")));

        Assert.NotEmpty(response.Units);
        Assert.All(response.Units, unit => Assert.Equal("omsorg-ab", unit.TenantId));
        Assert.Contains(response.Units, unit => unit.UnitId == "omsorg-ab.hemtjanst-city");
    }

    [Fact]
    public async Task A_call_without_a_token_or_with_a_forged_one_is_unauthenticated_at_the_edge()
    {
        using var channel = Channel(backends.Gateway.GrpcAddress);
        var units = new UnitService.UnitServiceClient(channel);

        var missing = await Assert.ThrowsAsync<RpcException>(() => units.ListUnitsAsync(new ListUnitsRequest()).ResponseAsync);
        var forged = await Assert.ThrowsAsync<RpcException>(() => units.ListUnitsAsync(new ListUnitsRequest(), Bearer("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, missing.StatusCode);
        Assert.Equal("Inloggning krävs.", missing.Status.Detail);
        Assert.Equal(StatusCode.Unauthenticated, forged.StatusCode);
    }

    [Fact]
    public async Task The_gateways_own_health_is_served_without_a_token()
    {
        using var channel = Channel(backends.Gateway.GrpcAddress);

        var health = await new Grpc.Health.V1.Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Fact]
    public async Task A_call_to_a_service_that_is_down_is_unavailable()
    {
        using var channel = Channel(backends.Gateway.GrpcAddress);
        var token = await backends.TokenAsync("anna.andersson");
        // Any method of the package: the gateway answers before the (missing) service could parse it.
        var method = UnaryMethod("ledningssystem.incidents.v1.IncidentService", "ListIncidents");

        var failure = await Assert.ThrowsAsync<RpcException>(() =>
            channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(Bearer(token)), new ListUnitsRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, failure.StatusCode);
        Assert.Contains("inte tillgänglig", failure.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_for_a_service_no_route_names_is_unimplemented()
    {
        using var channel = Channel(backends.Gateway.GrpcAddress);
        var token = await backends.TokenAsync("anna.andersson");

        var failure = await Assert.ThrowsAsync<RpcException>(() =>
            channel.CreateCallInvoker().AsyncUnaryCall(UnaryMethod("ledningssystem.saknas.v1.SaknadService", "Hamta"), null, new CallOptions(Bearer(token)), new ListUnitsRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unimplemented, failure.StatusCode);
    }

    [Fact]
    public async Task A_server_stream_lasting_longer_than_the_activity_timeout_is_not_cut()
    {
        using var channel = Channel(backends.Gateway.GrpcAddress);
        var client = new TestService.TestServiceClient(channel);
        var token = Bearer(await backends.TokenAsync("anna.andersson"));
        await client.EmptyCallAsync(new Empty(), token); // the connection and both processes warm
        var request = new StreamingOutputCallRequest();
        // Eight messages 0.5 s apart: 4 s in all, against the cluster's 2 s activity timeout.
        for (var i = 0; i < 8; i++)
        {
            request.ResponseParameters.Add(new ResponseParameters { Size = 10, IntervalUs = 500_000 });
        }

        using var call = client.StreamingOutputCall(request, token);
        var received = 0;
        await foreach (var _ in call.ResponseStream.ReadAllAsync())
        {
            received++;
        }

        Assert.Equal(8, received);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    private static Method<ListUnitsRequest, ListUnitsResponse> UnaryMethod(string service, string name) => new(
        MethodType.Unary, service, name,
        Marshallers.Create(Google.Protobuf.MessageExtensions.ToByteArray, ListUnitsRequest.Parser.ParseFrom),
        Marshallers.Create(Google.Protobuf.MessageExtensions.ToByteArray, ListUnitsResponse.Parser.ParseFrom));
}
