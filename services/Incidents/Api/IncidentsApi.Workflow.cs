using Grpc.Core;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Incidents.Events;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Api;

/// <summary>The workflow: report, triage, investigation, actions, follow-up, closing and reopening.</summary>
public sealed partial class IncidentsApi
{
    public override async Task<ReportIncidentResponse> ReportIncident(ReportIncidentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireAsync(Domain.IncidentPermissions.Report, request.UnitId, ct);
        var origin = request.Origin is { } o ? new Domain.IncidentOrigin(o.Service, o.Id) : null;
        var requestId = NullIfEmpty(request.RequestId);
        if (await EarlierReportAsync(origin, requestId, request.UnitId, ct) is { } earlier)
        {
            return new ReportIncidentResponse { Incident = earlier.ToProto(clock.Now, asReporter: true) };
        }
        var now = clock.Now;
        var incident = Domain.Incident.Report(
            Guid.CreateVersion7().ToString(),
            incidents.Caller.TenantId,
            new Domain.ReportContent(
                request.UnitId,
                request.WhatHappened,
                request.OccurredAt.ToInstant(),
                request.ImmediateActions,
                NullIfEmpty(request.InvolvedPersonReference),
                NullIfEmpty(request.RoutineDocumentId),
                [.. request.AttachmentReferences],
                request.Anonymous,
                origin,
                requestId),
            incidents.Actor,
            now);
        incident.Schedule(await LevelsAsync(ct));
        db.Incidents.Add(incident);
        Publish(incident, IncidentEvents.Reported(incident));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (origin is not null || requestId is not null)
        {
            // A concurrent retry of the same report (same origin or request id) committed first: answer with its incident.
            db.ChangeTracker.Clear();
            incident = await EarlierReportAsync(origin, requestId, request.UnitId, ct) ?? throw new InvalidOperationException("A unique index refused a report it cannot find.");
        }
        return new ReportIncidentResponse { Incident = incident.ToProto(now, asReporter: true) };
    }

    /// <summary>The incident this report was already made as: raised from the same origin, or reported by the caller with the same request id.</summary>
    private async Task<Domain.Incident?> EarlierReportAsync(Domain.IncidentOrigin? origin, string? requestId, string unitId, CancellationToken ct)
    {
        if (origin is not null && await RaisedFromAsync(origin, unitId, ct) is { } raised)
        {
            return raised;
        }
        var reporter = incidents.Caller.UserId;
        return requestId is null ? null : await db.Incidents.SingleOrDefaultAsync(i => i.ReporterId == reporter && i.RequestId == requestId, ct);
    }

    /// <summary>The incident already raised from <paramref name="origin"/>; one raised for another unit is refused.</summary>
    private async Task<Domain.Incident?> RaisedFromAsync(Domain.IncidentOrigin origin, string unitId, CancellationToken ct)
    {
        var raised = await db.Incidents.SingleOrDefaultAsync(i => i.OriginService == origin.Service && i.OriginId == origin.Id, ct);
        return raised is null || raised.UnitId == unitId ? raised : throw new Domain.IncidentRuleException(
            "ORIGIN_ALREADY_REPORTED", "Ärendet har redan gett upphov till en avvikelse för en annan enhet.", raised.State);
    }

    public override async Task<TriageIncidentResponse> TriageIncident(TriageIncidentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var incident = await incidents.HandleAsync(request.IncidentId, ct);
        var kind = request.Kind.ToDomain();
        await incidents.RequireMayTriageAsAsync(incident, kind, ct);
        var now = clock.Now;
        var outcome = incident.Triage(
            kind,
            request.Subtype.ToDomain(),
            request.Severity.ToDomain(),
            request.LegalReferences.Select(r => new Domain.LegalReference(r.Code, r.Title, r.Url)),
            incidents.Actor,
            now);
        Publish(incident, IncidentEvents.Triaged(incident, now));
        await PublishOutcomeAsync(incident, outcome, now, ct);
        return new TriageIncidentResponse { Incident = await SaveAsync(incident, ct) };
    }

    public override async Task<StartInvestigationResponse> StartInvestigation(StartInvestigationRequest request, ServerCallContext context)
    {
        var incident = await incidents.HandleAsync(request.IncidentId, context.CancellationToken);
        incident.StartInvestigation(incidents.Actor, clock.Now);
        return new StartInvestigationResponse { Incident = await SaveAsync(incident, context.CancellationToken) };
    }

    public override async Task<CompleteInvestigationResponse> CompleteInvestigation(CompleteInvestigationRequest request, ServerCallContext context)
    {
        var incident = await incidents.HandleAsync(request.IncidentId, context.CancellationToken);
        var now = clock.Now;
        incident.CompleteInvestigation(request.WhatHappened, request.Why, request.RootCauses.Select(c => c.ToDomain()), request.Prevention, incidents.Actor, now);
        Publish(incident, IncidentEvents.InvestigationCompleted(incident, now));
        return new CompleteInvestigationResponse { Incident = await SaveAsync(incident, context.CancellationToken) };
    }

    public override async Task<DecideActionsResponse> DecideActions(DecideActionsRequest request, ServerCallContext context)
    {
        var incident = await incidents.HandleAsync(request.IncidentId, context.CancellationToken);
        var decided = incident.DecideActions(
            request.Actions.Select(a => (a.Description, a.ResponsibleUserId, a.DueAt.ToInstant())), incidents.Actor, clock.Now);
        foreach (var action in decided)
        {
            Publish(incident, IncidentEvents.ActionDecided(incident, action));
        }
        return new DecideActionsResponse { Incident = await SaveAsync(incident, context.CancellationToken) };
    }

    public override async Task<CompleteActionResponse> CompleteAction(CompleteActionRequest request, ServerCallContext context)
    {
        var incident = await incidents.HandleAsync(request.IncidentId, context.CancellationToken);
        var now = clock.Now;
        if (!incident.CompleteAction(request.ActionId, incidents.Actor, now))
        {
            throw RpcErrors.NotFound($"Åtgärden {request.ActionId} finns inte.");
        }
        Publish(incident, IncidentEvents.ActionCompleted(incident, request.ActionId, now));
        return new CompleteActionResponse { Incident = await SaveAsync(incident, context.CancellationToken) };
    }

    public override async Task<FollowUpIncidentResponse> FollowUpIncident(FollowUpIncidentRequest request, ServerCallContext context)
    {
        var incident = await incidents.HandleAsync(request.IncidentId, context.CancellationToken);
        incident.FollowUp(request.Effect, incidents.Actor, clock.Now);
        return new FollowUpIncidentResponse { Incident = await SaveAsync(incident, context.CancellationToken) };
    }

    public override async Task<CloseIncidentResponse> CloseIncident(CloseIncidentRequest request, ServerCallContext context)
    {
        var incident = await incidents.HandleAsync(request.IncidentId, context.CancellationToken);
        var now = clock.Now;
        incident.Close(request.Outcome, incidents.Actor, now);
        Publish(incident, IncidentEvents.Closed(incident, now));
        return new CloseIncidentResponse { Incident = await SaveAsync(incident, context.CancellationToken) };
    }

    public override async Task<ReopenIncidentResponse> ReopenIncident(ReopenIncidentRequest request, ServerCallContext context)
    {
        var incident = await incidents.HandleAsync(request.IncidentId, context.CancellationToken);
        var now = clock.Now;
        incident.Reopen(request.Reason, incidents.Actor, now);
        Publish(incident, IncidentEvents.Reopened(incident, now));
        return new ReopenIncidentResponse { Incident = await SaveAsync(incident, context.CancellationToken) };
    }
}
