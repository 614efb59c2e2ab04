using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;

namespace Ledningssystem.Complaints.Tests;

/// <summary>The deadline monitor against the workflow clock the tests move forward.</summary>
[Collection(ComplaintsGroup.Name)]
[Trait("Category", "Database")]
public sealed class DeadlineTests(ComplaintsFixture platform)
{
    [Fact]
    public async Task An_unacknowledged_complaint_raises_ComplaintDeadlinePassed_once_and_is_listed_overdue()
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);
        var due = complaint.Deadline.DueAt.ToDateTimeOffset();
        Assert.Equal(DeadlineStage.Acknowledge, complaint.Deadline.Stage);
        async Task<int> Passed() => (await platform.EventsOfAsync(complaint.ComplaintId)).Count(e => e == "ComplaintDeadlinePassed");

        if (platform.Clock.GetUtcNow() < due.AddMinutes(1))
        {
            platform.Clock.SetUtcNow(due.AddMinutes(1));
        }
        await Eventually.TrueAsync(async () => await Passed() == 1, "ComplaintDeadlinePassed is raised once the deadline passed.");
        await Task.Delay(600);
        Assert.Equal(1, await Passed());

        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var overdue = await manager.ListComplaintsAsync(new ListComplaintsRequest { OverdueOnly = true, PageSize = 500 });
        Assert.Contains(overdue.Complaints, c => c.ComplaintId == complaint.ComplaintId && c.Deadline.Overdue);
    }
}
