using System.Linq.Expressions;
using Ledningssystem.Complaints.Data;
using Ledningssystem.Complaints.Domain;
using Ledningssystem.Complaints.Events;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.ServiceDefaults.Jobs;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Complaints.Jobs;

/// <summary>Raises ComplaintDeadlinePassed once per deadline (the acknowledgement, then the answer) of every open complaint.</summary>
public sealed class ComplaintDeadlineMonitor(
    IServiceScopeFactory scopes,
    DatabaseReadiness database,
    WorkflowClock clock,
    IOptions<ComplaintsOptions> options,
    ILogger<ComplaintDeadlineMonitor> logger) : DeadlineMonitor<ComplaintsDb, Complaint>(scopes, database, clock, logger)
{
    protected override TimeSpan Interval => options.Value.DeadlineScanInterval;

    protected override Expression<Func<Complaint, DateTimeOffset?>> Soonest => c => c.DueAt;

    protected override Expression<Func<Complaint, bool>> HasDue(DateTimeOffset now) => c => c.DueAt <= now && c.PassedAnnouncedFor != c.DueAt;

    protected override bool Announce(Complaint complaint, IEventPublisher publisher, DateTimeOffset now)
    {
        if (complaint is not { DeadlineStage: { } stage, DueAt: { } dueAt } || !complaint.PassedUnannounced(now))
        {
            return false;
        }
        complaint.AnnouncePassed();
        publisher.Publish(ComplaintEvents.DeadlinePassed(complaint, stage, dueAt), complaint.Id);
        return true;
    }
}
