using System.Collections.Concurrent;
using Ledningssystem.Platform.Hosting.Tests.Sample;
using Ledningssystem.Platform.Hosting.Tests.Sample.V1;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.Platform.Hosting.Tests;

/// <summary>With OTEL_EXPORTER_OTLP_ENDPOINT set, traces and logs leave the service over OTLP.</summary>
[Trait("Category", "Database")]
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Traces_and_logs_are_exported_to_the_configured_collector()
    {
        var received = new ConcurrentDictionary<string, int>();
        var collectorPort = FreePorts.Take(1)[0];
        var collectorBuilder = WebApplication.CreateSlimBuilder();
        collectorBuilder.Logging.ClearProviders();
        collectorBuilder.WebHost.UseUrls($"http://127.0.0.1:{collectorPort}");
        await using var collector = collectorBuilder.Build();
        collector.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            received.AddOrUpdate(signal, 1, (_, n) => n + 1);
            return Results.Ok();
        });
        await collector.StartAsync();
        await using var issuer = await DevTokenIssuerProcess.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        await using var service = await SampleService.StartAsync(database, issuer, new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{collectorPort}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "100",
            // ServiceSettings lets only warnings through; a call logs at Information.
            ["Logging:LogLevel:Default"] = "Information",
        });
        using var channel = service.Channel(await issuer.PasswordTokenAsync("erik.eriksson"));

        await new NotesService.NotesServiceClient(channel).CreateNoteAsync(new CreateNoteRequest { Text = "exporteras" });

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(received.ContainsKey("traces") && received.ContainsKey("logs")) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.True(received.ContainsKey("traces"), "no traces reached the collector: " + string.Join(", ", received.Keys));
        Assert.True(received.ContainsKey("logs"), "no logs reached the collector: " + string.Join(", ", received.Keys));
    }
}
