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

/// <summary>Plans and the årshjul over gRPC: each step loads the plan, lets the domain decide, publishes and saves once.</summary>
public sealed class InspectionPlansApi(
    SelfInspectionDb db,
    InspectionAccess inspections,
    IAccessControl access,
    IEventPublisher publisher,
    WorkflowClock clock) : InspectionPlanService.InspectionPlanServiceBase
{
    public override async Task<CreatePlanResponse> CreatePlan(CreatePlanRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireAsync(Domain.SelfInspectionPermissions.Plan, request.UnitId, ct);
        if (await db.Plans.AnyAsync(p => p.UnitId == request.UnitId && p.Year == request.Year, ct))
        {
            throw RpcErrors.AlreadyExists($"Enheten har redan en plan för {request.Year}; ändra den genom en ny version.");
        }
        var plan = Domain.InspectionPlan.Create(Ids.New(), inspections.Caller.TenantId, request.UnitId, request.Year, request.Name, inspections.Actor, clock.Now);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return new CreatePlanResponse { Plan = plan.ToProto() };
    }

    public override async Task<GetPlanResponse> GetPlan(GetPlanRequest request, ServerCallContext context) =>
        new() { Plan = (await inspections.PlanAsync(request.PlanId, Domain.SelfInspectionPermissions.View, context.CancellationToken)).ToProto() };

    public override async Task<ListPlansResponse> ListPlans(ListPlansRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await inspections.VisibleUnitsAsync(request.UnitId, ct);
        var query = db.Plans.AsNoTracking().Where(p => units.Contains(p.UnitId));
        if (request.Year != 0)
        {
            query = query.Where(p => p.Year == request.Year);
        }
        var page = await query.PageAsync(request.PageSize, request.PageToken, ct);
        return new ListPlansResponse { Plans = { page.Items.Select(p => p.ToSummary()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<AddActivityResponse> AddActivity(AddActivityRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var plan = await inspections.PlanAsync(request.PlanId, Domain.SelfInspectionPermissions.Plan, ct);
        plan.AddActivity(Ids.New(), request.Activity.ToDomain(), inspections.Actor, clock.Now);
        await db.SaveChangesAsync(ct);
        return new AddActivityResponse { Plan = plan.ToProto() };
    }

    public override async Task<AddActivityFromTemplateResponse> AddActivityFromTemplate(AddActivityFromTemplateRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var plan = await inspections.PlanAsync(request.PlanId, Domain.SelfInspectionPermissions.Plan, ct);
        var template = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == request.TemplateId, ct)
            ?? throw RpcErrors.NotFound($"Checklistan {request.TemplateId} finns inte.");
        var activity = template.ProposeActivity(request.StartMonth, request.ResponsibleUserId, request.DocumentId);
        plan.AddActivity(Ids.New(), activity, inspections.Actor, clock.Now);
        await db.SaveChangesAsync(ct);
        return new AddActivityFromTemplateResponse { Plan = plan.ToProto() };
    }

    public override async Task<RemoveActivityResponse> RemoveActivity(RemoveActivityRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var plan = await inspections.PlanAsync(request.PlanId, Domain.SelfInspectionPermissions.Plan, ct);
        plan.RemoveActivity(request.ActivityId, inspections.Actor, clock.Now);
        await db.SaveChangesAsync(ct);
        return new RemoveActivityResponse { Plan = plan.ToProto() };
    }

    public override async Task<ApprovePlanResponse> ApprovePlan(ApprovePlanRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var plan = await inspections.PlanAsync(request.PlanId, Domain.SelfInspectionPermissions.Approve, ct);
        var now = clock.Now;
        plan.Approve(inspections.Actor, now);
        var existing = new List<Domain.Occurrence>();
        if (plan.PreviousPlanId is { } previousId)
        {
            var previous = await db.Plans.SingleAsync(p => p.Id == previousId, ct);
            previous.SupersedeBy(plan, inspections.Actor, now);
            existing = await db.Occurrences.Where(o => o.PlanId == previousId).ToListAsync(ct);
        }
        var change = Domain.PlanScheduling.Apply(plan, existing, Ids.New);
        db.Occurrences.AddRange(change.Scheduled);
        publisher.Publish(SelfInspectionEvents.PlanApproved(plan, now), plan.Id);
        foreach (var occurrence in change.Scheduled)
        {
            publisher.Publish(SelfInspectionEvents.Scheduled(occurrence), occurrence.Id);
        }
        foreach (var occurrence in change.Cancelled)
        {
            publisher.Publish(SelfInspectionEvents.Cancelled(occurrence, now), occurrence.Id);
        }
        await db.SaveChangesAsync(ct);
        return new ApprovePlanResponse { Plan = plan.ToProto() };
    }

    public override async Task<RevisePlanResponse> RevisePlan(RevisePlanRequest request, ServerCallContext context) => new()
    {
        Plan = await NewDraftAsync(request.PlanId, plan => plan.Revise(Ids.New(), request.Reason, inspections.Actor, clock.Now), context.CancellationToken),
    };

    public override async Task<CopyPlanToNextYearResponse> CopyPlanToNextYear(CopyPlanToNextYearRequest request, ServerCallContext context) => new()
    {
        Plan = await NewDraftAsync(request.PlanId, plan => plan.CopyToNextYear(Ids.New(), inspections.Actor, clock.Now), context.CancellationToken),
    };

    public override async Task<GetYearWheelResponse> GetYearWheel(GetYearWheelRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireAsync(Domain.SelfInspectionPermissions.View, request.UnitId, ct);
        var units = await inspections.VisibleUnitsAsync(request.UnitId, ct);
        var now = clock.Now;
        var query = db.Occurrences.AsNoTracking().Where(o => o.Year == request.Year && units.Contains(o.UnitId));
        if (request.OverdueOnly)
        {
            query = query.Where(o => o.State == Domain.OccurrenceState.Planned && o.DueAt <= now);
        }
        var page = await query.PageAsync(request.PageSize, request.PageToken, ct);
        var byMonth = page.Items.ToLookup(o => o.Month);
        return new GetYearWheelResponse
        {
            Months =
            {
                Enumerable.Range(1, 12).Select(month => new YearWheelMonth
                {
                    Month = month,
                    Occurrences = { byMonth[month].OrderBy(o => o.DueOn).Select(o => o.ToProto(now)) },
                }),
            },
            NextPageToken = page.NextPageToken,
        };
    }

    public override async Task<CancelOccurrenceResponse> CancelOccurrence(CancelOccurrenceRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var occurrence = await inspections.OccurrenceAsync(request.OccurrenceId, ct);
        occurrence.Cancel(request.Reason);
        publisher.Publish(SelfInspectionEvents.Cancelled(occurrence, clock.Now), occurrence.Id);
        await db.SaveChangesAsync(ct);
        return new CancelOccurrenceResponse { Occurrence = occurrence.ToProto(clock.Now) };
    }

    /// <summary>
    /// A new draft made from a plan (its next version, next year's copy); one draft at a time per unit and year, since a
    /// second would be approved over the first's head.
    /// </summary>
    private async Task<Plan> NewDraftAsync(string planId, Func<Domain.InspectionPlan, Domain.InspectionPlan> make, CancellationToken ct)
    {
        var draft = make(await inspections.PlanAsync(planId, Domain.SelfInspectionPermissions.Plan, ct));
        if (await db.Plans.AnyAsync(p => p.UnitId == draft.UnitId && p.Year == draft.Year && p.State == Domain.PlanState.Draft, ct))
        {
            throw new Domain.SelfInspectionRuleException(
                "DRAFT_EXISTS", $"Det finns redan ett utkast till plan för {draft.Year} på enheten; arbeta vidare i det.", Domain.PlanState.Draft);
        }
        db.Plans.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft.ToProto();
    }
}
