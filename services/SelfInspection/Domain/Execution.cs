using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.SelfInspection.Domain;

/// <summary>
/// A carried-out occurrence: who did it, when and on which unit, each answer with its comment and the compliance score.
/// Comments may name people, so reads are audited.
/// </summary>
public sealed class Execution : ITenantOwned, IPersonalData, ICarriedOut
{
    private Execution()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string Id { get; private set; } = "";

    public string AuditId => Id;

    public string OccurrenceId { get; private set; } = "";

    public string UnitId { get; private set; } = "";

    public string? TemplateId { get; private set; }

    public DateOnly PerformedOn { get; private set; }

    public string PerformedBy { get; private set; } = "";

    public string PerformedByName { get; private set; } = "";

    public DateTimeOffset PerformedAt { get; private set; }

    public List<Answer> Answers { get; private set; } = [];

    public double Score { get; private set; }

    public bool HealthCare { get; private set; }

    public string? ResponsibleUserId { get; private set; }

    /// <summary>
    /// Carries out <paramref name="occurrence"/> with <paramref name="template"/> (null when the activity has no
    /// checklist, and then no answers): the answers are checked, scored and the occurrence is done.
    /// </summary>
    public static Execution Record(
        string id, Occurrence occurrence, ChecklistTemplate? template, DateOnly performedOn, DateOnly today, IReadOnlyList<Answer> answers, Actor actor, DateTimeOffset now)
    {
        if (performedOn > today)
        {
            throw new SelfInspectionRuleException("PERFORMED_IN_FUTURE", "Egenkontrollen kan inte vara genomförd i framtiden.", occurrence.State);
        }
        if (template is null && answers.Count > 0)
        {
            throw new SelfInspectionRuleException("NO_CHECKLIST", "Aktiviteten har ingen checklista att besvara.", occurrence.State);
        }
        template?.Check(answers);
        var execution = new Execution
        {
            Id = id,
            TenantId = occurrence.TenantId,
            OccurrenceId = occurrence.Id,
            UnitId = occurrence.UnitId,
            TemplateId = template?.Id,
            PerformedOn = performedOn,
            PerformedBy = actor.UserId,
            PerformedByName = actor.Name,
            PerformedAt = now,
            Answers = [.. answers],
            Score = template?.Score(answers) ?? 100,
            HealthCare = occurrence.HealthCare,
            ResponsibleUserId = occurrence.ResponsibleUserId,
        };
        occurrence.Complete(id, execution.Score);
        return execution;
    }

    /// <summary>The findings its answers raise: nej a medium one, delvis a low one, described by the question and the comment.</summary>
    public IEnumerable<(string QuestionId, string Description, Severity Severity)> AnswerFindings(ChecklistTemplate? template)
    {
        var questions = template?.Questions.ToDictionary(q => q.QuestionId) ?? [];
        foreach (var answer in Answers.Where(a => a.YesNo is YesNo.No or YesNo.Partly))
        {
            var text = questions[answer.QuestionId].Text;
            var description = answer.Comment.Length > 0 ? $"{text} – {answer.Comment}" : text;
            yield return (answer.QuestionId, description, answer.YesNo == YesNo.No ? Severity.Medium : Severity.Low);
        }
    }
}
