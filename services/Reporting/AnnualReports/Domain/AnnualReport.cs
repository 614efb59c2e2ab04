using Ledningssystem.Reporting.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Reporting.AnnualReports.Domain;

/// <summary>One step in an <see cref="AnnualReport"/>'s history.</summary>
public sealed record AnnualReportHistoryEntry(
    string Step, AnnualReportState? FromState, AnnualReportState ToState, string UserId, string UserName, DateTimeOffset At, string Note)
    : WorkflowHistoryEntry;

/// <summary>The text staff wrote for one section.</summary>
public sealed record SectionText(ReportSection Section, string Text);

/// <summary>
/// A tenant's patientsäkerhetsberättelse or kvalitetsberättelse for one year: the sections' texts, written in draft,
/// reviewed, approved (the figures are frozen then, so that the approved document is the one published) and published.
/// The report belongs to the whole tenant, so its unit is empty.
/// </summary>
public sealed class AnnualReport : WorkflowAggregate<AnnualReportState, AnnualReportHistoryEntry>
{
    public const int MaxTextLength = 20_000;

    private readonly List<SectionText> sections = [];

    private AnnualReport()
    {
    }

    public AnnualReportKind Kind { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<SectionText> Sections => sections;

    /// <summary>Who sent it to review, so that somebody else approves it.</summary>
    public string SubmittedBy { get; private set; } = "";

    /// <summary>The figures as they were when approved (<see cref="Figures.FrozenFigures"/>); null before.</summary>
    public string? FrozenFigures { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string Title => AnnualReportTexts.Title(Kind, Year);

    public static AnnualReport Create(string id, string tenantId, AnnualReportKind kind, int year, Actor actor, DateTimeOffset now)
    {
        var report = new AnnualReport { Id = id, TenantId = tenantId, Kind = kind, Year = year, State = AnnualReportState.Draft };
        report.Record("Skapad", null, actor, now, "");
        return report;
    }

    public string TextOf(ReportSection section) => sections.FirstOrDefault(s => s.Section == section)?.Text ?? "";

    public void Write(ReportSection section, string text, Actor actor, DateTimeOffset now)
    {
        Require(AnnualReportState.Draft, "ändras");
        sections.RemoveAll(s => s.Section == section);
        if (text.Length > 0)
        {
            sections.Add(new SectionText(section, text));
        }
        Record("Avsnitt skrivet", AnnualReportState.Draft, actor, now, AnnualReportTexts.Heading(section, Kind));
    }

    public void Submit(Actor actor, DateTimeOffset now, string note)
    {
        Require(AnnualReportState.Draft, "lämnas till granskning");
        SubmittedBy = actor.UserId;
        Move(AnnualReportState.InReview, "Lämnad till granskning", actor, now, note);
    }

    public void Return(Actor actor, DateTimeOffset now, string note)
    {
        Require(AnnualReportState.InReview, "återlämnas");
        Move(AnnualReportState.Draft, "Återlämnad", actor, now, note);
    }

    public void Approve(Actor actor, DateTimeOffset now, string note, string frozenFigures)
    {
        Require(AnnualReportState.InReview, "fastställas");
        if (actor.UserId == SubmittedBy)
        {
            throw new ReportingRuleException("SAME_PERSON", "Den som lämnade berättelsen till granskning kan inte själv fastställa den.");
        }
        FrozenFigures = frozenFigures;
        Move(AnnualReportState.Approved, "Fastställd", actor, now, note);
    }

    public void Publish(Actor actor, DateTimeOffset now, string note)
    {
        Require(AnnualReportState.Approved, "publiceras");
        PublishedAt = now;
        Move(AnnualReportState.Published, "Publicerad", actor, now, note);
    }

    protected override DomainRuleException Illegal(string attempted) => new ReportingRuleException(
        "ILLEGAL_TRANSITION",
        $"Berättelsen är {AnnualReportTexts.State(State)} och kan inte {attempted}.",
        new Dictionary<string, string> { ["state"] = State.ToString() });

    protected override AnnualReportHistoryEntry Entry(string stepName, AnnualReportState? from, Actor actor, DateTimeOffset now, string note) =>
        new(stepName, from, State, actor.UserId, actor.Name, now, note);
}
