using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Incidents.Data;
using Ledningssystem.Incidents.Domain;
using Ledningssystem.Incidents.Events;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;
using DomainIncident = Ledningssystem.Incidents.Domain.Incident;
using DomainKind = Ledningssystem.Incidents.Domain.IncidentKind;
using DomainNoticeKind = Ledningssystem.Incidents.Domain.NoticeKind;
using DomainState = Ledningssystem.Incidents.Domain.IncidentState;
using DomainTrack = Ledningssystem.Incidents.Domain.Track;

namespace Ledningssystem.Incidents.Api;

/// <summary>The incident workflow over gRPC; each step loads the incident, lets the domain decide, publishes and saves once.</summary>
public sealed class IncidentsApi(
    IncidentsDb db,
    IncidentAccess incidents,
    IAccessControl access,
    IOrganizationDirectory organization,
    IEventPublisher publisher,
    ProviderNotices notices,
    IAuditTrail audit,
    WorkflowClock clock) : IncidentService.IncidentServiceBase
{
    public override async Task<ReportIncidentResponse> ReportIncident(ReportIncidentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireAsync(IncidentPermissions.Report, request.UnitId, ct);
        var now = clock.Now;
        var incident = DomainIncident.Report(
            Guid.CreateVersion7().ToString(),
            new ReportContent(
                request.UnitId,
                request.WhatHappened,
                request.OccurredAt.ToInstant(),
                request.ImmediateActions,
                NullIfEmpty(request.InvolvedPersonReference),
                NullIfEmpty(request.RoutineDocumentId),
                [.. request.AttachmentReferences],
                request.Anonymous),
            incidents.Actor,
            now);
        incident.Schedule(await LevelsAsync(ct));
        db.Incidents.Add(incident);
        publisher.Publish(
            new IncidentReported { TenantId = incidents.Caller.TenantId, IncidentId = incident.Id, UnitId = incident.UnitId, ReportedAt = now.ToProto(), Anonymous = incident.Anonymous },
            incident.Id);
        await db.SaveChangesAsync(ct);
        return new ReportIncidentResponse { Incident = incident.ToProto(now, asReporter: true) };
    }

    public override async Task<GetIncidentResponse> GetIncident(GetIncidentRequest request, ServerCallContext context)
    {
        var (incident, asReporter) = await incidents.ReadAsync(request.IncidentId, context.CancellationToken);
        return new GetIncidentResponse { Incident = incident.ToProto(clock.Now, asReporter) };
    }

    public override async Task<ListIncidentsResponse> ListIncidents(ListIncidentsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = clock.Now;
        var query = await incidents.VisibleAsync(ct);
        if (request.UnitId.Length > 0)
        {
            var subtree = await organization.SubtreeAsync(request.UnitId, ct) ?? throw RpcErrors.NotFound($"Enheten {request.UnitId} finns inte.");
            query = query.Where(i => subtree.Contains(i.UnitId));
        }
        if (request.Kind != Contracts.Incidents.V1.IncidentKind.Unspecified)
        {
            DomainKind? kind = request.Kind.ToDomain();
            query = query.Where(i => i.Kind == kind);
        }
        if (request.State != Contracts.Incidents.V1.IncidentState.Unspecified)
        {
            var state = request.State.ToDomain();
            query = query.Where(i => i.State == state);
        }
        if (request.ReportedFrom is { } from)
        {
            var instant = from.ToInstant();
            query = query.Where(i => i.ReportedAt >= instant);
        }
        if (request.ReportedTo is { } to)
        {
            var instant = to.ToInstant();
            query = query.Where(i => i.ReportedAt < instant);
        }
        if (request.OverdueOnly)
        {
            query = query.Where(i => i.DueAt != null && i.DueAt <= now);
        }
        if (request.OwnReportsOnly)
        {
            var me = incidents.Caller.UserId;
            query = query.Where(i => i.ReporterId == me);
        }
        var page = await query.PageAsync(request.PageSize, request.PageToken, ct);
        return new ListIncidentsResponse { Incidents = { page.Items.Select(i => i.ToSummary(now)) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<TriageIncidentResponse> TriageIncident(TriageIncidentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var incident = await incidents.HandleAsync(request.IncidentId, ct);
        var kind = request.Kind.ToDomain();
        await RequireMayTriageAsAsync(incident, kind, ct);
        var now = clock.Now;
        incident.Triage(
            kind,
            request.Subtype.ToDomain(),
            request.Severity.ToDomain(),
            request.LegalReferences.Select(r => new LegalReference(r.Code, r.Title, r.Url)),
            incidents.Actor,
            now);
        Publish(incident, new IncidentTriaged
        {
            TenantId = incident.TenantId,
            IncidentId = incident.Id,
            UnitId = incident.UnitId,
            Kind = incident.Kind.ToProto(),
            Subtype = incident.Subtype.ToProto(),
            Severity = incident.Severity.ToProto(),
            TriagedAt = now.ToProto(),
        });
        if (incident.Track == DomainTrack.LexSarah)
        {
            Publish(incident, Escalated(incident, now));
            await notices.AnnounceAsync(incident, DomainNoticeKind.LexSarahReported, now, ct);
        }
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
        Publish(incident, new InvestigationCompleted
        {
            TenantId = incident.TenantId,
            IncidentId = incident.Id,
            UnitId = incident.UnitId,
            RootCauses = { incident.RootCauses.Select(c => c.ToProto()) },
            CompletedAt = now.ToProto(),
        });
        return new CompleteInvestigationResponse { Incident = await SaveAsync(incident, context.CancellationToken) };
    }

    public override async Task<DecideActionsResponse> DecideActions(DecideActionsRequest request, ServerCallContext context)
    {
        var incident = await incidents.HandleAsync(request.IncidentId, context.CancellationToken);
        var decided = incident.DecideActions(
            request.Actions.Select(a => (a.Description, a.ResponsibleUserId, a.DueAt.ToInstant())), incidents.Actor, clock.Now);
        foreach (var action in decided)
        {
            Publish(incident, new ActionDecided { TenantId = incident.TenantId, IncidentId = incident.Id, ActionId = action.Id, DueAt = action.DueAt.ToProto() });
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
        Publish(incident, new ActionCompleted { TenantId = incident.TenantId, IncidentId = incident.Id, ActionId = request.ActionId, CompletedAt = now.ToProto() });
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
        Publish(incident, new IncidentClosed { TenantId = incident.TenantId, IncidentId = incident.Id, UnitId = incident.UnitId, Kind = incident.Kind.ToProto(), ClosedAt = now.ToProto() });
        return new CloseIncidentResponse { Incident = await SaveAsync(incident, context.CancellationToken) };
    }

    public override async Task<ReopenIncidentResponse> ReopenIncident(ReopenIncidentRequest request, ServerCallContext context)
    {
        var incident = await incidents.HandleAsync(request.IncidentId, context.CancellationToken);
        var now = clock.Now;
        incident.Reopen(request.Reason, incidents.Actor, now);
        Publish(incident, new IncidentReopened { TenantId = incident.TenantId, IncidentId = incident.Id, ReopenedAt = now.ToProto() });
        return new ReopenIncidentResponse { Incident = await SaveAsync(incident, context.CancellationToken) };
    }

    public override async Task<DecideNotificationResponse> DecideNotification(DecideNotificationRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var incident = await incidents.HandleAsync(request.IncidentId, ct);
        await RequireNotifierAsync(incident, ct);
        var now = clock.Now;
        if (incident.DecideNotification(request.Notify, request.Grounds, incidents.Actor, now))
        {
            Publish(incident, Escalated(incident, now));
        }
        return new DecideNotificationResponse { Incident = await SaveAsync(incident, ct) };
    }

    public override async Task<GetNotificationDocumentResponse> GetNotificationDocument(GetNotificationDocumentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var incident = await incidents.HandleAsync(request.IncidentId, ct);
        await RequireNotifierAsync(incident, ct);
        var provider = await organization.TenantNameAsync(ct) ?? incident.TenantId;
        var unit = await organization.UnitNameAsync(incident.UnitId, ct) ?? incident.UnitId;
        var content = NotificationDocument.Render(incident, provider, unit);
        await audit.RecordExportAsync(IncidentAccess.AuditType, incident.Id, "anmälan till myndighet", ct);
        return new GetNotificationDocumentResponse
        {
            FileName = NotificationDocument.FileName(incident),
            MediaType = NotificationDocument.MediaType,
            Content = ByteString.CopyFrom(content),
        };
    }

    public override async Task<MarkNotificationSentResponse> MarkNotificationSent(MarkNotificationSentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var incident = await incidents.HandleAsync(request.IncidentId, ct);
        await RequireNotifierAsync(incident, ct);
        var now = clock.Now;
        incident.MarkNotificationSent(NullIfEmpty(request.Reference), incidents.Actor, now);
        Publish(incident, new IvoNotificationSent { TenantId = incident.TenantId, IncidentId = incident.Id, Track = incident.Track.ToProto(), SentAt = now.ToProto() });
        if (incident.Track is DomainTrack.LexSarah or DomainTrack.LexMaria)
        {
            await notices.AnnounceAsync(incident, DomainNoticeKind.IvoNotified, now, ct);
        }
        return new MarkNotificationSentResponse { Incident = await SaveAsync(incident, ct) };
    }

    public override async Task<RecordPatientInformedResponse> RecordPatientInformed(RecordPatientInformedRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var incident = await incidents.HandleAsync(request.IncidentId, ct);
        await incidents.RequireAsync(IncidentPermissions.DecideLexMaria, incident, ct);
        incident.RecordPatientInformed(request.Note, incidents.Actor, clock.Now);
        return new RecordPatientInformedResponse { Incident = await SaveAsync(incident, ct) };
    }

    public override async Task<GetServiceLevelsResponse> GetServiceLevels(GetServiceLevelsRequest request, ServerCallContext context) =>
        new() { ServiceLevels = (await LevelsAsync(context.CancellationToken)).ToProto() };

    public override async Task<SetServiceLevelsResponse> SetServiceLevels(SetServiceLevelsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(IncidentPermissions.ConfigureServiceLevels, ct);
        var levels = await db.ServiceLevels.SingleOrDefaultAsync(ct);
        if (levels is null)
        {
            db.ServiceLevels.Add(levels = ServiceLevelSettings.Defaults(incidents.Caller.TenantId));
        }
        var wanted = request.ServiceLevels;
        levels.TriageWorkingDays = wanted.TriageWorkingDays;
        levels.InvestigationStartWorkingDays = wanted.InvestigationStartWorkingDays;
        levels.InvestigationWorkingDays = wanted.InvestigationWorkingDays;
        levels.NotificationWorkingDays = wanted.NotificationWorkingDays;
        levels.WarningHours = wanted.WarningHours;
        // Open incidents work towards the new levels at once.
        foreach (var open in await db.Incidents.AsSplitQuery().Where(i => i.State != DomainState.Closed).ToListAsync(ct))
        {
            open.Schedule(levels);
        }
        await db.SaveChangesAsync(ct);
        return new SetServiceLevelsResponse { ServiceLevels = levels.ToProto() };
    }

    public override async Task<ListProviderNoticesResponse> ListProviderNotices(ListProviderNoticesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(IncidentPermissions.ReadStatistics, ct);
        var page = await db.ProviderNotices.AsNoTracking().PageAsync(request.PageSize, request.PageToken, ct);
        return new ListProviderNoticesResponse
        {
            Notices =
            {
                page.Items.Select(n => new Contracts.Incidents.V1.ProviderNotice
                {
                    ProviderTenantId = n.ProviderTenantId,
                    IncidentId = n.IncidentId,
                    Kind = n.Kind.ToProto(),
                    Track = n.Track.ToProto(),
                    At = n.At.ToProto(),
                }),
            },
            NextPageToken = page.NextPageToken,
        };
    }

    public override async Task<GetStatisticsResponse> GetStatistics(GetStatisticsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await access.UnitsAllowedAsync(IncidentPermissions.ReadStatistics, ct);
        if (units.Count == 0)
        {
            throw RpcErrors.PermissionDenied();
        }
        var query = db.Incidents.AsNoTracking().Where(i => units.Contains(i.UnitId));
        if (request.ReportedFrom is { } from)
        {
            var instant = from.ToInstant();
            query = query.Where(i => i.ReportedAt >= instant);
        }
        if (request.ReportedTo is { } to)
        {
            var instant = to.ToInstant();
            query = query.Where(i => i.ReportedAt < instant);
        }
        // Only unit, kind and instant leave the database: no personal data reaches the counts.
        var rows = await query.Select(i => new { i.UnitId, i.Kind, i.ReportedAt }).ToListAsync(ct);
        return new GetStatisticsResponse
        {
            Rows =
            {
                rows.GroupBy(r => (r.UnitId, r.Kind, Month: r.ReportedAt.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))
                    .OrderBy(g => g.Key.UnitId, StringComparer.Ordinal).ThenBy(g => g.Key.Month, StringComparer.Ordinal).ThenBy(g => g.Key.Kind)
                    .Select(g => new StatisticsRow { UnitId = g.Key.UnitId, Kind = g.Key.Kind.ToProto(), Month = g.Key.Month, Count = g.Count() }),
            },
        };
    }

    /// <summary>MAS and the other HSL roles triage into HSL only; lex Sarah needs a lex Sarah handler.</summary>
    private async Task RequireMayTriageAsAsync(DomainIncident incident, DomainKind kind, CancellationToken ct)
    {
        var permission = kind switch
        {
            DomainKind.LexSarah => IncidentPermissions.HandleLexSarah,
            DomainKind.HealthCare => null,
            _ => IncidentPermissions.Handle,
        };
        if (permission is not null && !await access.IsAllowedAsync(permission, incident.UnitId, ct))
        {
            throw RpcErrors.PermissionDenied("Du får inte bedöma avvikelsen som den typen.");
        }
    }

    /// <summary>Lex Sarah: a lex Sarah handler; lex Maria: MAS; personuppgiftsincident: a manager of the unit.</summary>
    private Task RequireNotifierAsync(DomainIncident incident, CancellationToken ct) => incident.NotificationTrack switch
    {
        DomainTrack.LexSarah => incidents.RequireAsync(IncidentPermissions.HandleLexSarah, incident, ct),
        DomainTrack.LexMaria => incidents.RequireAsync(IncidentPermissions.DecideLexMaria, incident, ct),
        _ => incidents.RequireAsync(IncidentPermissions.Handle, incident, ct),
    };

    private static IncidentEscalated Escalated(DomainIncident incident, DateTimeOffset now) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        UnitId = incident.UnitId,
        Track = incident.Track.ToProto(),
        EscalatedAt = now.ToProto(),
    };

    private void Publish(DomainIncident incident, IMessage message) => publisher.Publish(message, incident.Id);

    private async Task<Contracts.Incidents.V1.Incident> SaveAsync(DomainIncident incident, CancellationToken ct)
    {
        incident.Schedule(await LevelsAsync(ct));
        await db.SaveChangesAsync(ct);
        return incident.ToProto(clock.Now, asReporter: false);
    }

    private async Task<ServiceLevelSettings> LevelsAsync(CancellationToken ct) =>
        await db.ServiceLevels.AsNoTracking().SingleOrDefaultAsync(ct) ?? ServiceLevelSettings.Defaults(incidents.Caller.TenantId);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
