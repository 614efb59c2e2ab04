using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Incidents.Tests.Support;

namespace Ledningssystem.Incidents.Tests;

/// <summary>The deadline monitor against the workflow clock the tests move forward.</summary>
[Collection(IncidentsGroup.Name)]
[Trait("Category", "Database")]
public sealed class DeadlineTests(IncidentsFixture platform)
{
    [Fact]
    public async Task An_untriaged_report_raises_DeadlineNear_then_DeadlinePassed_once_each_and_is_listed_overdue()
    {
        var incident = await new Workflow(platform).InStateAsync(IncidentState.Reported);
        var due = incident.Deadline.DueAt.ToDateTimeOffset();
        Assert.Equal(DeadlineStage.Triage, incident.Deadline.Stage);
        async Task<int> Count(string type) => (await platform.Service.EventsOfAsync(incident.IncidentId)).Count(e => e.Type == type);

        platform.Clock.SetUtcNow(Max(platform.Clock.GetUtcNow(), due.AddHours(-12)));
        await Eventually.TrueAsync(async () => await Count("DeadlineNear") == 1, "DeadlineNear is raised within the warning time.");

        platform.Clock.SetUtcNow(Max(platform.Clock.GetUtcNow(), due.AddMinutes(1)));
        await Eventually.TrueAsync(async () => await Count("DeadlinePassed") == 1, "DeadlinePassed is raised once the deadline passed.");
        await Task.Delay(600);
        Assert.Equal((1, 1), (await Count("DeadlineNear"), await Count("DeadlinePassed")));

        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var overdue = await manager.ListIncidentsAsync(new ListIncidentsRequest { OverdueOnly = true, PageSize = 500 });
        Assert.Contains(overdue.Incidents, i => i.IncidentId == incident.IncidentId && i.Deadline.Overdue);
    }

    [Fact]
    public async Task A_personuppgiftsincident_works_towards_IMY_72_hours_after_the_report()
    {
        var incident = await new Workflow(platform).InStateAsync(IncidentState.Reported);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);

        var triaged = (await manager.TriageIncidentAsync(new TriageIncidentRequest { IncidentId = incident.IncidentId, Kind = IncidentKind.PersonalDataBreach, Severity = Severity.Moderate })).Incident;

        Assert.Equal(DeadlineStage.Imy, triaged.Deadline.Stage);
        Assert.Equal(TimeSpan.FromHours(72), triaged.Deadline.DueAt.ToDateTimeOffset() - incident.Reported.At.ToDateTimeOffset());
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
