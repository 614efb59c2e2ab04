using Ledningssystem.SelfInspection.Domain;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.SelfInspection.Tests.Domain;

/// <summary>The months of each frequency, the due days, the score and the steps plans and findings allow.</summary>
public sealed class ScheduleTests
{
    private static readonly Actor Someone = new("u", "Någon");
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static ActivitySpec Spec(Frequency frequency, int startMonth = 0, params int[] months) =>
        new("Aktivitet", InspectionMethod.Other, "Enhetschef", null, frequency, months, startMonth, null, null, null, false);

    public static TheoryData<Frequency, int, int[], int[]> Frequencies() => new()
    {
        { Frequency.Once, 0, [], [1] },
        { Frequency.Once, 5, [], [5] },
        { Frequency.Monthly, 0, [], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
        { Frequency.Monthly, 10, [], [10, 11, 12] },
        { Frequency.Quarterly, 0, [], [3, 6, 9, 12] },
        { Frequency.Quarterly, 4, [], [6, 9, 12] },
        { Frequency.Tertial, 0, [], [4, 8, 12] },
        { Frequency.Tertial, 9, [], [12] },
        { Frequency.Yearly, 0, [], [1] },
        { Frequency.Yearly, 11, [], [11] },
        { Frequency.ChosenMonths, 0, [11, 2, 2], [2, 11] },
        { Frequency.ChosenMonths, 6, [2, 11], [11] },
    };

    [Theory]
    [MemberData(nameof(Frequencies))]
    public void Each_frequency_runs_in_its_months_from_the_start_month(Frequency frequency, int startMonth, int[] months, int[] expected) =>
        Assert.Equal(expected, Activity.Create("a", Spec(frequency, startMonth, months)).MonthsOfYear());

    [Theory]
    [InlineData(2027, 1, "2027-01-29")]
    [InlineData(2027, 12, "2027-12-30")]
    [InlineData(2026, 5, "2026-05-29")]
    [InlineData(2027, 4, "2027-04-30")]
    public void An_occurrence_is_due_by_the_months_last_working_day(int year, int month, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Occurrence.LastWorkingDay(year, month));

    [Fact]
    public void A_plan_is_edited_as_a_draft_approved_once_and_revised_into_a_new_version()
    {
        var plan = InspectionPlan.Create("p1", "t", "u", 2027, "Plan", Someone, Now);
        Assert.Equal("PLAN_EMPTY", Assert.Throws<SelfInspectionRuleException>(() => plan.Approve(Someone, Now)).Reason);
        plan.AddActivity("a1", Spec(Frequency.Monthly), Someone, Now);
        Assert.Throws<SelfInspectionRuleException>(() => plan.Revise("p2", "skäl", Someone, Now));
        plan.Approve(Someone, Now);

        var illegal = Assert.Throws<SelfInspectionRuleException>(() => plan.AddActivity("a2", Spec(Frequency.Once), Someone, Now));
        Assert.Equal(("ILLEGAL_TRANSITION", "PLAN_STATE_APPROVED"), (illegal.Reason, illegal.Metadata["current_state"]));
        Assert.Throws<SelfInspectionRuleException>(() => plan.Approve(Someone, Now));
        var revision = plan.Revise("p2", "skäl", Someone, Now);
        Assert.Equal((2, "p1", PlanState.Draft), (revision.PlanVersion, revision.PreviousPlanId, revision.State));
        revision.Approve(Someone, Now);
        plan.SupersedeBy(revision, Someone, Now);
        Assert.Equal(PlanState.Superseded, plan.State);
        Assert.Throws<SelfInspectionRuleException>(() => plan.Revise("p3", "skäl", Someone, Now));
    }

    [Fact]
    public void Approving_a_revision_keeps_done_occurrences_moves_open_ones_and_cancels_the_removed()
    {
        var plan = InspectionPlan.Create("p1", "t", "u", 2027, "Plan", Someone, Now);
        plan.AddActivity("monthly", Spec(Frequency.Monthly), Someone, Now);
        plan.AddActivity("quarterly", Spec(Frequency.Quarterly), Someone, Now);
        plan.Approve(Someone, Now);
        var ids = 0;
        var first = PlanScheduling.Apply(plan, [], () => $"o{++ids}").Scheduled;
        first.Single(o => o is { ActivityId: "monthly", Month: 1 }).Complete("e1", 90);
        var revision = plan.Revise("p2", "skäl", Someone, Now);
        revision.RemoveActivity("quarterly", Someone, Now);
        revision.Approve(Someone, Now);

        var change = PlanScheduling.Apply(revision, first, () => $"o{++ids}");

        Assert.Empty(change.Scheduled);
        Assert.Equal(4, change.Cancelled.Count);
        Assert.All(first.Where(o => o.ActivityId == "monthly" && o.IsOpen), o => Assert.Equal("p2", o.PlanId));
        Assert.Equal(("p1", OccurrenceState.Done), first.Where(o => o is { ActivityId: "monthly", Month: 1 }).Select(o => (o.PlanId, o.State)).Single());
    }

    [Fact]
    public void The_score_weighs_ja_fully_delvis_half_and_leaves_out_ej_aktuellt()
    {
        var template = ChecklistTemplate.Create("t1", "t", "Lista",
        [
            new Question("", "A", AnswerType.YesNo, true, 3, []),
            new Question("", "B", AnswerType.YesNo, false, 1, []),
            new Question("", "C", AnswerType.YesNo, false, 0, []),
            new Question("", "D", AnswerType.Text, false, 5, []),
        ]);

        Assert.Equal(["q1", "q2", "q3", "q4"], template.Questions.Select(q => q.QuestionId));
        Assert.Equal(75, template.Score([new("q1", YesNo.Yes, "", ""), new("q2", YesNo.No, "", ""), new("q3", YesNo.NotApplicable, "", ""), new("q4", null, "text", "")]));
        Assert.Equal(70, template.Score([new("q1", YesNo.Yes, "", ""), new("q2", YesNo.Partly, "", ""), new("q3", YesNo.No, "", "")]));
        Assert.Equal(100, template.Score([new("q1", YesNo.NotApplicable, "", "")]));
    }

    [Fact]
    public void A_finding_gets_an_action_or_is_accepted_and_nothing_after_it_is_closed()
    {
        var template = ChecklistTemplate.Create("t1", "t", "Lista", [new Question("", "A", AnswerType.YesNo, true, 1, [])]);
        template.Publish();
        var plan = InspectionPlan.Create("p1", "t", "u", 2027, "Plan", Someone, Now);
        var activity = plan.AddActivity("a", Spec(Frequency.Once), Someone, Now);
        var occurrence = Occurrence.Schedule("o1", plan, activity, 1);
        var execution = Execution.Record("e1", occurrence, template, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 1), [new("q1", YesNo.No, "", "")], Someone, Now);
        var finding = Finding.Raise("f1", execution, "q1", "A", Severity.Medium, Someone, Now);
        var accepted = Finding.Raise("f2", execution, null, "B", Severity.Low, Someone, Now);

        Assert.Throws<SelfInspectionRuleException>(() => finding.CompleteAction("klart", Someone, Now));
        finding.DecideAction("Gör", "u2", "Namn", new DateOnly(2027, 3, 10), new DateOnly(2027, 3, 1), Someone, Now);
        Assert.False(finding.IsOverdue(Now));
        Assert.True(finding.IsOverdue(new DateTimeOffset(2027, 3, 10, 23, 0, 0, TimeSpan.Zero)));
        Assert.Throws<SelfInspectionRuleException>(() => finding.Accept("skäl", Someone, Now));
        finding.CompleteAction("klart", Someone, Now);
        Assert.Equal(FindingState.Closed, finding.State);
        Assert.False(finding.IsOverdue(new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.Zero)));
        accepted.Accept("skäl", Someone, Now);
        Assert.Throws<SelfInspectionRuleException>(() => accepted.DecideAction("Gör", "u2", "Namn", new DateOnly(2027, 3, 10), new DateOnly(2027, 3, 1), Someone, Now));
        Assert.Equal(OccurrenceState.Done, occurrence.State);
    }
}
