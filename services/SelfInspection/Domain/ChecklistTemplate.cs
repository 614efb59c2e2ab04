using System.Globalization;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.SelfInspection.Domain;

/// <summary>A question of a checklist: how it is answered, whether it must be, and its weight in the score.</summary>
public sealed record Question(string QuestionId, string Text, AnswerType AnswerType, bool Required, int Weight, IReadOnlyList<string> Choices);

/// <summary>An answer as given: ja/nej/delvis/ej aktuellt for a yes/no question, otherwise the value written.</summary>
public sealed record Answer(string QuestionId, YesNo? YesNo, string Value, string Comment);

/// <summary>
/// How the activity that carries the checklist out is planned, as the template's author proposes it: shared and adopted
/// with the checklist, so that the units under one nämnd run comparable controls.
/// </summary>
public sealed record ActivityTemplate(InspectionMethod Method, string ResponsibleRole, Frequency Frequency, IReadOnlyList<int> Months, bool HealthCare);

/// <summary>
/// One version of a checklist template: a DRAFT is published, and changed only by a new version (<see cref="Revise"/>);
/// publishing it RETIRES the version before. Executions keep the version they used.
/// </summary>
public sealed class ChecklistTemplate : ITenantOwned
{
    private ChecklistTemplate()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string Id { get; private set; } = "";

    public string SeriesId { get; private set; } = "";

    public int TemplateVersion { get; private set; } = 1;

    public string Name { get; private set; } = "";

    public TemplateState State { get; private set; } = TemplateState.Draft;

    public List<Question> Questions { get; private set; } = [];

    /// <summary>The proposed activity; null for a checklist alone.</summary>
    public ActivityTemplate? Activity { get; private set; }

    public List<string> SharedWithTenantIds { get; private set; } = [];

    public bool SharedWithAllTenants { get; private set; }

    public string? UpstreamTenantId { get; private set; }

    public string? UpstreamTemplateId { get; private set; }

    public int Version { get; private set; }

    public static ChecklistTemplate Create(string id, string tenantId, string name, IEnumerable<Question> questions, ActivityTemplate? activity = null) =>
        new() { Id = id, TenantId = tenantId, SeriesId = id, Name = name.Trim(), Questions = Numbered(questions), Activity = activity };

    public void Publish()
    {
        Require(TemplateState.Draft, "publiceras");
        State = TemplateState.Published;
        Version++;
    }

    /// <summary>PUBLISHED → RETIRED, when the next version is published.</summary>
    public void Retire()
    {
        Require(TemplateState.Published, "ersättas");
        State = TemplateState.Retired;
        Version++;
    }

    /// <summary>Shares this published version with <paramref name="tenantIds"/> (never its own tenant), or with every tenant.</summary>
    public void Share(IEnumerable<string> tenantIds, bool toAllTenants)
    {
        Require(TemplateState.Published, "delas");
        SharedWithTenantIds = [.. tenantIds.Where(t => t != TenantId).Distinct(StringComparer.Ordinal)];
        SharedWithAllTenants = toAllTenants;
        Version++;
    }

    /// <summary>Whether <paramref name="tenantId"/>, another tenant, may adopt this version.</summary>
    public bool IsSharedWith(string tenantId) =>
        State == TemplateState.Published && tenantId != TenantId && (SharedWithAllTenants || SharedWithTenantIds.Contains(tenantId));

    /// <summary>A copy in <paramref name="tenantId"/>, published at once and remembering where it came from.</summary>
    public ChecklistTemplate AdoptInto(string newId, string tenantId)
    {
        if (!IsSharedWith(tenantId))
        {
            throw Refused("NOT_SHARED", "Checklistan är inte delad med er.");
        }
        return new()
        {
            Id = newId, TenantId = tenantId, SeriesId = newId, Name = Name, Questions = [.. Questions], Activity = Activity, State = TemplateState.Published,
            UpstreamTenantId = TenantId, UpstreamTemplateId = Id,
        };
    }

    public ChecklistTemplate Revise(string newId, IEnumerable<Question> questions)
    {
        Require(TemplateState.Published, "revideras");
        return new()
        {
            Id = newId, TenantId = TenantId, SeriesId = SeriesId, TemplateVersion = TemplateVersion + 1, Name = Name, Questions = Numbered(questions), Activity = Activity,
        };
    }

    /// <summary>
    /// The activity this published template proposes, named as the template and carrying it out; the planner adds when it
    /// starts, who in person is responsible and the rutin it checks.
    /// </summary>
    public ActivitySpec ProposeActivity(int startMonth, string? responsibleUserId, string? documentId)
    {
        Require(TemplateState.Published, "planeras som aktivitet");
        if (Activity is not { } activity)
        {
            throw Refused("NO_ACTIVITY_TEMPLATE", "Checklistan föreslår ingen aktivitet; lägg till aktiviteten själv.");
        }
        return new(Name, activity.Method, activity.ResponsibleRole, responsibleUserId, activity.Frequency, activity.Months, startMonth, documentId, null, Id, activity.HealthCare);
    }

    /// <summary>The answers checked against the questions: every required one answered, each in its question's kind.</summary>
    public void Check(IReadOnlyList<Answer> answers)
    {
        var byId = Questions.ToDictionary(q => q.QuestionId);
        foreach (var answer in answers)
        {
            if (!byId.TryGetValue(answer.QuestionId, out var question))
            {
                throw Refused("UNKNOWN_QUESTION", $"Checklistan har ingen fråga {answer.QuestionId}.");
            }
            var fits = question.AnswerType switch
            {
                AnswerType.YesNo => answer.YesNo is not null,
                AnswerType.Number => double.TryParse(answer.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                AnswerType.Choice => question.Choices.Contains(answer.Value),
                _ => answer.Value.Length > 0,
            };
            if (!fits)
            {
                throw Refused("ANSWER_DOES_NOT_FIT", $"Svaret på frågan \"{question.Text}\" passar inte frågans svarstyp.");
            }
        }
        if (Questions.FirstOrDefault(q => q.Required && answers.All(a => a.QuestionId != q.QuestionId)) is { } missing)
        {
            throw Refused("REQUIRED_UNANSWERED", $"Frågan \"{missing.Text}\" måste besvaras.");
        }
        if (answers.GroupBy(a => a.QuestionId).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Refused("ANSWERED_TWICE", $"Frågan {twice.Key} är besvarad två gånger.");
        }
    }

    /// <summary>
    /// The compliance score, 0-100: ja counts fully, delvis half and nej nothing, each by its question's weight; ej
    /// aktuellt and the other answer types do not count. 100 when nothing counts.
    /// </summary>
    public double Score(IReadOnlyList<Answer> answers)
    {
        var weights = Questions.Where(q => q.AnswerType == AnswerType.YesNo).ToDictionary(q => q.QuestionId, q => q.Weight);
        var counted = answers
            .Where(a => a.YesNo is YesNo.Yes or YesNo.No or YesNo.Partly && weights.ContainsKey(a.QuestionId))
            .Select(a => (Weight: weights[a.QuestionId], Points: a.YesNo switch { YesNo.Yes => 1.0, YesNo.Partly => 0.5, _ => 0.0 }))
            .ToList();
        var total = counted.Sum(c => c.Weight);
        return total == 0 ? 100 : Math.Round(100 * counted.Sum(c => c.Weight * c.Points) / total, 1);
    }

    private void Require(TemplateState expected, string attempted)
    {
        if (State != expected)
        {
            throw new SelfInspectionRuleException("ILLEGAL_TRANSITION", $"Checklistan är {State.Swedish()} och kan inte {attempted} nu.", State);
        }
    }

    private SelfInspectionRuleException Refused(string reason, string message) => new(reason, message, State);

    private static List<Question> Numbered(IEnumerable<Question> questions) =>
        [.. questions.Select((q, i) => q with { QuestionId = q.QuestionId.Length > 0 ? q.QuestionId : $"q{i + 1}", Weight = q.Weight == 0 ? 1 : q.Weight })];
}
