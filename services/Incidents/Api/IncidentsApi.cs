using Google.Protobuf;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Incidents.Data;
using Ledningssystem.Incidents.Events;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.Incidents.Api;

/// <summary>
/// The incident service over gRPC: each step loads the incident, lets the domain decide, publishes and saves once.
/// The workflow, the notifications, the service levels and the queries are in the files named after them.
/// </summary>
public sealed partial class IncidentsApi(
    IncidentsDb db,
    IncidentAccess incidents,
    IAccessControl access,
    IOrganizationDirectory organization,
    IEventPublisher publisher,
    ProviderNotices notices,
    IAuditTrail audit,
    ServiceLevelCache serviceLevels,
    WorkflowClock clock) : IncidentService.IncidentServiceBase
{
    private void Publish(Domain.Incident incident, IMessage message) => publisher.Publish(message, incident.Id);

    /// <summary>Publishes what the domain said the step means beyond the incident: an escalation, a notice to the contracting nämnder.</summary>
    private async Task PublishOutcomeAsync(Domain.Incident incident, Domain.StepOutcome outcome, DateTimeOffset now, CancellationToken ct)
    {
        if (outcome.Escalated)
        {
            Publish(incident, IncidentEvents.Escalated(incident, now));
        }
        if (outcome.ProviderNotice is { } notice)
        {
            await notices.AnnounceAsync(incident, notice, now, ct);
        }
    }

    private async Task<Incident> SaveAsync(Domain.Incident incident, CancellationToken ct)
    {
        incident.Schedule(await LevelsAsync(ct));
        await db.SaveChangesAsync(ct);
        return incident.ToProto(clock.Now, asReporter: false);
    }

    private ValueTask<Domain.ServiceLevelSettings> LevelsAsync(CancellationToken ct) => serviceLevels.GetAsync(db, incidents.Caller.TenantId, ct);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
