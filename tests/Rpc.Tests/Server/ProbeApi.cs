using System.Collections.Concurrent;
using Grpc.Core;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.Rpc.Tests.Probe;
using Ledningssystem.Rpc.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.Rpc.Tests.Server;

/// <summary>What the probe handlers observed, for tests to assert on.</summary>
public sealed class ProbeObservations
{
    public ConcurrentDictionary<string, TaskCompletionSource<bool>> SleepCancelled { get; } = new();

    public TaskCompletionSource<bool> SleepOutcome(string id) =>
        SleepCancelled.GetOrAdd(id, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
}

public sealed class ProbeApi(ProbeObservations observations) : ProbeService.ProbeServiceBase
{
    public override Task<RegisterResponse> Register(RegisterRequest request, ServerCallContext context) =>
        Task.FromResult(new RegisterResponse { Greeting = $"Välkommen, {request.Name}!" });

    public override Task<FailResponse> Fail(FailRequest request, ServerCallContext context) => request.Mode switch
    {
        FailRequest.Types.Mode.Crash => throw new InvalidOperationException("database password is " + request.Secret),
        FailRequest.Types.Mode.NotFound => throw RpcErrors.NotFound("Avvikelsen finns inte."),
        FailRequest.Types.Mode.IllegalTransition => throw RpcErrors.FailedPrecondition(
            "Avvikelsen är i läget 'Stängd' och kan inte utredas.", "ILLEGAL_TRANSITION", new Dictionary<string, string> { ["current_state"] = "CLOSED" }),
        _ => Task.FromResult(new FailResponse()),
    };

    public override async Task<SleepResponse> Sleep(SleepRequest request, ServerCallContext context)
    {
        var outcome = observations.SleepOutcome(request.Id);
        try
        {
            await Task.Delay(request.Milliseconds, context.CancellationToken);
            outcome.TrySetResult(false);
            return new SleepResponse();
        }
        catch (OperationCanceledException)
        {
            outcome.TrySetResult(true);
            throw;
        }
    }

    public override async Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context)
    {
        var echoed = new Metadata();
        foreach (var entry in context.RequestHeaders.Where(h => h.Key.StartsWith("x-probe", StringComparison.Ordinal)))
        {
            echoed.Add(entry);
            context.ResponseTrailers.Add(entry);
        }
        await context.WriteResponseHeadersAsync(echoed);
        return new EchoResponse
        {
            Payload = request.Payload,
            // grpc-dotnet keeps grpc-* transport headers out of RequestHeaders; the HTTP request still has them.
            RequestEncoding = context.GetHttpContext().Request.Headers["grpc-encoding"].FirstOrDefault() ?? "identity",
            Authorization = context.GetHttpContext().Request.Headers.Authorization.ToString(),
        };
    }

    // Resolved per call: only RpcTestServer registers the client (AddServiceClient "probe", pointing at itself).
    public override async Task<EchoResponse> Relay(EchoRequest request, ServerCallContext context) =>
        await context.GetHttpContext().RequestServices.GetRequiredService<ProbeService.ProbeServiceClient>()
            .EchoAsync(request, cancellationToken: context.CancellationToken);

    public override async Task Count(CountRequest request, IServerStreamWriter<CountResponse> responseStream, ServerCallContext context)
    {
        for (var i = 1; i <= request.Count; i++)
        {
            await responseStream.WriteAsync(new CountResponse { Number = i }, context.CancellationToken);
        }
    }
}

public sealed class RegisterRequestValidator : IRequestValidator<RegisterRequest>
{
    public void Validate(RegisterRequest request, ValidationErrors errors) => errors
        .Required("name", request.Name)
        .MaxLength("name", request.Name, 20)
        .Required("unit_id", request.UnitId);
}
