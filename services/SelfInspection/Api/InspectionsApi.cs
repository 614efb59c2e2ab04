using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.SelfInspection.Data;
using Ledningssystem.SelfInspection.Events;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.SelfInspection.Api;

/// <summary>Carrying out: executions with their score, the findings they raise, and the actions the findings lead to.</summary>
public sealed class InspectionsApi(
    SelfInspectionDb db,
    InspectionAccess inspections,
    IOrganizationDirectory units,
    IEventPublisher publisher,
    Contracts.Incidents.V1.IncidentService.IncidentServiceClient incidents,
    WorkflowClock clock) : InspectionService.InspectionServiceBase
{
    public override async Task<RecordExecutionResponse> RecordExecution(RecordExecutionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var occurrence = await inspections.OccurrenceAsync(request.OccurrenceId, ct);
        var template = occurrence.ChecklistTemplateId is { } templateId ? await PublishedTemplateAsync(templateId, ct) : null;
        var now = clock.Now;
        var execution = Domain.Execution.Record(
            Ids.New(), occurrence, template, IsoDates.Parse(request.PerformedOn)!.Value, clock.Today, [.. request.Answers.Select(a => a.ToDomain())], inspections.Actor, now);
        var findings = execution.AnswerFindings(template)
            .Select(f => Domain.Finding.Raise(Ids.New(), execution, f.QuestionId, f.Description, f.Severity, inspections.Actor, now))
            .ToList();
        db.Executions.Add(execution);
        db.Findings.AddRange(findings);
        publisher.Publish(SelfInspectionEvents.Completed(execution, occurrence, findings.Count), occurrence.Id);
        findings.ForEach(f => publisher.Publish(SelfInspectionEvents.Raised(f), f.Id));
        await db.SaveChangesAsync(ct);
        return new RecordExecutionResponse { Execution = execution.ToProto(findings.Select(f => f.Id)) };
    }

    public override async Task<GetExecutionResponse> GetExecution(GetExecutionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var execution = await inspections.ReadExecutionAsync(request.ExecutionId, ct);
        var findingIds = await db.Findings.AsNoTracking().Where(f => f.ExecutionId == execution.Id).Select(f => f.Id).ToListAsync(ct);
        return new GetExecutionResponse { Execution = execution.ToProto(findingIds) };
    }

    public override async Task<RaiseFindingResponse> RaiseFinding(RaiseFindingRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var execution = await inspections.ExecutionAsync(request.ExecutionId, ct);
        var finding = Domain.Finding.Raise(Ids.New(), execution, null, request.Description, request.Severity.ToDomain(), inspections.Actor, clock.Now);
        db.Findings.Add(finding);
        publisher.Publish(SelfInspectionEvents.Raised(finding), finding.Id);
        await db.SaveChangesAsync(ct);
        return new RaiseFindingResponse { Finding = finding.ToProto(clock.Now) };
    }

    public override async Task<GetFindingResponse> GetFinding(GetFindingRequest request, ServerCallContext context) =>
        new() { Finding = (await inspections.ReadFindingAsync(request.FindingId, context.CancellationToken)).ToProto(clock.Now) };

    public override async Task<ListFindingsResponse> ListFindings(ListFindingsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = clock.Now;
        var query = await inspections.FindingsAsync(ct);
        if (request.UnitId.Length > 0)
        {
            var subtree = await units.SubtreeAsync(request.UnitId, ct) ?? throw RpcErrors.NotFound($"Enheten {request.UnitId} finns inte.");
            query = query.Where(f => subtree.Contains(f.UnitId));
        }
        if (request.State != FindingState.Unspecified)
        {
            var state = request.State.ToDomain();
            query = query.Where(f => f.State == state);
        }
        if (request.OpenActionsOnly)
        {
            query = query.Where(f => f.State == Domain.FindingState.ActionDecided);
        }
        if (request.OverdueOnly)
        {
            query = query.Where(f => f.ActionDueAt != null && f.ActionDueAt <= now);
        }
        var page = await query.PageAsync(request.PageSize, request.PageToken, ct);
        return new ListFindingsResponse { Findings = { page.Items.Select(f => f.ToSummary(now)) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<DecideActionResponse> DecideAction(DecideActionRequest request, ServerCallContext context) => new()
    {
        Finding = await StepAsync(request.FindingId, (finding, now) =>
        {
            finding.DecideAction(
                request.Description, request.ResponsibleUserId, request.ResponsibleName, IsoDates.Parse(request.DueOn)!.Value, clock.Today, inspections.Actor, now);
            return SelfInspectionEvents.ActionDecided(finding, now);
        }, context.CancellationToken),
    };

    public override async Task<CompleteActionResponse> CompleteAction(CompleteActionRequest request, ServerCallContext context) => new()
    {
        Finding = await StepAsync(request.FindingId, (finding, now) =>
        {
            finding.CompleteAction(request.FollowUpNote, inspections.Actor, now);
            return SelfInspectionEvents.ActionCompleted(finding, now);
        }, context.CancellationToken),
    };

    public override async Task<AcceptFindingResponse> AcceptFinding(AcceptFindingRequest request, ServerCallContext context) => new()
    {
        Finding = await StepAsync(request.FindingId, (finding, now) =>
        {
            finding.Accept(request.Reason, inspections.Actor, now);
            return SelfInspectionEvents.ActionDecided(finding, now);
        }, context.CancellationToken),
    };

    public override async Task<ReportFindingAsIncidentResponse> ReportFindingAsIncident(ReportFindingAsIncidentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var finding = await inspections.FindingAsync(request.FindingId, ct);
        finding.RequireIncidentReportable();
        var execution = await db.Executions.AsNoTracking().SingleAsync(e => e.Id == finding.ExecutionId, ct);
        // On the caller's own token: Incidents decides whether this person may report in the unit.
        var reported = await incidents.ReportIncidentAsync(new Contracts.Incidents.V1.ReportIncidentRequest
        {
            UnitId = finding.UnitId,
            WhatHappened = request.WhatHappened.Length > 0 ? request.WhatHappened : finding.Description,
            ImmediateActions = request.ImmediateActions,
            OccurredAt = execution.PerformedAt.ToProto(),
            Origin = new Contracts.Incidents.V1.IncidentOrigin { Service = Domain.Finding.IncidentOriginService, Id = finding.Id },
        }, cancellationToken: ct);
        var now = clock.Now;
        finding.LinkIncident(reported.Incident.IncidentId, inspections.Actor, now);
        publisher.Publish(SelfInspectionEvents.ActionDecided(finding, now), finding.Id);
        await db.SaveChangesAsync(ct);
        return new ReportFindingAsIncidentResponse { Finding = finding.ToProto(now) };
    }

    /// <summary>A step on a finding: loads it for the caller, lets the domain take the step, publishes its event and saves once.</summary>
    private async Task<Finding> StepAsync(string findingId, Func<Domain.Finding, DateTimeOffset, IMessage> step, CancellationToken ct)
    {
        var finding = await inspections.FindingAsync(findingId, ct);
        var now = clock.Now;
        publisher.Publish(step(finding, now), finding.Id);
        await db.SaveChangesAsync(ct);
        return finding.ToProto(now);
    }

    /// <summary>The published version of the activity's checklist: a later version than the plan names, once published, replaces it.</summary>
    private async Task<Domain.ChecklistTemplate> PublishedTemplateAsync(string templateId, CancellationToken ct)
    {
        var seriesId = await db.Templates.Where(t => t.Id == templateId).Select(t => t.SeriesId).SingleOrDefaultAsync(ct)
            ?? throw RpcErrors.NotFound($"Checklistan {templateId} finns inte.");
        return await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.SeriesId == seriesId && t.State == Domain.TemplateState.Published, ct)
            ?? throw new Domain.SelfInspectionRuleException(
                "TEMPLATE_NOT_PUBLISHED", "Aktivitetens checklista är inte publicerad; publicera den först.", Domain.TemplateState.Draft);
    }
}
