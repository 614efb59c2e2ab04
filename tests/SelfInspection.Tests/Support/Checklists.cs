using Ledningssystem.Contracts.SelfInspection.V1;

namespace Ledningssystem.SelfInspection.Tests.Support;

/// <summary>A published hygiene checklist and a plan whose one activity uses it, as the executions' tests start from.</summary>
public sealed class Checklists(SelfInspectionFixture platform)
{
    public static Question YesNoQuestion(string id, string text, int weight = 1, bool required = true) =>
        new() { QuestionId = id, Text = text, AnswerType = AnswerType.YesNo, Weight = weight, Required = required };

    public static IEnumerable<Question> Hygiene() =>
    [
        YesNoQuestion("q1", "Följs basala hygienrutiner?", weight: 2),
        YesNoQuestion("q2", "Finns handsprit vid varje brukare?"),
        YesNoQuestion("q3", "Är arbetskläderna rena?"),
        new() { QuestionId = "q4", Text = "Antal observerade tillfällen", AnswerType = AnswerType.Number },
    ];

    public async Task<ChecklistTemplate> PublishedAsync(IEnumerable<Question>? questions = null)
    {
        var client = await platform.ChecklistsAsAsync(Demo.AldreApprover);
        var draft = (await client.CreateChecklistTemplateAsync(new CreateChecklistTemplateRequest { Name = "Hygienrond", Questions = { questions ?? Hygiene() } })).Template;
        return (await client.PublishChecklistTemplateAsync(new PublishChecklistTemplateRequest { TemplateId = draft.TemplateId })).Template;
    }

    /// <summary>An approved plan at hemtjänst norr with one yearly hygiene round (in January) on a published checklist; its occurrence.</summary>
    public async Task<Occurrence> OccurrenceAsync(int? year = null, bool healthCare = false)
    {
        var template = await PublishedAsync();
        var activity = Plans.Activity("Hygienrond", Frequency.Yearly);
        activity.Method = InspectionMethod.HygieneRound;
        activity.ChecklistTemplateId = template.TemplateId;
        activity.HealthCare = healthCare;
        var plans = new Plans(platform);
        var planYear = year ?? Plans.NewYear();
        await plans.ApprovedAsync(planYear, [activity]);
        return Assert.Single(await plans.WheelAsync(planYear));
    }

    public static RecordExecutionRequest Answers(string occurrenceId, string performedOn) => new()
    {
        OccurrenceId = occurrenceId,
        PerformedOn = performedOn,
        Answers =
        {
            new Answer { QuestionId = "q1", YesNo = YesNo.Yes },
            new Answer { QuestionId = "q2", YesNo = YesNo.Partly, Comment = "Saknas hos två brukare" },
            new Answer { QuestionId = "q3", YesNo = YesNo.No },
            new Answer { QuestionId = "q4", Value = "12" },
        },
    };
}
