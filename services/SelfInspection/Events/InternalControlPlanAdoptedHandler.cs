using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.SelfInspection.Data;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.SelfInspection.Events;

/// <summary>
/// The internkontrollplan was adopted in Risks: each control becomes a planned activity of its unit's plan for the
/// year (the tenant's top unit when it names none), in the unit's draft; an approved plan gets a new draft version, and a
/// unit without a plan a new draft. A control whose risk the draft already has is not added again.
/// </summary>
public sealed class InternalControlPlanAdoptedHandler(SelfInspectionDb db, IOrganizationDirectory organization, WorkflowClock clock)
    : IEventHandler<InternalControlPlanAdopted>
{
    public static readonly Actor Adopted = new("", "Internkontrollplanen");

    public async Task HandleAsync(InternalControlPlanAdopted message, EventContext context, CancellationToken cancellationToken)
    {
        context.RequireTenant(message.TenantId, nameof(InternalControlPlanAdopted));
        if (message.Year is < Domain.Limits.MinYear or > Domain.Limits.MaxYear)
        {
            throw new PoisonEventException($"InternalControlPlanAdopted for year {message.Year}.");
        }
        var topUnits = await organization.TopUnitsAsync(cancellationToken);
        var topUnit = topUnits.Count > 0 ? topUnits[0] : null;
        var now = clock.Now;
        foreach (var controls in message.Controls.GroupBy(c => c.UnitId.Length > 0 ? c.UnitId : topUnit))
        {
            if (controls.Key is null || await organization.SubtreeAsync(controls.Key, cancellationToken) is null)
            {
                throw new PoisonEventException($"InternalControlPlanAdopted names a unit the tenant does not have: '{controls.Key}'.");
            }
            var draft = await DraftAsync(message.TenantId, controls.Key, message.Year, now, cancellationToken);
            foreach (var control in controls.Where(c => draft.Activities.All(a => a.RiskId != c.RiskId)))
            {
                draft.AddActivity(Guid.CreateVersion7().ToString(), Spec(control), Adopted, now);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Domain.InspectionPlan> DraftAsync(string tenantId, string unitId, int year, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.Where(p => p.UnitId == unitId && p.Year == year && p.State != Domain.PlanState.Superseded).ToListAsync(cancellationToken);
        if (plans.FirstOrDefault(p => p.State == Domain.PlanState.Draft) is { } draft)
        {
            return draft;
        }
        var next = plans.FirstOrDefault() is { } approved
            ? approved.Revise(Guid.CreateVersion7().ToString(), "Internkontrollplanen antogs", Adopted, now)
            : Domain.InspectionPlan.Create(Guid.CreateVersion7().ToString(), tenantId, unitId, year, $"Egenkontroll {year}", Adopted, now);
        db.Plans.Add(next);
        return next;
    }

    private static Domain.ActivitySpec Spec(InternalControl control)
    {
        var months = control.Months.Where(m => m is >= 1 and <= 12).ToList();
        var name = control.Control.Length > 0 ? control.Control : control.Title;
        return new(
            name[..Math.Min(name.Length, Domain.Limits.NameLength)],
            Domain.InspectionMethod.Other,
            control.ResponsibleRole[..Math.Min(control.ResponsibleRole.Length, Domain.Limits.RoleLength)],
            null,
            months.Count == 0 ? Domain.Frequency.Yearly : Domain.Frequency.ChosenMonths,
            months,
            1,
            control.DocumentId,
            control.RiskId,
            null,
            false);
    }
}
