using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Grpc.Health.V1;
using Ledningssystem.Contracts.Audit.V1;
using Ledningssystem.Platform.Hosting.Tests.Sample;
using Ledningssystem.Platform.Hosting.Tests.Sample.V1;
using Ledningssystem.Platform.TestModel;

namespace Ledningssystem.Platform.Hosting.Tests;

/// <summary>What one AddServiceDefaults/MapServiceDefaults call gives a service, seen from its callers.</summary>
[Collection(PlatformGroup.Name)]
[Trait("Category", "Database")]
public sealed class ServiceDefaultsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Health_is_anonymous_and_every_api_call_needs_a_token()
    {
        using var anonymous = platform.Service.Channel();

        var health = await new Health.HealthClient(anonymous).CheckAsync(new HealthCheckRequest());
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            new NotesService.NotesServiceClient(anonymous).CreateNoteAsync(new CreateNoteRequest { Text = "x" }).ResponseAsync);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Fact]
    public async Task One_trace_spans_the_call_its_outbox_relay_and_the_subscribers_handling()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var channel = platform.Service.Channel(await platform.TokenAsync("erik.eriksson"));
        using var callerSource = new ActivitySource("Ledningssystem.Tests.Caller");
        using var callerSpan = callerSource.StartActivity("report a fall")!;
        var traceId = callerSpan.TraceId;

        var created = await new NotesService.NotesServiceClient(channel).CreateNoteAsync(new CreateNoteRequest { Text = "Fall i badrummet" });

        var handledIn = await WaitForAsync(() => platform.Service.Received().Traces.TryGetValue(created.NoteId, out var t) ? t : (ActivityTraceId?)null);
        Assert.Equal(traceId, handledIn);
        var sources = spans.Where(s => s.TraceId == traceId).Select(s => s.Source.Name).Distinct().ToList();
        Assert.Contains("Ledningssystem.Rpc", sources);
        Assert.Contains("Ledningssystem.Events", sources);
        Assert.Contains("Microsoft.AspNetCore", sources);
        Assert.Contains("System.Net.Http", sources);
        Assert.Contains(sources, s => s.Contains("EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_trail_is_served_to_the_tenant_admin_and_refused_to_staff()
    {
        var staffToken = await platform.TokenAsync("hanna.holm");
        using var staff = platform.Service.Channel(staffToken);
        var notes = new NotesService.NotesServiceClient(staff);
        var created = await notes.CreateNoteAsync(new CreateNoteRequest { Text = "Läkemedel gavs för sent", PersonReference = "p-17" });
        await notes.GetNoteAsync(new GetNoteRequest { NoteId = created.NoteId });
        using var admin = platform.Service.Channel(await platform.TokenAsync("tove.thorsson"));

        var denied = await Assert.ThrowsAsync<RpcException>(() =>
            new AuditService.AuditServiceClient(staff).ListAuditEntriesAsync(new ListAuditEntriesRequest()).ResponseAsync);
        var trail = await new AuditService.AuditServiceClient(admin).ListAuditEntriesAsync(
            new ListAuditEntriesRequest { EntityType = nameof(CaseNote), EntityId = created.NoteId });

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal([AuditAction.Read, AuditAction.Create], trail.Entries.Select(e => e.Action));
        Assert.All(trail.Entries, e => Assert.Equal("d99e5ebe-dd6f-4194-9906-2cb3bbc3fa79", e.UserId));
    }

    [Fact]
    public async Task Another_tenants_audit_trail_and_notes_stay_invisible()
    {
        using var aldre = platform.Service.Channel(await platform.TokenAsync("erik.eriksson"));
        var created = await new NotesService.NotesServiceClient(aldre).CreateNoteAsync(new CreateNoteRequest { Text = "Äldrenämndens anteckning" });
        using var omsorg = platform.Service.Channel(await platform.TokenAsync("tove.thorsson"));

        var notFound = await Assert.ThrowsAsync<RpcException>(() =>
            new NotesService.NotesServiceClient(omsorg).GetNoteAsync(new GetNoteRequest { NoteId = created.NoteId }).ResponseAsync);
        var trail = await new AuditService.AuditServiceClient(omsorg).ListAuditEntriesAsync(
            new ListAuditEntriesRequest { EntityType = nameof(CaseNote), EntityId = created.NoteId });

        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.Empty(trail.Entries);
    }

    [Fact]
    public async Task Audit_list_pages_with_tokens()
    {
        using var staff = platform.Service.Channel(await platform.TokenAsync("hanna.holm"));
        var notes = new NotesService.NotesServiceClient(staff);
        var created = await notes.CreateNoteAsync(new CreateNoteRequest { Text = "Sidning" });
        for (var i = 0; i < 4; i++)
        {
            await notes.GetNoteAsync(new GetNoteRequest { NoteId = created.NoteId });
        }
        var audit = new AuditService.AuditServiceClient(platform.Service.Channel(await platform.TokenAsync("tove.thorsson")));
        var request = new ListAuditEntriesRequest { EntityType = nameof(CaseNote), EntityId = created.NoteId, PageSize = 2 };

        var first = await audit.ListAuditEntriesAsync(request);
        var second = await audit.ListAuditEntriesAsync(new ListAuditEntriesRequest(request) { PageToken = first.NextPageToken });
        var third = await audit.ListAuditEntriesAsync(new ListAuditEntriesRequest(request) { PageToken = second.NextPageToken });
        var badToken = await Assert.ThrowsAsync<RpcException>(() =>
            audit.ListAuditEntriesAsync(new ListAuditEntriesRequest(request) { PageToken = "inte-en-markör" }).ResponseAsync);

        Assert.Equal([2, 2, 1], new[] { first.Entries.Count, second.Entries.Count, third.Entries.Count });
        Assert.Equal("", third.NextPageToken);
        Assert.Equal(5, first.Entries.Concat(second.Entries).Concat(third.Entries).Select(e => e.Id).Distinct().Count());
        Assert.Equal(StatusCode.InvalidArgument, badToken.StatusCode);
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe)
        where T : struct
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (probe() is { } value)
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, "the event was not handled in time");
            await Task.Delay(50);
        }
    }
}
