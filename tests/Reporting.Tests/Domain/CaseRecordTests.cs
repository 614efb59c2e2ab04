using Ledningssystem.Reporting.Domain;

namespace Ledningssystem.Reporting.Tests.Domain;

/// <summary>A case's cells depend on the facts told, not on their order or their number.</summary>
public sealed class CaseRecordTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 31, 22, 30, 0, TimeSpan.Zero);

    private static readonly CaseFact[] IncidentLife =
    [
        new(CaseType.Incident, "i1") { UnitId = "u1", Month = Months.Of(Start) },
        new(CaseType.Incident, "i1") { UnitId = "u1", Kind = "SOCIAL", Categories = ["FALL"], CategoriesAt = Start.AddHours(1), ProgressedAt = Start.AddHours(1) },
        new(CaseType.Incident, "i1") { UnitId = "u1", Kind = "SOCIAL", ClosedAt = Start.AddDays(3) },
        new(CaseType.Incident, "i1") { ReopenedAt = Start.AddDays(4) },
        new(CaseType.Incident, "i1") { UnitId = "u1", Kind = "SOCIAL", ClosedAt = Start.AddDays(9) },
    ];

    [Fact]
    public void Every_order_of_an_incidents_events_gives_the_same_cell()
    {
        var expected = new CounterKey(Subject.Incidents, "u1", 202603, "SOCIAL", "FALL", CaseStatus.Closed);

        foreach (var order in Permutations(IncidentLife))
        {
            var record = new CaseRecord(CaseType.Incident, "i1");
            foreach (var fact in order)
            {
                record.Apply(fact);
            }
            Assert.Equal([expected], record.Cells());
        }
    }

    [Fact]
    public void A_repeated_fact_changes_nothing()
    {
        var record = new CaseRecord(CaseType.Incident, "i1");
        foreach (var fact in IncidentLife)
        {
            Assert.True(record.Apply(fact));
        }

        Assert.All(IncidentLife, fact => Assert.False(record.Apply(fact)));
    }

    [Fact]
    public void A_case_counts_nowhere_until_its_unit_and_month_are_known()
    {
        var record = new CaseRecord(CaseType.Incident, "i1");

        record.Apply(IncidentLife[2]);

        Assert.Empty(record.Cells());
    }

    [Fact]
    public void A_reopened_case_is_in_progress_until_closed_again()
    {
        var record = new CaseRecord(CaseType.Incident, "i1");
        foreach (var fact in IncidentLife[..4])
        {
            record.Apply(fact);
        }

        Assert.Equal(CaseStatus.InProgress, record.Status);
    }

    [Fact]
    public void A_complaint_counts_once_and_once_in_each_of_its_latest_categories()
    {
        var record = new CaseRecord(CaseType.Complaint, "c1");
        record.Apply(ClassifiedLater(["bemötande", "tider"]));
        record.Apply(new CaseFact(CaseType.Complaint, "c1") { UnitId = "u1", Month = 202604, Kind = "COMPLAINT", Categories = ["tider"], CategoriesAt = Start });

        Assert.Equal(
            [
                new CounterKey(Subject.Complaints, "u1", 202604, "COMPLAINT", "", CaseStatus.New),
                new CounterKey(Subject.ComplaintCategories, "u1", 202604, "COMPLAINT", "bemötande", CaseStatus.New),
                new CounterKey(Subject.ComplaintCategories, "u1", 202604, "COMPLAINT", "tider", CaseStatus.New),
            ],
            record.Cells());
    }

    [Fact]
    public void Months_are_counted_in_UTC_as_the_source_services_count_them()
    {
        Assert.Equal(202603, Months.Of(Start));
        Assert.Equal("2026-03", Months.Format(202603));
        Assert.Equal(202603, Months.Parse("2026-03"));
        Assert.Null(Months.Parse("2026-3"));
        Assert.Equal(13, Months.Span(202501, 202601));
    }

    private static CaseFact ClassifiedLater(string[] categories) => new(CaseType.Complaint, "c1") { Categories = categories, CategoriesAt = Start.AddDays(1) };

    private static IEnumerable<T[]> Permutations<T>(T[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany((item, i) => Permutations<T>([.. items.Take(i), .. items.Skip(i + 1)]).Select(rest => (T[])[item, .. rest]));
}
