using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.SelfInspection.Tests.Support;

namespace Ledningssystem.SelfInspection.Tests;

/// <summary>The events the service takes in, posted to its subscription routes as the sidecar delivers them.</summary>
[Collection(SelfInspectionGroup.Name)]
[Trait("Category", "Database")]
public sealed class EventHandlerTests(SelfInspectionFixture platform)
{
    [Fact]
    public async Task An_adopted_internkontrollplan_becomes_planned_activities_once_per_risk()
    {
        var year = Plans.NewYear();
        var adopted = new InternalControlPlanAdopted
        {
            TenantId = Demo.Aldre,
            AssessmentId = "rov-" + year,
            Year = year,
            Controls =
            {
                new InternalControl
                {
                    RiskId = "risk-signering", UnitId = Demo.HemtjanstSyd, Title = "Brister i läkemedelshanteringen",
                    Control = "Stickprov av signeringslistor", ResponsibleRole = "Enhetschef", DocumentId = "rutin-lakemedel", Months = { 3, 9 },
                },
                new InternalControl { RiskId = "risk-klagomal", Title = "Klagomål tas inte om hand", Control = "Genomgång av klagomål", ResponsibleRole = "Kvalitetsutvecklare" },
            },
        };

        Assert.Equal("SUCCESS", await platform.DeliverAsync(adopted, Demo.Aldre, adopted.AssessmentId));
        Assert.Equal("SUCCESS", await platform.DeliverAsync(adopted, Demo.Aldre, adopted.AssessmentId));

        var viewer = await platform.PlansAsAsync(Demo.AldreApprover);
        var plans = (await viewer.ListPlansAsync(new ListPlansRequest { Year = year, PageSize = 500 })).Plans;
        Assert.Equal([Demo.AldreTop, Demo.HemtjanstSyd], plans.Select(p => p.UnitId).Order());
        Assert.All(plans, p => Assert.Equal(PlanState.Draft, p.State));
        var syd = (await viewer.GetPlanAsync(new GetPlanRequest { PlanId = plans.Single(p => p.UnitId == Demo.HemtjanstSyd).PlanId })).Plan;
        var activity = Assert.Single(syd.Activities);
        Assert.Equal(("Stickprov av signeringslistor", "risk-signering", Frequency.ChosenMonths, "rutin-lakemedel"), (activity.Name, activity.RiskId, activity.Frequency, activity.DocumentId));
        Assert.Equal([3, 9], activity.Months);
        var top = (await viewer.GetPlanAsync(new GetPlanRequest { PlanId = plans.Single(p => p.UnitId == Demo.AldreTop).PlanId })).Plan;
        Assert.Equal(Frequency.Yearly, Assert.Single(top.Activities).Frequency);

        await viewer.ApprovePlanAsync(new ApprovePlanRequest { PlanId = syd.PlanId });
        Assert.Equal([3, 9], (await new Plans(platform).WheelAsync(year, Demo.HemtjanstSyd)).Select(o => o.Month).Order());
    }

    [Fact]
    public async Task An_event_naming_another_tenant_than_it_came_as_is_dropped()
    {
        var forged = new InternalControlPlanAdopted { TenantId = Demo.Aldre, AssessmentId = "kapad", Year = Plans.NewYear() };

        Assert.Equal("DROP", await platform.DeliverAsync(forged, "omsorg-ab", forged.AssessmentId));
    }

    [Fact]
    public async Task An_archived_rutin_flags_the_activities_that_check_it()
    {
        var year = Plans.NewYear();
        var checks = Plans.Activity("Hygienrond", Frequency.Quarterly);
        checks.DocumentId = "rutin-hygien-" + year;
        var plan = await new Plans(platform).ApprovedAsync(year, [checks, Plans.Activity("Journalgranskning", Frequency.Monthly)]);
        var superseded = new DocumentSuperseded { TenantId = Demo.Aldre, DocumentId = checks.DocumentId, VersionNumber = 2 };

        Assert.Equal("SUCCESS", await platform.DeliverAsync(superseded, Demo.Aldre, checks.DocumentId));
        var replaced = new DocumentSuperseded { TenantId = Demo.Aldre, DocumentId = checks.DocumentId, VersionNumber = 1, SupersededByVersionNumber = 2 };
        Assert.Equal("SUCCESS", await platform.DeliverAsync(replaced, Demo.Aldre, checks.DocumentId));

        var flagged = (await (await platform.PlansAsAsync(Demo.AldreUnitManager)).GetPlanAsync(new GetPlanRequest { PlanId = plan.PlanId })).Plan;
        Assert.Equal([("Hygienrond", true), ("Journalgranskning", false)], flagged.Activities.Select(a => (a.Name, a.DocumentArchived)));
    }
}
