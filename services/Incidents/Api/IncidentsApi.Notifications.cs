using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Incidents.Events;

namespace Ledningssystem.Incidents.Api;

/// <summary>The notification to IVO (lex Sarah, lex Maria) or IMY: the decision, the document, marking it sent, and informing the patient.</summary>
public sealed partial class IncidentsApi
{
    public override async Task<DecideNotificationResponse> DecideNotification(DecideNotificationRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var incident = await incidents.HandleAsync(request.IncidentId, ct);
        await incidents.RequireNotifierAsync(incident, ct);
        var now = clock.Now;
        var outcome = incident.DecideNotification(request.Notify, request.Grounds, incidents.Actor, now);
        await PublishOutcomeAsync(incident, outcome, now, ct);
        return new DecideNotificationResponse { Incident = await SaveAsync(incident, ct) };
    }

    public override async Task<GetNotificationDocumentResponse> GetNotificationDocument(GetNotificationDocumentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var incident = await incidents.HandleAsync(request.IncidentId, ct);
        await incidents.RequireNotifierAsync(incident, ct);
        var provider = await organization.TenantNameAsync(ct) ?? incident.TenantId;
        var unit = await organization.UnitNameAsync(incident.UnitId, ct) ?? incident.UnitId;
        var content = Domain.NotificationDocument.Render(incident, provider, unit);
        await audit.RecordExportAsync(IncidentAccess.AuditType, incident.Id, "anmälan till myndighet", ct);
        return new GetNotificationDocumentResponse
        {
            FileName = Domain.NotificationDocument.FileName(incident),
            MediaType = Domain.NotificationDocument.MediaType,
            Content = ByteString.CopyFrom(content),
        };
    }

    public override async Task<MarkNotificationSentResponse> MarkNotificationSent(MarkNotificationSentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var incident = await incidents.HandleAsync(request.IncidentId, ct);
        await incidents.RequireNotifierAsync(incident, ct);
        var now = clock.Now;
        var outcome = incident.MarkNotificationSent(NullIfEmpty(request.Reference), incidents.Actor, now);
        Publish(incident, IncidentEvents.NotificationSent(incident, now));
        await PublishOutcomeAsync(incident, outcome, now, ct);
        return new MarkNotificationSentResponse { Incident = await SaveAsync(incident, ct) };
    }

    public override async Task<RecordPatientInformedResponse> RecordPatientInformed(RecordPatientInformedRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var incident = await incidents.HandleAsync(request.IncidentId, ct);
        await incidents.RequireAsync(Domain.IncidentPermissions.DecideLexMaria, incident, ct);
        incident.RecordPatientInformed(request.Note, incidents.Actor, clock.Now);
        return new RecordPatientInformedResponse { Incident = await SaveAsync(incident, ct) };
    }
}
