using System.Linq.Expressions;
using Ledningssystem.SelfInspection.Data;
using Ledningssystem.SelfInspection.Domain;
using Ledningssystem.SelfInspection.Events;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.ServiceDefaults.Jobs;
using Microsoft.Extensions.Options;

namespace Ledningssystem.SelfInspection.Jobs;

/// <summary>Raises InspectionOverdue once for every occurrence not carried out by the end of its due day.</summary>
public sealed class OccurrenceOverdueMonitor(
    IServiceScopeFactory scopes,
    DatabaseReadiness database,
    WorkflowClock clock,
    IOptions<SelfInspectionOptions> options,
    ILogger<OccurrenceOverdueMonitor> logger) : DeadlineMonitor<SelfInspectionDb, Occurrence>(scopes, database, clock, logger)
{
    protected override TimeSpan Interval => options.Value.OverdueScanInterval;

    protected override Expression<Func<Occurrence, DateTimeOffset?>> Soonest => o => o.DueAt;

    protected override Expression<Func<Occurrence, bool>> HasDue(DateTimeOffset now) =>
        o => o.State == OccurrenceState.Planned && o.DueAt <= now && !o.OverdueAnnounced;

    protected override bool Announce(Occurrence occurrence, IEventPublisher publisher, DateTimeOffset now)
    {
        if (!occurrence.OverdueUnannounced(now))
        {
            return false;
        }
        occurrence.AnnounceOverdue();
        publisher.Publish(SelfInspectionEvents.Overdue(occurrence), occurrence.Id);
        return true;
    }
}

/// <summary>Raises InspectionOverdue once for every finding's action not completed by the end of its due day.</summary>
public sealed class ActionOverdueMonitor(
    IServiceScopeFactory scopes,
    DatabaseReadiness database,
    WorkflowClock clock,
    IOptions<SelfInspectionOptions> options,
    ILogger<ActionOverdueMonitor> logger) : DeadlineMonitor<SelfInspectionDb, Finding>(scopes, database, clock, logger)
{
    protected override TimeSpan Interval => options.Value.OverdueScanInterval;

    protected override Expression<Func<Finding, DateTimeOffset?>> Soonest => f => f.ActionDueAt;

    protected override Expression<Func<Finding, bool>> HasDue(DateTimeOffset now) => f => f.ActionDueAt <= now && !f.OverdueAnnounced;

    protected override bool Announce(Finding finding, IEventPublisher publisher, DateTimeOffset now)
    {
        if (!finding.OverdueUnannounced(now))
        {
            return false;
        }
        finding.AnnounceOverdue();
        publisher.Publish(SelfInspectionEvents.Overdue(finding), finding.Id);
        return true;
    }
}
