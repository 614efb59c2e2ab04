using Ledningssystem.Reporting.Domain;
using Ledningssystem.Reporting.QualityCouncil.Domain;

namespace Ledningssystem.Reporting.Tests.Domain;

/// <summary>The kvalitetsråd's records depend on the facts told, not on their order; the occasions' periods.</summary>
public sealed class FollowUpRecordTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_risk_takes_the_level_of_its_latest_assessment_whatever_the_order()
    {
        RiskFact[] life =
        [
            new("r1") { UnitId = "u1", Month = 202503 },
            new("r1") { UnitId = "u1", Level = "RISK_LEVEL_HIGH", LevelAt = Start },
            new("r1") { UnitId = "u1", Level = "RISK_LEVEL_LOW", LevelAt = Start.AddDays(30) },
            new("r1") { UnitId = "u1", Level = "RISK_LEVEL_LOW", LevelAt = Start.AddDays(40), ClosedAt = Start.AddDays(40) },
        ];

        foreach (var order in new RiskFact[][] { life, [.. Enumerable.Reverse(life)], [life[2], life[0], life[3], life[1]] })
        {
            var risk = new RiskRecord("r1");
            foreach (var fact in order.Concat(order))
            {
                risk.Apply(fact);
            }
            Assert.Equal([new Cell(new CounterKey(Subject.Risks, "u1", 202503, "RISK_LEVEL_LOW", "", CaseStatus.Closed))], risk.Cells());
        }
    }

    [Fact]
    public void An_action_is_open_until_completed_and_a_completion_told_first_waits_for_its_decision()
    {
        var decided = new BalanceFact(SourceService.Risks, BalanceItemKind.RiskAction, "r1", "a1")
        {
            UnitId = "u1", Responsible = "Föreståndare", StartedAt = Start, DueOn = new DateOnly(2025, 3, 31),
        };
        var completed = new BalanceFact(SourceService.Risks, BalanceItemKind.RiskAction, "r1", "a1") { CompletedAt = Start.AddDays(5) };

        var early = new BalanceItem(completed);
        early.Apply(completed);
        Assert.Equal(BalanceItemStatus.Pending, early.Status);
        early.Apply(decided);
        var open = new BalanceItem(decided);
        open.Apply(decided);

        Assert.Equal(BalanceItemStatus.Completed, early.Status);
        Assert.Equal(BalanceItemStatus.Open, open.Status);
        Assert.False(open.IsOverdue(new DateOnly(2025, 3, 31)));
        Assert.True(open.IsOverdue(new DateOnly(2025, 4, 1)));
        Assert.Equal("Föreståndare", early.Responsible);
    }

    [Fact]
    public void A_complaint_answered_late_is_done_until_it_is_late_again_after_a_reopening()
    {
        BalanceFact Deadline(int days) => new(SourceService.Complaints, BalanceItemKind.ComplaintAnswer, "c1", "c1") { UnitId = "u1", StartedAt = Start.AddDays(days), DueOn = DateOnly.FromDateTime(Start.AddDays(days).UtcDateTime) };
        var answered = new BalanceFact(SourceService.Complaints, BalanceItemKind.ComplaintAnswer, "c1", "c1") { CompletedAt = Start.AddDays(20) };

        var item = new BalanceItem(Deadline(14));
        item.Apply(answered);
        item.Apply(Deadline(14));
        Assert.Equal(BalanceItemStatus.Completed, item.Status);

        item.Apply(Deadline(40));
        Assert.Equal(BalanceItemStatus.Open, item.Status);
        Assert.True(item.IsOverdue(new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData(CouncilOccasion.Tertial1, 2025, 202501, 202504, 202409, 202412)]
    [InlineData(CouncilOccasion.Tertial2, 2025, 202505, 202508, 202501, 202504)]
    [InlineData(CouncilOccasion.AnnualReport, 2025, 202501, 202512, 202401, 202412)]
    [InlineData(CouncilOccasion.AnnualPlan, 2025, 202409, 202508, 202309, 202408)]
    public void Each_occasion_covers_its_months_and_compares_with_as_many_before(CouncilOccasion occasion, int year, int from, int to, int beforeFrom, int beforeTo)
    {
        var period = MonthRange.Of(occasion, year);

        Assert.Equal((from, to), (period.From, period.To));
        Assert.Equal((beforeFrom, beforeTo), (period.Before.From, period.Before.To));
        Assert.Equal((from - 100, to - 100), (period.YearBefore.From, period.YearBefore.To));
    }
}
