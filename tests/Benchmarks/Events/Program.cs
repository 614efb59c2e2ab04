using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dapr;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

// One IncidentReported as the relay sends it, read by both subscriber sides from a request body, as Kestrel hands it over.
var events = int.TryParse(Environment.GetEnvironmentVariable("EVENTS"), CultureInfo.InvariantCulture, out var n) ? n : 200_000;
var cloudEvent = CloudEventJson.Write(new OutboxMessage
{
    EventId = Guid.CreateVersion7(),
    Topic = "ledningssystem.events.v1.IncidentReported",
    Type = "ledningssystem.events.v1.IncidentReported",
    AggregateId = "7f0c1a52-2f4e-4c7e-9d3b-1c2e7b1f5a10",
    TenantId = "aldrenamnden",
    Payload = """{"incidentId":"7f0c1a52-2f4e-4c7e-9d3b-1c2e7b1f5a10","tenantId":"aldrenamnden","unitId":"aldrenamnden.hemtjanst","kind":"INCIDENT_KIND_DEVIATION","occurredAt":"2026-12-07T05:00:00Z","reportedAt":"2026-12-07T05:05:00Z"}""",
    OccurredAt = DateTimeOffset.UtcNow,
}, "incidents", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
var services = new ServiceCollection().AddLogging().BuildServiceProvider();

Console.WriteLine($"{events:N0} events per variant, {cloudEvent.Length} bytes each, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine("variant                                         bytes/event   µs/event   handler gets id, tenant, traceparent");
var received = new Received();
await MeasureAsync("platform (EventSubscriptionEndpoints' reading)", Pipeline(app => app.Run(async http =>
{
    using var json = await JsonDocument.ParseAsync(http.Request.Body);
    if (CloudEventJson.TryRead(json.RootElement, out var read, out _))
    {
        received.Record(read.Id, read.TenantId, read.TraceParent, read.Data);
    }
})));
foreach (var forward in new[] { false, true })
{
    var options = new CloudEventsMiddlewareOptions { ForwardCloudEventPropertiesAsHeaders = forward };
    await MeasureAsync($"Dapr UseCloudEvents (attributes as headers: {(forward ? "on" : "off")})", Pipeline(app =>
    {
        app.UseCloudEvents(options);
        app.Run(async http =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var data = await reader.ReadToEndAsync();
            received.Record(Header(http, "id"), Header(http, "tenantid"), Header(http, "traceparent"), data);
        });
    }));
}

Console.WriteLine();
Console.WriteLine("Assemblies Dapr.AspNetCore brings (beside the platform's own):");
foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "Dapr*.dll").Order(StringComparer.Ordinal))
{
    Console.WriteLine($"  {Path.GetFileName(file),-40} {new FileInfo(file).Length / 1024.0,8:0.0} KiB");
}
return;

RequestDelegate Pipeline(Action<ApplicationBuilder> configure)
{
    var app = new ApplicationBuilder(services);
    configure(app);
    return app.Build();
}

async Task MeasureAsync(string variant, RequestDelegate pipeline)
{
    for (var i = 0; i < events / 10; i++)
    {
        await pipeline(Request());
    }
    received.Reset();
    GC.Collect();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < events; i++)
    {
        await pipeline(Request());
    }
    clock.Stop();
    var perEvent = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)events;
    Console.WriteLine($"{variant,-48}{perEvent,11:N0}   {clock.Elapsed.TotalMicroseconds / events,8:0.00}   {received.Describe()}");
}

HttpContext Request()
{
    var http = new DefaultHttpContext();
    http.Request.Method = "POST";
    http.Request.ContentType = CloudEventJson.MediaType;
    http.Request.Body = new MemoryStream(cloudEvent, writable: false);
    return http;
}

static string? Header(HttpContext http, string attribute) =>
    http.Request.Headers.TryGetValue("Cloudevent." + attribute, out var value) ? value.ToString() : null;

/// <summary>What the handler was handed, last time: enough to see which attributes arrive.</summary>
internal sealed class Received
{
    private string? id;
    private string? tenant;
    private string? traceParent;
    private int dataLength;

    public void Record(string? eventId, string? tenantId, string? parent, string data) =>
        (id, tenant, traceParent, dataLength) = (eventId, tenantId, parent, data.Length);

    public void Reset() => (id, tenant, traceParent, dataLength) = (null, null, null, 0);

    public string Describe() => $"{Yes(id)}, {Yes(tenant)}, {Yes(traceParent)} (data {dataLength} chars)";

    private static string Yes(string? value) => value is null ? "no" : "yes";
}
