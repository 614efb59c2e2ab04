using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Grpc.Core;
using Grpc.Health.V1;
using Ledningssystem.Rpc.Interceptors;
using Ledningssystem.Rpc.Tests.Probe;
using Ledningssystem.Rpc.Tests.Server;

namespace Ledningssystem.Rpc.Tests;

[Collection(RpcServerGroup.Name)]
public sealed class TelemetryTests(RpcTestServer server)
{
    [Fact]
    public async Task Each_call_is_a_span_with_rpc_attributes_under_the_callers_trace()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RpcTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var traceId = ActivityTraceId.CreateRandom();
        var traceparent = $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01";

        await Assert.ThrowsAsync<RpcException>(() => server.Client.FailAsync(
            new FailRequest { Mode = FailRequest.Types.Mode.NotFound }, new Metadata { { "traceparent", traceparent } }).ResponseAsync);

        var span = Assert.Single(spans, s => s.TraceId == traceId);
        Assert.Equal("probe.v1.ProbeService/Fail", span.DisplayName);
        Assert.Equal(ActivityKind.Server, span.Kind);
        Assert.Equal("grpc", span.GetTagItem("rpc.system"));
        Assert.Equal("probe.v1.ProbeService", span.GetTagItem("rpc.service"));
        Assert.Equal("Fail", span.GetTagItem("rpc.method"));
        Assert.Equal((int)StatusCode.NotFound, span.GetTagItem("rpc.grpc.status_code"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
    }

    [Fact]
    public async Task Call_durations_are_measured_by_method_and_status()
    {
        var measurements = new ConcurrentQueue<(double Seconds, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RpcTelemetry.Name && instrument.Name == "rpc.server.call.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            measurements.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        await server.Client.RegisterAsync(new RegisterRequest { Name = "Mätning", UnitId = "u-1" });

        Assert.Contains(measurements, m => m.Seconds > 0
            && Equals(m.Tags["rpc.method"], "Register")
            && Equals(m.Tags["rpc.service"], "probe.v1.ProbeService")
            && Equals(m.Tags["rpc.grpc.status_code"], 0));
    }

    [Fact]
    public async Task Health_service_answers_serving_over_grpc_and_healthz_over_http()
    {
        var health = new Health.HealthClient(server.Channel);

        var reply = await health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
        using var http = new HttpClient();
        using var healthz = await http.GetAsync(new Uri(server.WebAddress, "/healthz"));
        Assert.Equal(System.Net.HttpStatusCode.OK, healthz.StatusCode);
    }
}
