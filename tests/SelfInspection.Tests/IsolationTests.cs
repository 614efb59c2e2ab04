using Grpc.Core;
using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.SelfInspection.Tests.Support;

namespace Ledningssystem.SelfInspection.Tests;

/// <summary>
/// Another tenant never finds a plan, occurrence, checklist, execution or finding; within the tenant, staff without a
/// role on the unit are refused, HSL roles reach only HSL activities and the nämnd sees results without answers.
/// </summary>
[Collection(SelfInspectionGroup.Name)]
[Trait("Category", "Database")]
public sealed class IsolationTests(SelfInspectionFixture platform)
{
    private static readonly SemaphoreSlim Building = new(1, 1);
    private static World? world;

    public static TheoryData<string> IdRpcs() =>
    [
        "get-plan", "add-activity", "add-activity-from-template", "remove-activity", "approve", "revise", "copy", "cancel-occurrence",
        "get-template", "publish-template", "revise-template", "share-template",
        "record", "get-execution", "raise-finding", "get-finding", "decide", "complete", "accept", "report-incident",
    ];

    [Theory]
    [MemberData(nameof(IdRpcs))]
    public async Task Another_tenants_staff_find_nothing(string rpc)
    {
        var existing = await WorldAsync();

        await Expect.FailsAsync(StatusCode.NotFound, Call(rpc, existing, Demo.SocialQualityDeveloper));
    }

    [Theory]
    [MemberData(nameof(IdRpcs))]
    public async Task Staff_without_a_role_on_the_unit_are_refused(string rpc)
    {
        var existing = await WorldAsync();

        await Expect.FailsAsync(StatusCode.PermissionDenied, Call(rpc, existing, Demo.AldreEmployee));
        if (!rpc.Contains("template", StringComparison.Ordinal))
        {
            await Expect.FailsAsync(StatusCode.PermissionDenied, Call(rpc, existing, Demo.SolgardenNurse));
        }
    }

    [Fact]
    public async Task Lists_and_creation_stay_within_the_tenant_and_the_callers_units()
    {
        var existing = await WorldAsync();
        var other = await platform.PlansAsAsync(Demo.SocialQualityDeveloper);

        Assert.DoesNotContain((await other.ListPlansAsync(new ListPlansRequest { PageSize = 500 })).Plans, p => p.PlanId == existing.Plan.PlanId);
        await Expect.FailsAsync(StatusCode.PermissionDenied, other.GetYearWheelAsync(new GetYearWheelRequest { UnitId = Demo.HemtjanstNorr, Year = existing.Plan.Year }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, other.CreatePlanAsync(new CreatePlanRequest { UnitId = Demo.HemtjanstNorr, Year = 2090, Name = "Kapad" }));
        Assert.DoesNotContain((await (await platform.ChecklistsAsAsync(Demo.SocialQualityDeveloper)).ListChecklistTemplatesAsync(new ListChecklistTemplatesRequest { PageSize = 500 })).Templates,
            t => t.TemplateId == existing.TemplateId);
        Assert.DoesNotContain((await (await platform.InspectionsAsAsync(Demo.SocialQualityDeveloper)).ListFindingsAsync(new ListFindingsRequest { PageSize = 500 })).Findings,
            f => f.FindingId == existing.FindingId);

        var employee = await platform.PlansAsAsync(Demo.AldreEmployee);
        Assert.Empty((await employee.ListPlansAsync(new ListPlansRequest { PageSize = 500 })).Plans);
        await Expect.FailsAsync(StatusCode.PermissionDenied, employee.GetYearWheelAsync(new GetYearWheelRequest { UnitId = Demo.HemtjanstNorr, Year = existing.Plan.Year }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, employee.CreatePlanAsync(new CreatePlanRequest { UnitId = Demo.HemtjanstNorr, Year = 2090, Name = "Egen" }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.ChecklistsAsAsync(Demo.AldreEmployee)).ListChecklistTemplatesAsync(new ListChecklistTemplatesRequest()));
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.ChecklistsAsAsync(Demo.AldreUnitManager)).CreateChecklistTemplateAsync(
            new CreateChecklistTemplateRequest { Name = "Egen", Questions = { Checklists.Hygiene() } }));
        foreach (var staff in new[] { Demo.AldreEmployee, Demo.SolgardenNurse })
        {
            Assert.DoesNotContain((await (await platform.InspectionsAsAsync(staff)).ListFindingsAsync(new ListFindingsRequest { PageSize = 500 })).Findings,
                f => f.FindingId == existing.FindingId);
        }
    }

    [Fact]
    public async Task MAS_carries_out_an_HSL_activity_but_not_another()
    {
        var hsl = await new Checklists(platform).OccurrenceAsync(healthCare: true);
        var social = await new Checklists(platform).OccurrenceAsync();
        var mas = await platform.InspectionsAsAsync(Demo.AldreMas);

        await Expect.FailsAsync(StatusCode.PermissionDenied, mas.RecordExecutionAsync(Checklists.Answers(social.OccurrenceId, "2027-01-11")));
        var execution = (await mas.RecordExecutionAsync(Checklists.Answers(hsl.OccurrenceId, "2027-01-11"))).Execution;
        Assert.Contains((await mas.ListFindingsAsync(new ListFindingsRequest { PageSize = 500 })).Findings, f => f.FindingId == execution.FindingIds[0]);
    }

    [Fact]
    public async Task The_person_named_responsible_carries_out_the_activity()
    {
        var template = await new Checklists(platform).PublishedAsync();
        var activity = Plans.Activity("Signeringslistor", Frequency.Yearly);
        activity.ResponsibleUserId = DemoUsers.AnnaAnderssonSub;
        activity.ChecklistTemplateId = template.TemplateId;
        var year = Plans.NewYear();
        await new Plans(platform).ApprovedAsync(year, [activity]);
        var occurrence = Assert.Single(await new Plans(platform).WheelAsync(year));

        var execution = (await (await platform.InspectionsAsAsync(Demo.AldreEmployee)).RecordExecutionAsync(Checklists.Answers(occurrence.OccurrenceId, "2027-01-11"))).Execution;

        Assert.Equal(DemoUsers.AnnaAnderssonSub, execution.Performed.UserId);
    }

    [Fact]
    public async Task The_namnd_sees_the_year_wheel_and_scores_but_no_answers_or_findings()
    {
        var year = Plans.NewYear();
        var quality = await platform.ChecklistsAsAsync(Demo.SocialQualityDeveloper);
        var template = (await quality.CreateChecklistTemplateAsync(new CreateChecklistTemplateRequest { Name = "Aktgranskning", Questions = { Checklists.Hygiene() } })).Template;
        await quality.PublishChecklistTemplateAsync(new PublishChecklistTemplateRequest { TemplateId = template.TemplateId });
        var activity = Plans.Activity("Aktgranskning", Frequency.Yearly);
        activity.ChecklistTemplateId = template.TemplateId;
        await new Plans(platform).ApprovedAsync(year, [activity], Demo.SocialForvaltning, Demo.SocialQualityDeveloper, Demo.SocialAdministrationHead);
        var occurrence = Assert.Single(await new Plans(platform).WheelAsync(year, Demo.SocialForvaltning, Demo.SocialQualityDeveloper));
        var execution = (await (await platform.InspectionsAsAsync(Demo.SocialQualityDeveloper)).RecordExecutionAsync(Checklists.Answers(occurrence.OccurrenceId, "2027-01-11"))).Execution;
        var committee = await platform.InspectionsAsAsync(Demo.SocialCommittee);

        var seen = Assert.Single(await new Plans(platform).WheelAsync(year, Demo.SocialForvaltning, Demo.SocialCommittee));
        Assert.Equal((OccurrenceState.Done, 62.5), (seen.State, seen.Score));
        await Expect.FailsAsync(StatusCode.PermissionDenied, committee.GetExecutionAsync(new GetExecutionRequest { ExecutionId = execution.ExecutionId }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, committee.GetFindingAsync(new GetFindingRequest { FindingId = execution.FindingIds[0] }));
        Assert.Empty((await committee.ListFindingsAsync(new ListFindingsRequest { PageSize = 500 })).Findings);
    }

    /// <summary>What the refused calls aim at, in äldrenämnden's hemtjänst norr: built once, since no refused call changes it.</summary>
    private sealed record World(Plan Plan, string OpenOccurrenceId, string TemplateId, string ExecutionId, string FindingId);

    private async Task<World> WorldAsync()
    {
        await Building.WaitAsync();
        try
        {
            if (world is null)
            {
                var checklists = new Checklists(platform);
                var template = await checklists.PublishedAsync();
                var withChecklist = Plans.Activity("Hygienrond", Frequency.Yearly);
                withChecklist.ChecklistTemplateId = template.TemplateId;
                var year = Plans.NewYear();
                var plan = await new Plans(platform).ApprovedAsync(year, [withChecklist, Plans.Activity("Journalgranskning", Frequency.Yearly, startMonth: 3)]);
                var occurrences = await new Plans(platform).WheelAsync(year);
                var executed = occurrences.Single(o => o.ActivityName == "Hygienrond");
                var execution = (await (await platform.InspectionsAsAsync(Demo.AldreUnitManager)).RecordExecutionAsync(Checklists.Answers(executed.OccurrenceId, "2027-01-11"))).Execution;
                world = new World(plan, occurrences.Single(o => o.ActivityName == "Journalgranskning").OccurrenceId, template.TemplateId, execution.ExecutionId, execution.FindingIds[0]);
            }
            return world;
        }
        finally
        {
            Building.Release();
        }
    }

    private async Task Call(string rpc, World at, string user)
    {
        var plans = await platform.PlansAsAsync(user);
        var checklists = await platform.ChecklistsAsAsync(user);
        var inspections = await platform.InspectionsAsAsync(user);
        var planId = at.Plan.PlanId;
        Task call = rpc switch
        {
            "get-plan" => plans.GetPlanAsync(new GetPlanRequest { PlanId = planId }).ResponseAsync,
            "add-activity" => plans.AddActivityAsync(new AddActivityRequest { PlanId = planId, Activity = Plans.Activity("Extra", Frequency.Once) }).ResponseAsync,
            "add-activity-from-template" => plans.AddActivityFromTemplateAsync(new AddActivityFromTemplateRequest { PlanId = planId, TemplateId = at.TemplateId }).ResponseAsync,
            "remove-activity" => plans.RemoveActivityAsync(new RemoveActivityRequest { PlanId = planId, ActivityId = at.Plan.Activities[0].ActivityId }).ResponseAsync,
            "approve" => plans.ApprovePlanAsync(new ApprovePlanRequest { PlanId = planId }).ResponseAsync,
            "revise" => plans.RevisePlanAsync(new RevisePlanRequest { PlanId = planId, Reason = "Skäl" }).ResponseAsync,
            "copy" => plans.CopyPlanToNextYearAsync(new CopyPlanToNextYearRequest { PlanId = planId }).ResponseAsync,
            "cancel-occurrence" => plans.CancelOccurrenceAsync(new CancelOccurrenceRequest { OccurrenceId = at.OpenOccurrenceId, Reason = "Skäl" }).ResponseAsync,
            "get-template" => checklists.GetChecklistTemplateAsync(new GetChecklistTemplateRequest { TemplateId = at.TemplateId }).ResponseAsync,
            "publish-template" => checklists.PublishChecklistTemplateAsync(new PublishChecklistTemplateRequest { TemplateId = at.TemplateId }).ResponseAsync,
            "revise-template" => checklists.ReviseChecklistTemplateAsync(new ReviseChecklistTemplateRequest { TemplateId = at.TemplateId, Questions = { Checklists.Hygiene() } }).ResponseAsync,
            "share-template" => checklists.ShareChecklistTemplateAsync(new ShareChecklistTemplateRequest { TemplateId = at.TemplateId, ToAllTenants = true }).ResponseAsync,
            "record" => inspections.RecordExecutionAsync(Checklists.Answers(at.OpenOccurrenceId, "2027-01-11")).ResponseAsync,
            "get-execution" => inspections.GetExecutionAsync(new GetExecutionRequest { ExecutionId = at.ExecutionId }).ResponseAsync,
            "raise-finding" => inspections.RaiseFindingAsync(new RaiseFindingRequest { ExecutionId = at.ExecutionId, Description = "Fri", Severity = Severity.Low }).ResponseAsync,
            "get-finding" => inspections.GetFindingAsync(new GetFindingRequest { FindingId = at.FindingId }).ResponseAsync,
            "decide" => inspections.DecideActionAsync(new DecideActionRequest
            {
                FindingId = at.FindingId, Description = "Åtgärd", ResponsibleUserId = "u", ResponsibleName = "Namn", DueOn = "2027-12-01",
            }).ResponseAsync,
            "complete" => inspections.CompleteActionAsync(new CompleteActionRequest { FindingId = at.FindingId, FollowUpNote = "Klart" }).ResponseAsync,
            "report-incident" => inspections.ReportFindingAsIncidentAsync(new ReportFindingAsIncidentRequest { FindingId = at.FindingId }).ResponseAsync,
            _ => inspections.AcceptFindingAsync(new AcceptFindingRequest { FindingId = at.FindingId, Reason = "Skäl" }).ResponseAsync,
        };
        await call;
    }
}
