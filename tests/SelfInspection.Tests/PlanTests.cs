using Grpc.Core;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.SelfInspection.Tests.Support;

namespace Ledningssystem.SelfInspection.Tests;

/// <summary>Plans over gRPC: the occurrences of a year, approval, new versions with history, and next year's copy.</summary>
[Collection(SelfInspectionGroup.Name)]
[Trait("Category", "Database")]
public sealed class PlanTests(SelfInspectionFixture platform)
{
    private readonly Plans plans = new(platform);

    [Fact]
    public async Task Approving_a_plan_schedules_each_activity_in_its_months_including_one_that_starts_mid_year()
    {
        var plan = await plans.ApprovedAsync(SelfInspectionFixture.Year,
        [
            Plans.Activity("Journalgranskning", Frequency.Monthly),
            Plans.Activity("Hygienrond", Frequency.Quarterly),
            Plans.Activity("Brukarundersökning", Frequency.Yearly, startMonth: 10),
            Plans.Activity("Signeringslistor", Frequency.Monthly, startMonth: 7),
            Plans.Activity("Läkemedelsgenomgång", Frequency.Tertial),
            Plans.Activity("Genomgång av klagomål", Frequency.ChosenMonths, 0, 2, 11),
        ]);

        Assert.Equal(PlanState.Approved, plan.State);
        var wheel = await plans.WheelAsync(SelfInspectionFixture.Year);
        int[] perMonth = [1, 2, 2, 2, 1, 2, 2, 3, 3, 3, 3, 4];
        Assert.Equal(perMonth, Enumerable.Range(1, 12).Select(m => wheel.Count(o => o.Month == m)));
        Assert.Equal(10, wheel.Single(o => o.ActivityName == "Brukarundersökning").Month);
        Assert.Equal([7, 8, 9, 10, 11, 12], wheel.Where(o => o.ActivityName == "Signeringslistor").Select(o => o.Month).Order());
        // Due by the month's last working day: 31 January 2027 is a Sunday, 31 December nyårsafton.
        Assert.Equal("2027-01-29", wheel.Single(o => o.Month == 1).DueOn);
        Assert.Equal("2027-12-30", wheel.First(o => o.Month == 12).DueOn);
        Assert.Equal(OccurrenceState.Due, wheel.Single(o => o.Month == 1).State);
        Assert.All(wheel.Where(o => o.Month > 1), o => Assert.Equal(OccurrenceState.Planned, o.State));
        Assert.Equal(["InspectionPlanApproved"], await platform.EventsOfAsync(plan.PlanId));
        Assert.Equal(["InspectionScheduled"], await platform.EventsOfAsync(wheel[0].OccurrenceId));
        var scheduled = await platform.PublishedAsync<InspectionScheduled>(wheel[0].OccurrenceId);
        Assert.Equal((wheel[0].ActivityName, wheel[0].ActivityId, 1, "2027-01-29"), (scheduled.ActivityName, scheduled.ActivityId, scheduled.Month, scheduled.DueOn));
    }

    [Fact]
    public async Task The_year_wheel_pages_through_the_occurrences_and_shows_a_subtree()
    {
        var year = Plans.NewYear();
        await plans.ApprovedAsync(year, [Plans.Activity("Journalgranskning", Frequency.Monthly)]);
        var client = await platform.PlansAsAsync(Demo.AldreAreaManager);

        var first = await client.GetYearWheelAsync(new GetYearWheelRequest { UnitId = Demo.HemtjanstNorr, Year = year, PageSize = 5 });
        var second = await client.GetYearWheelAsync(new GetYearWheelRequest { UnitId = Demo.HemtjanstNorr, Year = year, PageSize = 5, PageToken = first.NextPageToken });

        Assert.Equal(12, first.Months.Count);
        Assert.Equal(5, first.Months.Sum(m => m.Occurrences.Count));
        Assert.Equal(5, second.Months.Sum(m => m.Occurrences.Count));
        Assert.Equal(12, (await plans.WheelAsync(year, Demo.Hemtjanst)).Count);
        Assert.Equal(12, (await plans.WheelAsync(year, Demo.AldreTop, Demo.AldreApprover)).Count);
        Assert.Empty(await plans.WheelAsync(year, Demo.HemtjanstSyd));
    }

    [Fact]
    public async Task An_approved_plan_changes_only_through_a_new_version_whose_approval_supersedes_it()
    {
        var year = Plans.NewYear();
        var manager = await platform.PlansAsAsync(Demo.AldreUnitManager);
        var v1 = await plans.ApprovedAsync(year, [Plans.Activity("Journalgranskning", Frequency.Monthly), Plans.Activity("Hygienrond", Frequency.Quarterly)]);
        var before = await plans.WheelAsync(year);

        var refused = await Expect.FailsAsync(StatusCode.FailedPrecondition,
            manager.AddActivityAsync(new AddActivityRequest { PlanId = v1.PlanId, Activity = Plans.Activity("Extra", Frequency.Once) }));
        Assert.Equal("PLAN_STATE_APPROVED", Expect.ErrorInfo(refused)!.Metadata["current_state"]);

        var v2 = (await manager.RevisePlanAsync(new RevisePlanRequest { PlanId = v1.PlanId, Reason = "Hygienronden ersätts av en årlig" })).Plan;
        Assert.Equal((PlanState.Draft, 2, v1.PlanId), (v2.State, v2.PlanVersion, v2.PreviousPlanId));
        Assert.Equal(v1.Activities.Select(a => a.ActivityId), v2.Activities.Select(a => a.ActivityId));
        Assert.Equal(("REVISED", "Hygienronden ersätts av en årlig"), (v2.History[0].Step, v2.History[0].Note));
        await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.RevisePlanAsync(new RevisePlanRequest { PlanId = v1.PlanId, Reason = "Igen" }));

        var quarterly = v2.Activities.Single(a => a.Name == "Hygienrond").ActivityId;
        await manager.RemoveActivityAsync(new RemoveActivityRequest { PlanId = v2.PlanId, ActivityId = quarterly });
        await manager.AddActivityAsync(new AddActivityRequest { PlanId = v2.PlanId, Activity = Plans.Activity("Hygienrond årlig", Frequency.Yearly, startMonth: 6) });
        v2 = (await (await platform.PlansAsAsync(Demo.AldreApprover)).ApprovePlanAsync(new ApprovePlanRequest { PlanId = v2.PlanId })).Plan;

        var old = (await manager.GetPlanAsync(new GetPlanRequest { PlanId = v1.PlanId })).Plan;
        Assert.Equal(PlanState.Superseded, old.State);
        Assert.Equal(["CREATED", "ACTIVITY_ADDED", "ACTIVITY_ADDED", "APPROVED", "SUPERSEDED"], old.History.Select(h => h.Step));
        var after = await plans.WheelAsync(year);
        var monthly = before.Where(o => o.ActivityName == "Journalgranskning").Select(o => o.OccurrenceId).Order();
        Assert.Equal(monthly, after.Where(o => o.ActivityName == "Journalgranskning" && o.PlanId == v2.PlanId).Select(o => o.OccurrenceId).Order());
        Assert.All(after.Where(o => o.ActivityId == quarterly), o => Assert.Equal((OccurrenceState.Cancelled, "Borttagen i version 2 av planen"), (o.State, o.CancelReason)));
        var dropped = after.First(o => o.ActivityId == quarterly);
        var cancelledEvent = await platform.PublishedAsync<InspectionCancelled>(dropped.OccurrenceId);
        Assert.Equal((quarterly, year, dropped.Month, "Borttagen i version 2 av planen"), (cancelledEvent.ActivityId, cancelledEvent.Year, cancelledEvent.Month, cancelledEvent.Reason));
        Assert.Equal(["InspectionScheduled"], await platform.EventsOfAsync(after.First(o => o.ActivityName == "Journalgranskning").OccurrenceId));
        Assert.Equal(6, after.Single(o => o.ActivityName == "Hygienrond årlig").Month);
        await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.RevisePlanAsync(new RevisePlanRequest { PlanId = v1.PlanId, Reason = "Gammal" }));
    }

    [Fact]
    public async Task Only_the_forvaltningschef_or_verksamhetschef_approves_and_an_empty_plan_is_not_approved()
    {
        var year = Plans.NewYear();
        var empty = await plans.DraftAsync(year, []);

        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.PlansAsAsync(Demo.AldreUnitManager)).ApprovePlanAsync(new ApprovePlanRequest { PlanId = empty.PlanId }));
        Assert.Equal("PLAN_EMPTY", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            (await platform.PlansAsAsync(Demo.AldreApprover)).ApprovePlanAsync(new ApprovePlanRequest { PlanId = empty.PlanId })));
        await Expect.FailsAsync(StatusCode.AlreadyExists,
            (await platform.PlansAsAsync(Demo.AldreUnitManager)).CreatePlanAsync(new CreatePlanRequest { UnitId = Demo.HemtjanstNorr, Year = year, Name = "Igen" }));
    }

    [Fact]
    public async Task Next_years_plan_starts_as_a_draft_copy_of_the_recurring_activities_from_January()
    {
        var year = Plans.NewYear();
        var plan = await plans.ApprovedAsync(year,
        [
            Plans.Activity("Journalgranskning", Frequency.Monthly, startMonth: 9),
            Plans.Activity("Engångsgenomgång", Frequency.Once, startMonth: 4),
        ]);

        var next = (await (await platform.PlansAsAsync(Demo.AldreUnitManager)).CopyPlanToNextYearAsync(new CopyPlanToNextYearRequest { PlanId = plan.PlanId })).Plan;

        Assert.Equal((year + 1, PlanState.Draft, 1), (next.Year, next.State, next.PlanVersion));
        var copied = Assert.Single(next.Activities);
        Assert.Equal(("Journalgranskning", 1), (copied.Name, copied.StartMonth));
        await Expect.FailsAsync(StatusCode.FailedPrecondition,
            (await platform.PlansAsAsync(Demo.AldreUnitManager)).CopyPlanToNextYearAsync(new CopyPlanToNextYearRequest { PlanId = next.PlanId }));
    }

    [Fact]
    public async Task An_occurrence_is_cancelled_with_a_reason_once()
    {
        var year = Plans.NewYear();
        await plans.ApprovedAsync(year, [Plans.Activity("Brukarundersökning", Frequency.Yearly, startMonth: 5)]);
        var occurrence = Assert.Single(await plans.WheelAsync(year));
        var manager = await platform.PlansAsAsync(Demo.AldreUnitManager);

        var cancelled = (await manager.CancelOccurrenceAsync(new CancelOccurrenceRequest { OccurrenceId = occurrence.OccurrenceId, Reason = "Ersätts av regional enkät" })).Occurrence;

        Assert.Equal((OccurrenceState.Cancelled, "Ersätts av regional enkät"), (cancelled.State, cancelled.CancelReason));
        var published = await platform.PublishedAsync<InspectionCancelled>(occurrence.OccurrenceId);
        Assert.Equal((Demo.HemtjanstNorr, occurrence.ActivityId, year, 5, "Ersätts av regional enkät"), (published.UnitId, published.ActivityId, published.Year, published.Month, published.Reason));
        Assert.Equal(platform.Clock.GetUtcNow(), published.CancelledAt.ToDateTimeOffset());
        Assert.Equal("OCCURRENCE_STATE_CANCELLED", Expect.ErrorInfo(await Expect.FailsAsync(StatusCode.FailedPrecondition,
            manager.CancelOccurrenceAsync(new CancelOccurrenceRequest { OccurrenceId = occurrence.OccurrenceId, Reason = "Igen" })))!.Metadata["current_state"]);
        Assert.Equal(["InspectionScheduled", "InspectionCancelled"], await platform.EventsOfAsync(occurrence.OccurrenceId));
    }

    [Fact]
    public async Task Requests_are_validated_with_the_fields_named()
    {
        var manager = await platform.PlansAsAsync(Demo.AldreUnitManager);
        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, manager.CreatePlanAsync(new CreatePlanRequest { UnitId = Demo.HemtjanstNorr, Year = 1999 }));
        Assert.Equal(["year", "name"], Expect.FieldViolations(refused));

        var plan = await plans.DraftAsync(Plans.NewYear(), []);
        var noMonths = Plans.Activity("Valda månader", Frequency.ChosenMonths);
        var badMonth = Plans.Activity("Fel månad", Frequency.Monthly, startMonth: 13);
        Assert.Equal(["activity.months"], Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument,
            manager.AddActivityAsync(new AddActivityRequest { PlanId = plan.PlanId, Activity = noMonths }))));
        Assert.Equal(["activity.start_month"], Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument,
            manager.AddActivityAsync(new AddActivityRequest { PlanId = plan.PlanId, Activity = badMonth }))));
    }
}
