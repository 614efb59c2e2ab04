using Ledningssystem.Contracts.SelfInspection.V1;

namespace Ledningssystem.SelfInspection.Tests.Support;

/// <summary>Plans and activities as the tests build them through the API; each test takes a year of its own, so that plans never meet.</summary>
public sealed class Plans(SelfInspectionFixture platform)
{
    private static int lastYear = 2040;

    /// <summary>Two years apart, so that a copy to next year meets no other test's plan.</summary>
    public static int NewYear() => Interlocked.Add(ref lastYear, 2);

    public static Activity Activity(string name, Frequency frequency, int startMonth = 0, params int[] months) => new()
    {
        Name = name,
        Method = InspectionMethod.RecordReview,
        ResponsibleRole = "Enhetschef",
        Frequency = frequency,
        StartMonth = startMonth,
        Months = { months },
    };

    /// <summary>A draft by the unit manager of hemtjänst norr (or <paramref name="planner"/> on <paramref name="unitId"/>) with the activities.</summary>
    public async Task<Plan> DraftAsync(int year, IEnumerable<Activity> activities, string unitId = Demo.HemtjanstNorr, string planner = Demo.AldreUnitManager)
    {
        var client = await platform.PlansAsAsync(planner);
        var plan = (await client.CreatePlanAsync(new CreatePlanRequest { UnitId = unitId, Year = year, Name = $"Egenkontroll {year}" })).Plan;
        foreach (var activity in activities)
        {
            plan = (await client.AddActivityAsync(new AddActivityRequest { PlanId = plan.PlanId, Activity = activity })).Plan;
        }
        return plan;
    }

    public async Task<Plan> ApprovedAsync(int year, IEnumerable<Activity> activities, string unitId = Demo.HemtjanstNorr, string planner = Demo.AldreUnitManager, string approver = Demo.AldreApprover)
    {
        var draft = await DraftAsync(year, activities, unitId, planner);
        return (await (await platform.PlansAsAsync(approver)).ApprovePlanAsync(new ApprovePlanRequest { PlanId = draft.PlanId })).Plan;
    }

    /// <summary>Every occurrence of the unit subtree's year, page after page.</summary>
    public async Task<List<Occurrence>> WheelAsync(int year, string unitId = Demo.HemtjanstNorr, string viewer = Demo.AldreAreaManager, bool overdueOnly = false)
    {
        var client = await platform.PlansAsAsync(viewer);
        var all = new List<Occurrence>();
        var token = "";
        do
        {
            var page = await client.GetYearWheelAsync(new GetYearWheelRequest { UnitId = unitId, Year = year, OverdueOnly = overdueOnly, PageToken = token, PageSize = 500 });
            all.AddRange(page.Months.SelectMany(m => m.Occurrences));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return all;
    }
}
