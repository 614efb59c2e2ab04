using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Reporting.AnnualReports.Data;
using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Domain;
using Ledningssystem.Reporting.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.AnnualReports.Figures;

/// <summary>
/// Avvikelser: per kind this year and the year before, per month (charted), and lex Sarah reports with the
/// notifications to IVO per track. The notifications are not a counter: they are read from the event store, which
/// keeps every IvoNotificationSent (a few per tenant and year).
/// </summary>
public sealed class IncidentFigures(ReportingDb db) : ISectionFigures
{
    /// <summary>The counters' kind of lex Sarah reports (IncidentKind's name).</summary>
    private const string LexSarahKind = "INCIDENT_KIND_LEX_SARAH";

    public ReportSection Section => ReportSection.Incidents;

    public async Task<IReadOnlyList<FigureTable>> TablesAsync(int year, int threshold, CancellationToken cancellationToken)
    {
        var thisYear = await db.CountsByKindAsync(Subject.Incidents, Months.Of(year, 1), Months.Of(year, 12), null, cancellationToken);
        var lastYear = await db.CountsByKindAsync(Subject.Incidents, Months.Of(year - 1, 1), Months.Of(year - 1, 12), null, cancellationToken);
        var kinds = thisYear.Keys.Union(lastYear.Keys).Order(StringComparer.Ordinal).ToList();
        var byKind = FigureTable.Disclosed(
            "Avvikelser per slag",
            FigureLabels.Years(year),
            [.. kinds.Select(k => (FigureLabels.IncidentKind(k), new[] { thisYear.GetValueOrDefault(k), lastYear.GetValueOrDefault(k) }))],
            threshold,
            chart: true);

        var perMonth = await db.CountsByMonthAsync(Subject.Incidents, year, cancellationToken);
        var byMonth = FigureTable.Disclosed(
            "Avvikelser per månad",
            ["Antal"],
            [.. Enumerable.Range(1, 12).Select(m => (FigureLabels.Month(m), new[] { perMonth.GetValueOrDefault(m) }))],
            threshold,
            chart: true);

        var notifications = await IvoNotificationsAsync(year, cancellationToken);
        var lexSarah = FigureTable.Disclosed(
            "Lex Sarah och lex Maria",
            ["Antal"],
            [
                ("Rapporter enligt lex Sarah", [thisYear.GetValueOrDefault(LexSarahKind)]),
                ("Anmälningar till IVO enligt lex Sarah", [notifications.GetValueOrDefault(Track.LexSarah)]),
                ("Anmälningar till IVO enligt lex Maria", [notifications.GetValueOrDefault(Track.LexMaria)]),
            ],
            threshold,
            chart: false);
        return [byKind, byMonth, lexSarah];
    }

    /// <summary>The incidents notified to IVO in <paramref name="year"/> (Swedish time of sending), per track; a notification repeated counts once.</summary>
    private async Task<Dictionary<Track, long>> IvoNotificationsAsync(int year, CancellationToken cancellationToken)
    {
        var payloads = await db.ReceivedEvents.AsNoTracking()
            .Where(e => e.Type == IvoNotificationSent.Descriptor.FullName)
            .Select(e => e.Payload)
            .ToListAsync(cancellationToken);
        return payloads
            .Select(ReadModelSubscriptions.Parser.Parse<IvoNotificationSent>)
            .Where(n => n.SentAt is not null && ServiceDefaults.Calendar.SwedishCalendar.DateOf(n.SentAt.ToDateTimeOffset()).Year == year)
            .DistinctBy(n => (n.IncidentId, n.Track))
            .GroupBy(n => n.Track)
            .ToDictionary(g => g.Key, g => (long)g.Count());
    }
}
