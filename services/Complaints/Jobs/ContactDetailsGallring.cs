using System.Linq.Expressions;
using Ledningssystem.Complaints.Data;
using Ledningssystem.Complaints.Domain;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.ServiceDefaults.Jobs;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Complaints.Jobs;

/// <summary>
/// Removes the complainant's contact details once the tenant's gallring rule says (<see cref="Complaint.ContactDetailsKeptUntil"/>),
/// on the platform's deadline scan: the time is up is a deadline like any other. The removal is a change of personal
/// data, so the audit trail records it; no event is published.
/// </summary>
public sealed class ContactDetailsGallring(
    IServiceScopeFactory scopes,
    DatabaseReadiness database,
    WorkflowClock clock,
    IOptions<ComplaintsOptions> options,
    ILogger<ContactDetailsGallring> logger) : DeadlineMonitor<ComplaintsDb, Complaint>(scopes, database, clock, logger)
{
    protected override TimeSpan Interval => options.Value.GallringScanInterval;

    protected override Expression<Func<Complaint, DateTimeOffset?>> Soonest => c => c.ContactDetailsKeptUntil;

    protected override Expression<Func<Complaint, bool>> HasDue(DateTimeOffset now) => c => c.ContactDetailsKeptUntil <= now;

    protected override bool Announce(Complaint complaint, IEventPublisher publisher, DateTimeOffset now) => complaint.RemoveContactDetails(now);
}
