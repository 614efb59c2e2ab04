using Google.Rpc;
using Grpc.Core;
using Ledningssystem.Rpc.Tests.Probe;
using Ledningssystem.Rpc.Tests.Server;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.Rpc.Tests;

[Collection(RpcServerGroup.Name)]
public class ErrorTests(RpcTestServer server)
{
    [Fact]
    public async Task Invalid_request_gets_INVALID_ARGUMENT_with_a_field_violation_per_broken_rule()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Client.RegisterAsync(new RegisterRequest { Name = new string('x', 21) }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("Begäran innehåller ogiltiga uppgifter.", error.Status.Detail);
        var badRequest = error.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Collection(badRequest.FieldViolations,
            v => Assert.Equal(("name", "Högst 20 tecken är tillåtna (fick 21)."), (v.Field, v.Description)),
            v => Assert.Equal(("unit_id", "Fältet måste fyllas i."), (v.Field, v.Description)));
    }

    [Fact]
    public async Task Valid_request_reaches_the_handler()
    {
        var reply = await server.Client.RegisterAsync(new RegisterRequest { Name = "Åsa", UnitId = "u-1" });

        Assert.Equal("Välkommen, Åsa!", reply.Greeting);
    }

    [Fact]
    public async Task Handler_exception_becomes_INTERNAL_without_its_text_and_is_logged_in_full()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Client.FailAsync(new FailRequest { Mode = FailRequest.Types.Mode.Crash, Secret = "hunter2" }).ResponseAsync);

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.StartsWith("Ett internt fel inträffade.", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Trailers.ToString(), StringComparison.Ordinal);
        Assert.Contains(server.Logs, log => log.Level == LogLevel.Error
            && log.Message.Contains("/probe.v1.ProbeService/Fail", StringComparison.Ordinal)
            && log.Exception?.Message == "database password is hunter2");
    }

    [Fact]
    public async Task Not_found_keeps_its_code_and_swedish_message()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Client.FailAsync(new FailRequest { Mode = FailRequest.Types.Mode.NotFound }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("Avvikelsen finns inte.", error.Status.Detail);
    }

    [Fact]
    public async Task Illegal_transition_is_FAILED_PRECONDITION_with_machine_readable_error_info()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Client.FailAsync(new FailRequest { Mode = FailRequest.Types.Mode.IllegalTransition }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var info = error.GetRpcStatus()!.GetDetail<ErrorInfo>();
        Assert.Equal("ILLEGAL_TRANSITION", info.Reason);
        Assert.Equal("CLOSED", info.Metadata["current_state"]);
    }

    [Fact]
    public async Task Unknown_service_is_UNIMPLEMENTED()
    {
        var client = new UnmappedService.UnmappedServiceClient(server.Channel);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.NothingAsync(new NothingRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }
}
