using Grpc.Core;
using Ledningssystem.Platform.Hosting.Tests.Sample;
using Ledningssystem.Platform.Hosting.Tests.Sample.V1;
using Ledningssystem.Testing;

namespace Ledningssystem.Platform.Hosting.Tests;

[Trait("Category", "Database")]
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Stopping_the_service_lets_the_call_in_flight_finish()
    {
        await using var issuer = await DevTokenIssuerProcess.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        var service = await SampleService.StartAsync(database, issuer);
        using var channel = service.Channel(await issuer.PasswordTokenAsync("erik.eriksson"));
        var client = new NotesService.NotesServiceClient(channel);
        // The connection is open before the call that must be in flight when stopping starts (on a loaded machine
        // connecting alone could outlast the delay below, and stopping would then refuse the connection).
        await client.WaitAsync(new WaitRequest { Milliseconds = 1 });

        var inFlight = client.WaitAsync(new WaitRequest { Milliseconds = 1500 }).ResponseAsync;
        await Task.Delay(300);
        var stopping = service.StopAsync();

        await inFlight; // completes normally: no RpcException
        await stopping;
        var afterStop = await Assert.ThrowsAsync<RpcException>(() => client.WaitAsync(new WaitRequest { Milliseconds = 1 }).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, afterStop.StatusCode);
        await service.DisposeAsync();
    }
}
