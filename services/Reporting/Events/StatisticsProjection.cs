using Google.Protobuf;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Reporting.Data;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Events;

/// <summary>An event as it reached the read model: its CloudEvent id and its payload.</summary>
public sealed record IncomingEvent(string EventId, IMessage Message);

/// <summary>
/// The read model's one ingestion path, for a delivered event, a batch of them and a rebuild alike: keep each event
/// not seen before in the event store, merge what it tells into its case's record, and move the counters from the
/// case's old cells to its new ones (in each verksamhetsform of its unit too, <see cref="VerksamhetsformCells"/>). Runs in
/// the caller's transaction and the current tenant. The event store, the case records and the counters are written
/// with <see cref="RowWriter{TEntity}"/>, a batch's rows in few statements, not through EF Core's change tracking.
/// </summary>
public sealed class StatisticsProjection(
    ReportingDb db, ITenantContext tenant, TimeProvider clock, VerksamhetsformCells verksamhetsformer, QualityCouncil.Events.FollowUpProjection followUp)
{
    // SQLite allows 32766 parameters per statement, PostgreSQL 65535; ids are looked up in chunks well below.
    private const int LookupChunk = 500;

    /// <summary>Keeps the events not already stored and applies them.</summary>
    public async Task IngestAsync(IReadOnlyList<IncomingEvent> events, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.EventId).Distinct(StringComparer.Ordinal).ToList();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(LookupChunk))
        {
            known.UnionWith(await db.ReceivedEvents.AsNoTracking().Where(e => chunk.Contains(e.EventId)).Select(e => e.EventId).ToListAsync(cancellationToken));
        }
        var fresh = events.Where(e => known.Add(e.EventId)).ToList();
        var now = clock.GetUtcNow();
        await new RowWriter<Domain.ReceivedEvent>(db, [nameof(Domain.ReceivedEvent.TenantId), nameof(Domain.ReceivedEvent.EventId), nameof(Domain.ReceivedEvent.Type), nameof(Domain.ReceivedEvent.Payload), nameof(Domain.ReceivedEvent.ReceivedAt)])
            .WriteAsync(
                fresh.Select(e => new object?[]
                {
                    TenantId, e.EventId, e.Message.Descriptor.FullName, JsonFormatter.Default.Format(QualityCouncil.Events.FollowUpFacts.Storable(e.Message)), now,
                }),
                cancellationToken);
        await ApplyAsync([.. fresh.Select(e => e.Message)], cancellationToken);
    }

    /// <summary>Merges the events into their cases and moves the counters; applying an event twice changes nothing.</summary>
    public async Task ApplyAsync(IReadOnlyList<IMessage> events, CancellationToken cancellationToken)
    {
        var facts = events.Select(EventFacts.From).OfType<Domain.CaseFact>().ToList();
        var records = await LoadAsync(facts, cancellationToken);
        var units = events.OfType<UnitCreated>().ToList();
        var forms = await verksamhetsformer.LoadAsync(
            [.. facts.Select(f => f.UnitId).Concat(records.Values.Select(r => r.UnitId)).OfType<string>(), .. units.Select(u => u.UnitId)], cancellationToken);
        var deltas = new Dictionary<Domain.CounterKey, Domain.CounterDelta>();
        var changed = new HashSet<Domain.CaseRecord>(ReferenceEqualityComparer.Instance);
        await verksamhetsformer.AddAsync(units, forms, deltas, cancellationToken);
        foreach (var fact in facts)
        {
            if (!records.TryGetValue((fact.Type, fact.CaseId), out var record))
            {
                record = new Domain.CaseRecord(fact.Type, fact.CaseId);
                records.Add((fact.Type, fact.CaseId), record);
            }
            var before = record.Cells();
            if (!record.Apply(fact))
            {
                continue;
            }
            changed.Add(record);
            VerksamhetsformCells.Move(deltas, before, -1, forms);
            VerksamhetsformCells.Move(deltas, record.Cells(), +1, forms);
        }
        await followUp.ApplyAsync(events, deltas, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.SaveAsync(TenantId, changed, cancellationToken);
        await db.AddAsync(TenantId, deltas, cancellationToken);
    }

    private string TenantId => tenant.TenantId ?? throw new TenantIsolationException("No tenant applies; the statistics cannot change.");

    private async Task<Dictionary<(Domain.CaseType, string), Domain.CaseRecord>> LoadAsync(List<Domain.CaseFact> facts, CancellationToken cancellationToken)
    {
        var records = new Dictionary<(Domain.CaseType, string), Domain.CaseRecord>();
        foreach (var group in facts.GroupBy(f => f.Type))
        {
            var type = group.Key;
            foreach (var chunk in group.Select(f => f.CaseId).Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
            {
                foreach (var record in await db.Cases.AsNoTracking().Where(c => c.Type == type && chunk.Contains(c.CaseId)).ToListAsync(cancellationToken))
                {
                    records[(record.Type, record.CaseId)] = record;
                }
            }
        }
        return records;
    }
}
