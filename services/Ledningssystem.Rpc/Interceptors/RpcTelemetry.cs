using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ledningssystem.Rpc.Interceptors;

/// <summary>The RPC layer's ActivitySource and Meter, named for OpenTelemetry's AddSource/AddMeter.</summary>
public sealed class RpcTelemetry : IDisposable
{
    public const string Name = "Ledningssystem.Rpc";

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter meter;

    public RpcTelemetry(IMeterFactory meterFactory)
    {
        meter = meterFactory.Create(Name);
        CallDuration = meter.CreateHistogram<double>("rpc.server.call.duration", unit: "s", description: "Duration of server calls, by method and status.");
        Calls = meter.CreateCounter<long>("rpc.server.calls", unit: "{call}", description: "Completed server calls, by method and status.");
    }

    public Histogram<double> CallDuration { get; }

    public Counter<long> Calls { get; }

    public void Dispose() => meter.Dispose();
}
