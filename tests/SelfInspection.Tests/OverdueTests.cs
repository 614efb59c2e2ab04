using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.SelfInspection.Tests.Support;

namespace Ledningssystem.SelfInspection.Tests;

/// <summary>Occurrences and actions past their due day, against the workflow clock the tests move forward (a service of their own).</summary>
[Collection(OverdueGroup.Name)]
[Trait("Category", "Database")]
public sealed class OverdueTests(SelfInspectionFixture platform)
{
    [Fact]
    public async Task An_occurrence_and_an_action_past_their_due_day_raise_InspectionOverdue_once_and_are_listed_overdue()
    {
        var plans = new Plans(platform);
        var occurrence = await new Checklists(platform).OccurrenceAsync(SelfInspectionFixture.Year);
        await plans.ApprovedAsync(SelfInspectionFixture.Year, [Plans.Activity("Journalgranskning", Frequency.Monthly)], Demo.HemtjanstSyd, Demo.AldreAreaManager);
        var january = (await plans.WheelAsync(SelfInspectionFixture.Year, Demo.HemtjanstSyd)).Single(o => o.Month == 1);
        var manager = await platform.InspectionsAsAsync(Demo.AldreUnitManager);
        var finding = (await manager.RecordExecutionAsync(Checklists.Answers(occurrence.OccurrenceId, "2027-01-11"))).Execution.FindingIds[0];
        await manager.DecideActionAsync(new DecideActionRequest
        {
            FindingId = finding, Description = "Handsprit", ResponsibleUserId = DemoUsers.AnnaAnderssonSub, ResponsibleName = "Anna Andersson", DueOn = "2027-01-29",
        });
        Assert.Empty(await plans.WheelAsync(SelfInspectionFixture.Year, Demo.Hemtjanst, overdueOnly: true));

        // The end of Friday 29 January in Sweden has passed: the month's journalgranskning and the action are overdue.
        platform.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 29, 23, 0, 1, TimeSpan.Zero));
        async Task<int> Overdue(string id) => (await platform.EventsOfAsync(id)).Count(e => e == "InspectionOverdue");
        await Eventually.TrueAsync(async () => await Overdue(january.OccurrenceId) == 1 && await Overdue(finding) == 1, "InspectionOverdue is raised for both.");
        await Task.Delay(600);
        Assert.Equal((1, 1), (await Overdue(january.OccurrenceId), await Overdue(finding)));

        var overdue = Assert.Single(await plans.WheelAsync(SelfInspectionFixture.Year, Demo.Hemtjanst, overdueOnly: true));
        Assert.Equal((january.OccurrenceId, OccurrenceState.Overdue), (overdue.OccurrenceId, overdue.State));
        var actions = (await manager.ListFindingsAsync(new ListFindingsRequest { OverdueOnly = true, PageSize = 500 })).Findings;
        Assert.True(Assert.Single(actions).Overdue);
        Assert.Equal(0, await Overdue(occurrence.OccurrenceId));
    }
}
