using System.Linq.Expressions;
using Ledningssystem.Incidents.Data;
using Ledningssystem.Incidents.Domain;
using Ledningssystem.Incidents.Events;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.ServiceDefaults.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Incidents.Jobs;

/// <summary>Raises DeadlineNear (the tenant's warning_hours before) and DeadlinePassed once per deadline of every open incident.</summary>
public sealed class IncidentDeadlineMonitor(
    IServiceScopeFactory scopes,
    DatabaseReadiness database,
    WorkflowClock clock,
    IOptions<IncidentsOptions> options,
    ILogger<IncidentDeadlineMonitor> logger) : DeadlineMonitor<IncidentsDb, Incident>(scopes, database, clock, logger)
{
    protected override TimeSpan Interval => options.Value.DeadlineScanInterval;

    protected override Expression<Func<Incident, DateTimeOffset?>> Soonest => i => i.WarnAt;

    protected override Expression<Func<Incident, bool>> HasDue(DateTimeOffset now) =>
        i => (i.DueAt <= now && i.PassedAnnouncedFor != i.DueAt)
            || (i.WarnAt <= now && i.NearAnnouncedFor != i.DueAt && i.PassedAnnouncedFor != i.DueAt);

    protected override IQueryable<Incident> Loading(IQueryable<Incident> entities) => entities.AsSplitQuery();

    protected override bool Announce(Incident incident, IEventPublisher publisher, DateTimeOffset now)
    {
        if (incident is not { DeadlineStage: { } stage, DueAt: { } dueAt })
        {
            return false;
        }
        if (dueAt <= now && incident.PassedAnnouncedFor != dueAt)
        {
            incident.AnnouncePassed();
            publisher.Publish(IncidentEvents.DeadlinePassed(incident, stage, dueAt), incident.Id);
            return true;
        }
        if (incident.WarnAt <= now && incident.NearAnnouncedFor != dueAt && incident.PassedAnnouncedFor != dueAt)
        {
            incident.AnnounceNear();
            publisher.Publish(IncidentEvents.DeadlineNear(incident, stage, dueAt), incident.Id);
            return true;
        }
        return false;
    }
}
