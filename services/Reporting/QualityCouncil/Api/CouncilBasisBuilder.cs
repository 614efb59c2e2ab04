using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.QualityCouncil.Data;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Microsoft.EntityFrameworkCore;
using ReadModel = Ledningssystem.Reporting.Domain;
using MonthRange = Ledningssystem.Reporting.QualityCouncil.Domain.MonthRange;

namespace Ledningssystem.Reporting.QualityCouncil.Api;

/// <summary>
/// Fills the agenda of the kvalitetsråd (seed 001's dagordning) from the read models for a unit subtree: each
/// topic's counts for the period, the period before and the same period the year before, and the period's planned
/// egenkontroll per activity. No case and no person: the only texts of a source are the activities' names and the
/// reasons given for cancelled occurrences.
/// </summary>
public sealed class CouncilBasisBuilder(ReportingDb db, TimeProvider clock)
{
    private const string IncidentSocialCare = "INCIDENT_KIND_SOCIAL_CARE";
    private const string IncidentHealthCare = "INCIDENT_KIND_HEALTH_CARE";
    private const string IncidentLexSarah = "INCIDENT_KIND_LEX_SARAH";

    private static readonly (string Kind, string Label)[] ComplaintKinds =
    [
        ("COMPLAINT_KIND_COMPLAINT", "Klagomål"), ("COMPLAINT_KIND_OPINION", "Synpunkter"), ("COMPLAINT_KIND_SUGGESTION", "Förslag"), ("COMPLAINT_KIND_PRAISE", "Beröm"),
    ];

    private static readonly (string Kind, string Label)[] FindingSeverities =
    [
        ("SEVERITY_HIGH", "Brister med hög allvarlighetsgrad"), ("SEVERITY_MEDIUM", "Brister med medelhög allvarlighetsgrad"), ("SEVERITY_LOW", "Brister med låg allvarlighetsgrad"),
    ];

    private static readonly (string Kind, string Label)[] RiskLevels =
    [
        ("RISK_LEVEL_VERY_HIGH", "Nya risker, mycket hög nivå"), ("RISK_LEVEL_HIGH", "Nya risker, hög nivå"), ("RISK_LEVEL_MEDIUM", "Nya risker, medelhög nivå"),
        ("RISK_LEVEL_LOW", "Nya risker, låg nivå"), ("", "Nya risker, ännu inte bedömda"),
    ];

    private static readonly (Domain.SourceService Source, string Label)[] Sources =
    [
        (Domain.SourceService.Incidents, "avvikelser"), (Domain.SourceService.Complaints, "klagomål och synpunkter"),
        (Domain.SourceService.SelfInspection, "egenkontroll"), (Domain.SourceService.Risks, "risker"),
    ];

    public async Task<CouncilBasis> BuildAsync(
        string unitId, string unitName, IReadOnlyList<string> units, Domain.CouncilOccasion? occasion, MonthRange period, CancellationToken cancellationToken)
    {
        MonthRange[] periods = [period, period.Before, period.YearBefore];
        var figures = new List<Figures>();
        foreach (var range in periods)
        {
            figures.Add(await FiguresAsync(range, units, cancellationToken));
        }
        CouncilFigure Figure(string key, string label, Func<Figures, long> value) => new()
        {
            Key = key, Label = label, Count = value(figures[0]), PreviousPeriod = value(figures[1]), SamePeriodLastYear = value(figures[2]),
        };
        var today = SwedishCalendar.Today(clock);
        var balance = await db.BalanceItemsOf(units)
            .Where(i => i.Status == Domain.BalanceItemStatus.Open)
            .Select(i => new { i.Source, i.Kind, i.DueOn })
            .ToListAsync(cancellationToken);
        var (plannedControls, plannedControlsTruncated) = PlannedControls.Of(
            await db.PlannedOccurrencesAsync(period, units, PlannedControls.MaxOccurrences + 1, cancellationToken), today);
        var internalControl = Item(CouncilTopic.InternalControl, "Internkontroll (RoV och genomförda kontroller)",
        [
            Figure("RISK_AND_MATERIALITY_ANALYSES_ADOPTED", "Antagna risk- och väsentlighetsanalyser för periodens år", f => f.ControlPlans),
            Figure("INTERNAL_CONTROLS_PLANNED", "Kontroller i internkontrollplanen som gäller enheten", f => f.PlannedControls),
            Figure("INTERNAL_CONTROLS_CARRIED_OUT", "Genomförda kontroller", f => f.Count(ReadModel.Subject.Inspections, Domain.InspectionExecution.InternalControlKind)),
            Figure("INTERNAL_CONTROLS_AVERAGE_SCORE", "Genomförda kontrollers följsamhet i genomsnitt (procent)", f => f.AverageScore(Domain.InspectionExecution.InternalControlKind)),
            .. RiskLevels.Select(l => Figure(l.Kind.Length == 0 ? "RISK_LEVEL_UNASSESSED" : l.Kind, l.Label, f => f.Count(ReadModel.Subject.Risks, l.Kind))),
        ], "Kontrollernas enskilda svar och brister finns i Egenkontroll; RoV:ns risker i Risker.");
        internalControl.PlannedControls.AddRange(plannedControls);
        internalControl.PlannedControlsTruncated = plannedControlsTruncated;
        return new CouncilBasis
        {
            UnitId = unitId,
            UnitName = unitName,
            Avdelning = units.Count > 1,
            Occasion = occasion?.ToProto() ?? CouncilOccasion.Unspecified,
            Period = period.ToProto(),
            PreviousPeriod = period.Before.ToProto(),
            SamePeriodLastYear = period.YearBefore.ToProto(),
            CompiledAt = clock.GetUtcNow().ToProto(),
            Agenda =
            {
                Item(CouncilTopic.Complaints, "Klagomål, synpunkter och beröm",
                [
                    .. ComplaintKinds.Select(k => Figure(k.Kind, k.Label, f => f.Count(ReadModel.Subject.Complaints, k.Kind))),
                    Figure("COMPLAINTS_NOT_CLOSED", "Ej avslutade", f => f.NotClosed(ReadModel.Subject.Complaints)),
                ]),
                internalControl,
                Item(CouncilTopic.SocialCareDeficiencies, "Fel och brister enligt SoL/LSS",
                [
                    Figure(IncidentSocialCare, "Rapporterade fel och brister", f => f.Count(ReadModel.Subject.Incidents, IncidentSocialCare)),
                    Figure(IncidentSocialCare + "_NOT_CLOSED", "Varav ej avslutade", f => f.NotClosed(ReadModel.Subject.Incidents, IncidentSocialCare)),
                ]),
                Item(CouncilTopic.HealthCareIncidents, "Avvikelser enligt HSL",
                [
                    Figure(IncidentHealthCare, "Rapporterade avvikelser", f => f.Count(ReadModel.Subject.Incidents, IncidentHealthCare)),
                    Figure(IncidentHealthCare + "_NOT_CLOSED", "Varav ej avslutade", f => f.NotClosed(ReadModel.Subject.Incidents, IncidentHealthCare)),
                    Figure("INCIDENTS_NOT_TRIAGED", "Rapporter som ännu inte har bedömts (varken SoL/LSS eller HSL än)", f => f.Count(ReadModel.Subject.Incidents, "")),
                ]),
                Item(CouncilTopic.LexSarahAndLexMaria, "Redovisning av domar, lex Sarah, lex Maria",
                [
                    Figure(IncidentLexSarah, "Lex Sarah-rapporter (missförhållanden och påtagliga risker)", f => f.Count(ReadModel.Subject.Incidents, IncidentLexSarah)),
                    Figure("TRACK_LEX_SARAH", "Utredda enligt lex Sarah", f => f.Escalated("TRACK_LEX_SARAH")),
                    Figure("TRACK_LEX_SARAH_NOTIFIED", "Varav anmälda till IVO", f => f.Notified("TRACK_LEX_SARAH")),
                    Figure("TRACK_LEX_MARIA", "Händelser enligt lex Maria", f => f.Escalated("TRACK_LEX_MARIA")),
                    Figure("TRACK_LEX_MARIA_NOTIFIED", "Varav anmälda till IVO", f => f.Notified("TRACK_LEX_MARIA")),
                ], "Domar registreras inte i systemet."),
                Item(CouncilTopic.Inspections, "Aktuella inspektioner",
                [
                    Figure("SELF_INSPECTIONS_CARRIED_OUT", "Genomförda egenkontroller", f => f.Count(ReadModel.Subject.Inspections, Domain.InspectionExecution.SelfInspectionKind)),
                    Figure("SELF_INSPECTIONS_AVERAGE_SCORE", "Egenkontrollernas följsamhet i genomsnitt (procent)", f => f.AverageScore(Domain.InspectionExecution.SelfInspectionKind)),
                    .. FindingSeverities.Select(s => Figure(s.Kind, s.Label, f => f.Count(ReadModel.Subject.InspectionFindings, s.Kind))),
                ], "IVO:s inspektioner och andra myndigheters granskningar registreras inte i systemet; här visas verksamhetens egna egenkontroller och deras brister."),
                Item(CouncilTopic.BalanceLists, "Genomgång av balanslistor",
                [
                    .. Sources.SelectMany(s => new[]
                    {
                        Now($"{Reporting.Events.EventFacts.Name(s.Source.ToProto())}_OPEN", $"Öppna åtgärder, {s.Label}", balance.LongCount(i => i.Source == s.Source)),
                        Now($"{Reporting.Events.EventFacts.Name(s.Source.ToProto())}_OVERDUE", $"Försenade åtgärder, {s.Label}",
                            balance.LongCount(i => i.Source == s.Source && (i.Kind is Domain.BalanceItemKind.ComplaintAcknowledgement or Domain.BalanceItemKind.ComplaintAnswer || i.DueOn < today))),
                    }),
                ], "Balanslistan visas som den ser ut när underlaget tas fram, utan jämförelser; varje åtgärd finns i balanslistan."),
            },
        };
    }

    private static CouncilAgendaItem Item(CouncilTopic topic, string heading, IEnumerable<CouncilFigure> figures, string note = "") =>
        new() { Topic = topic, Heading = heading, Figures = { figures }, Note = note };

    /// <summary>A figure of today's state, which has nothing to compare with.</summary>
    private static CouncilFigure Now(string key, string label, long count) => new() { Key = key, Label = label, Count = count };

    private async Task<Figures> FiguresAsync(MonthRange range, IReadOnlyList<string> units, CancellationToken cancellationToken)
    {
        var totals = new Dictionary<ReadModel.Subject, List<Total>>();
        foreach (var subject in new[] { ReadModel.Subject.Incidents, ReadModel.Subject.Complaints, ReadModel.Subject.Inspections, ReadModel.Subject.InspectionFindings, ReadModel.Subject.Risks })
        {
            totals[subject] = await db.TotalsAsync(subject, range, units, cancellationToken);
        }
        var (plans, controls) = await db.ControlPlansAsync(range.Years, units, cancellationToken);
        return new Figures(totals, await db.EscalationsAsync(range, units, cancellationToken), plans, controls);
    }

    /// <summary>What the read models hold for one period.</summary>
    private sealed record Figures(
        Dictionary<ReadModel.Subject, List<Total>> Totals, Dictionary<string, (long Escalated, long Notified)> Escalations, long ControlPlans, long PlannedControls)
    {
        public long Count(ReadModel.Subject subject, string kind) => Totals[subject].Where(t => t.Kind == kind).Sum(t => t.Count);

        public long NotClosed(ReadModel.Subject subject, string? kind = null) =>
            Totals[subject].Where(t => (kind is null || t.Kind == kind) && t.Status != ReadModel.CaseStatus.Closed).Sum(t => t.Count);

        /// <summary>Rounded to whole percent; 0 when none was carried out.</summary>
        public long AverageScore(string kind)
        {
            var carriedOut = Totals[ReadModel.Subject.Inspections].Where(t => t.Kind == kind).ToList();
            var count = carriedOut.Sum(t => t.Count);
            return count == 0 ? 0 : (long)Math.Round(carriedOut.Sum(t => t.ScoreHundredths) / 100.0 / count, MidpointRounding.AwayFromZero);
        }

        public long Escalated(string track) => Escalations.GetValueOrDefault(track).Escalated;

        public long Notified(string track) => Escalations.GetValueOrDefault(track).Notified;
    }
}
