using Google.Protobuf;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.QualityCouncil.Data;
using Ledningssystem.Reporting.Domain;
using Ledningssystem.Reporting.QualityCouncil.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.QualityCouncil.Events;

/// <summary>
/// Merges what the events tell (<see cref="FollowUpFacts"/>) into the kvalitetsråd's read models and adds the
/// difference of each record's cells to the counter deltas, in the statistics projection's transaction: the same
/// path for a delivered event and a rebuild, so that both end in the same records and counts.
/// </summary>
public sealed class FollowUpProjection(ReportingDb db)
{
    // As the statistics projection: ids are looked up in chunks well below the databases' parameter limits.
    private const int LookupChunk = 500;

    public async Task ApplyAsync(IReadOnlyList<IMessage> events, Dictionary<CounterKey, CounterDelta> deltas, CancellationToken cancellationToken)
    {
        var facts = events.SelectMany(FollowUpFacts.From).ToList();
        await MergeAsync(facts.OfType<ExecutionFact>(), f => f.ExecutionId, f => new InspectionExecution(f.ExecutionId), db.InspectionExecutions, deltas, cancellationToken);
        await MergeAsync(facts.OfType<OccurrenceFact>(), f => f.OccurrenceId, f => new OccurrenceRecord(f.OccurrenceId), db.Occurrences, deltas, cancellationToken);
        await MergeAsync(facts.OfType<FindingFact>(), f => f.FindingId, f => new FindingRecord(f.FindingId), db.Findings, deltas, cancellationToken);
        await MergeAsync(facts.OfType<RiskFact>(), f => f.RiskId, f => new RiskRecord(f.RiskId), db.Risks, deltas, cancellationToken);
        await MergeAsync(facts.OfType<BalanceFact>(), f => f.Key, f => new BalanceItem(f), db.BalanceItems, deltas, cancellationToken);
        await MergeAsync(facts.OfType<EscalationFact>(), f => f.Key, f => new Escalation(f), db.Escalations, deltas, cancellationToken);
        await MergeAsync(facts.OfType<ControlPlanFact>(), f => f.AssessmentId, f => new ControlPlan(f.AssessmentId), db.ControlPlans, deltas, cancellationToken);
    }

    /// <summary>Deletes the current tenant's records, for a rebuild in the caller's transaction.</summary>
    public async Task ForgetAsync(CancellationToken cancellationToken)
    {
        await db.InspectionExecutions.ExecuteDeleteAsync(cancellationToken);
        await db.Occurrences.ExecuteDeleteAsync(cancellationToken);
        await db.Findings.ExecuteDeleteAsync(cancellationToken);
        await db.Risks.ExecuteDeleteAsync(cancellationToken);
        await db.BalanceItems.ExecuteDeleteAsync(cancellationToken);
        await db.Escalations.ExecuteDeleteAsync(cancellationToken);
        await db.ControlPlans.ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task MergeAsync<TRecord, TFact>(
        IEnumerable<TFact> facts,
        Func<TFact, string> keyOf,
        Func<TFact, TRecord> create,
        DbSet<TRecord> set,
        Dictionary<CounterKey, CounterDelta> deltas,
        CancellationToken cancellationToken)
        where TRecord : class, IMergedRecord<TFact>
    {
        var list = facts.ToList();
        var records = new Dictionary<string, TRecord>(StringComparer.Ordinal);
        foreach (var chunk in list.Select(keyOf).Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            foreach (var record in await set.Where(r => chunk.Contains(EF.Property<string>(r, nameof(ITenantKeyed.Key)))).ToListAsync(cancellationToken))
            {
                records[record.Key] = record;
            }
        }
        foreach (var fact in list)
        {
            if (!records.TryGetValue(keyOf(fact), out var record))
            {
                record = set.Add(create(fact)).Entity;
                records.Add(record.Key, record);
            }
            var before = record.Cells();
            if (!record.Apply(fact))
            {
                continue;
            }
            set.Entry(record).Property<int>(FollowUpRecordConfigurations.VersionProperty).CurrentValue++;
            foreach (var cell in before)
            {
                CounterDelta.Move(deltas, cell.Key, new CounterDelta(-1, -cell.ScoreHundredths));
            }
            foreach (var cell in record.Cells())
            {
                CounterDelta.Move(deltas, cell.Key, new CounterDelta(1, cell.ScoreHundredths));
            }
        }
    }
}
