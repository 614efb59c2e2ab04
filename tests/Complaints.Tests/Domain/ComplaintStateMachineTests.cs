using Ledningssystem.Complaints.Domain;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Complaints.Tests.Domain;

/// <summary>The complaint's state machine without a database: every step in every state, history, reopening, classifying, forwarding, codes.</summary>
public sealed class ComplaintStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly Actor Handler = new("handler-1", "Erik Eriksson");
    private static readonly Handover ToOtherTenant = new("other", "other.unit", "KL-CCCC-DDDD");
    private static readonly ComplaintState[] Forwardable = [ComplaintState.Received, ComplaintState.Acknowledged, ComplaintState.Investigating];
    private static readonly ComplaintState[] Ended = [ComplaintState.Closed, ComplaintState.Forwarded];

    public static readonly IReadOnlyDictionary<string, (ComplaintState From, ComplaintState To)> Allowed = new Dictionary<string, (ComplaintState, ComplaintState)>
    {
        ["acknowledge"] = (ComplaintState.Received, ComplaintState.Acknowledged),
        ["start"] = (ComplaintState.Acknowledged, ComplaintState.Investigating),
        ["answer"] = (ComplaintState.Investigating, ComplaintState.Answered),
        ["close"] = (ComplaintState.Answered, ComplaintState.Closed),
        ["reopen"] = (ComplaintState.Closed, ComplaintState.Investigating),
    };

    public static TheoryData<ComplaintState, string> AllowedSteps()
    {
        var data = new TheoryData<ComplaintState, string>();
        foreach (var (step, (from, _)) in Allowed)
        {
            data.Add(from, step);
        }
        foreach (var state in Enum.GetValues<ComplaintState>().Except(Ended))
        {
            data.Add(state, "classify");
        }
        foreach (var state in Forwardable)
        {
            data.Add(state, "forward");
        }
        return data;
    }

    public static TheoryData<ComplaintState, string> ForbiddenSteps()
    {
        var data = new TheoryData<ComplaintState, string>();
        foreach (var state in Enum.GetValues<ComplaintState>())
        {
            foreach (var (step, (from, _)) in Allowed)
            {
                if (from != state)
                {
                    data.Add(state, step);
                }
            }
        }
        foreach (var state in Ended)
        {
            data.Add(state, "classify");
        }
        foreach (var state in Enum.GetValues<ComplaintState>().Except(Forwardable))
        {
            data.Add(state, "forward");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedSteps))]
    public void An_allowed_step_moves_the_complaint_and_is_recorded(ComplaintState state, string step)
    {
        var complaint = InState(state);
        var entries = complaint.History.Count;
        var version = complaint.Version;

        Take(complaint, step);

        var expected = step switch
        {
            "classify" => state,
            "forward" => ComplaintState.Forwarded,
            _ => Allowed[step].To,
        };
        Assert.Equal(expected, complaint.State);
        Assert.Equal(entries + 1, complaint.History.Count);
        Assert.True(complaint.Version > version);
        var entry = complaint.History[^1];
        Assert.Equal((Handler.UserId, Handler.Name, Now), (entry.UserId, entry.UserName, entry.At));
        Assert.Equal(expected, entry.ToState);
    }

    [Theory]
    [MemberData(nameof(ForbiddenSteps))]
    public void A_forbidden_step_throws_ILLEGAL_TRANSITION_naming_the_state(ComplaintState state, string step)
    {
        var complaint = InState(state);
        var entries = complaint.History.Count;

        var refused = Assert.Throws<ComplaintsRuleException>(() => Take(complaint, step));

        Assert.Equal("ILLEGAL_TRANSITION", refused.Reason);
        Assert.Equal(state, refused.CurrentState);
        Assert.Equal("COMPLAINT_STATE_" + state.ToString().ToUpperInvariant(), refused.Metadata["current_state"]);
        Assert.Contains(state.Swedish(), refused.Message, StringComparison.Ordinal);
        Assert.Equal(state, complaint.State);
        Assert.Equal(entries, complaint.History.Count);
    }

    [Fact]
    public void The_whole_way_is_in_the_history_with_who_and_when()
    {
        var complaint = InState(ComplaintState.Closed);

        Assert.Equal(["RECEIVED", "ACKNOWLEDGED", "INVESTIGATION_STARTED", "ANSWERED", "CLOSED"], complaint.History.Select(h => h.Step));
        Assert.Null(complaint.History[0].FromState);
        Assert.Equal(Today, complaint.AcknowledgedOn);
        Assert.Equal(("Svaret", "Åtgärderna", "Sekretess", Handler.UserId, Now), (complaint.AnswerText, complaint.AnswerActions, complaint.ConfidentialityNote, complaint.AnsweredBy, complaint.AnsweredAt));
    }

    [Fact]
    public void Reopening_records_the_reason_and_the_answer_is_no_longer_shown_until_answered_again()
    {
        var complaint = InState(ComplaintState.Closed);
        Assert.True(complaint.IsAnswered);

        complaint.Reopen("Ny information", Handler, Now);

        Assert.Equal(ComplaintState.Investigating, complaint.State);
        Assert.Equal(("REOPENED", "Ny information", ComplaintState.Closed), (complaint.History[^1].Step, complaint.History[^1].Note, complaint.History[^1].FromState));
        Assert.False(complaint.IsAnswered);
    }

    [Fact]
    public void Classifying_keeps_distinct_categories_and_the_health_care_flag_and_refuses_too_many()
    {
        var complaint = InState(ComplaintState.Received);

        complaint.Classify(["a", "b", "a"], healthCare: true, Handler, Now);

        Assert.Equal(["a", "b"], complaint.CategoryIds);
        Assert.True(complaint.HealthCare);
        Assert.Equal("CLASSIFIED", complaint.History[^1].Step);
        var refused = Assert.Throws<ComplaintsRuleException>(() => complaint.Classify(Enumerable.Range(0, Limits.Categories + 1).Select(i => $"c{i}"), false, Handler, Now));
        Assert.Equal("TOO_MANY_CATEGORIES", refused.Reason);
    }

    [Fact]
    public void Forwarding_gives_the_other_tenant_what_the_sender_gave_and_keeps_the_record()
    {
        var complaint = InState(ComplaintState.Investigating);
        complaint.Classify(["x"], healthCare: true, Handler, Now);

        var received = complaint.Forward("r-1", ToOtherTenant, "Gäller er verksamhet", Handler, Now, Today);

        Assert.Equal((ComplaintState.Forwarded, ToOtherTenant), (complaint.State, complaint.ForwardedTo));
        Assert.Equal(("FORWARDED", "Gäller er verksamhet"), (complaint.History[^1].Step, complaint.History[^1].Note));
        Assert.Equal(("r-1", "other", "other.unit", "KL-CCCC-DDDD"), (received.Id, received.TenantId, received.UnitId, received.Reference));
        Assert.Equal((ComplaintState.Received, Channel.OtherOrganisation, Today), (received.State, received.Channel, received.ReceivedOn));
        Assert.Equal(new Handover("t", "unit", "KL-AAAA-BBBB"), received.ForwardedFrom);
        Assert.Equal((complaint.Subject, complaint.Description, complaint.Complainant), (received.Subject, received.Description, received.Complainant));
        Assert.Equal((0, false, null), (received.CategoryIds.Count, received.HealthCare, received.FollowUpCodeHash));
        Assert.Equal("Gäller er verksamhet", received.History.Single().Note);
    }

    [Fact]
    public void Contact_details_are_kept_by_the_rule_from_the_end_of_the_handling_and_reopening_keeps_them()
    {
        var levels = ServiceLevelSettings.Defaults("t");
        levels.Change(2, 20, contactRetentionMonths: 6);
        var complaint = InState(ComplaintState.Answered);
        complaint.Schedule(levels);
        Assert.Null(complaint.ContactDetailsKeptUntil);

        complaint.Close(Handler, Now);
        complaint.Schedule(levels);
        Assert.Equal(Now.AddMonths(6), complaint.ContactDetailsKeptUntil);
        Assert.False(complaint.RemoveContactDetails(Now.AddMonths(6).AddTicks(-1)));

        complaint.Reopen("Ny information", Handler, Now);
        complaint.Schedule(levels);
        Assert.Null(complaint.ContactDetailsKeptUntil);
        complaint.Answer("Svar", "", "", Handler, Now);
        complaint.Close(Handler, Now.AddDays(1));
        complaint.Schedule(levels);

        Assert.True(complaint.RemoveContactDetails(Now.AddDays(1).AddMonths(6)));
        Assert.Equal(new Complainant(ComplainantRole.Relative, null, null, null, null), complaint.Complainant);
        Assert.Equal(("CONTACT_DETAILS_REMOVED", ComplaintActors.Gallring.Name), (complaint.History[^1].Step, complaint.History[^1].UserName));
        complaint.Schedule(levels);
        Assert.Null(complaint.ContactDetailsKeptUntil);
    }

    [Fact]
    public void An_anonymous_complaint_has_no_contact_details_to_remove()
    {
        var complaint = Receive(anonymous: true, Complainant.Anonymous);
        complaint.Forward("r-1", ToOtherTenant, "Skäl", Handler, Now, Today);
        complaint.Schedule(ServiceLevelSettings.Defaults("t"));

        Assert.Null(complaint.ContactDetailsKeptUntil);
        Assert.False(complaint.RemoveContactDetails(Now.AddYears(10)));
    }

    [Fact]
    public void Praise_is_passed_on_in_any_state_but_forwarded_and_nothing_else_is()
    {
        var praise = Complaint.Receive("p-1", "t", "KL-EEEE-FFFF", null, Content(true, Complainant.Anonymous, Today) with { Kind = ComplaintKind.Praise }, Handler, Now);

        praise.SharePraise("Tack från en anhörig", Handler, Now);

        Assert.Equal(("Tack från en anhörig", Handler.Name, Now), (praise.FeedbackText, praise.FeedbackSharedByName, praise.FeedbackSharedAt));
        Assert.Equal("NOT_PRAISE", Assert.Throws<ComplaintsRuleException>(() => InState(ComplaintState.Received).SharePraise("Tack", Handler, Now)).Reason);
        praise.Forward("r-1", ToOtherTenant, "Skäl", Handler, Now, Today);
        Assert.Equal("ILLEGAL_TRANSITION", Assert.Throws<ComplaintsRuleException>(() => praise.SharePraise("Tack", Handler, Now)).Reason);
    }

    [Fact]
    public void A_complaint_is_not_forwarded_within_its_own_tenant()
    {
        var complaint = InState(ComplaintState.Received);

        var refused = Assert.Throws<ComplaintsRuleException>(() => complaint.Forward("r-1", ToOtherTenant with { TenantId = "t" }, "Skäl", Handler, Now, Today));

        Assert.Equal("FORWARD_WITHIN_TENANT", refused.Reason);
        Assert.Equal(ComplaintState.Received, complaint.State);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void The_acknowledgement_is_not_dated_before_receipt_or_in_the_future(int daysFromRange)
    {
        var complaint = InState(ComplaintState.Received);
        var on = daysFromRange < 0 ? complaint.ReceivedOn.AddDays(-1) : Today.AddDays(1);

        Assert.Equal("ACKNOWLEDGED_ON_OUTSIDE", Assert.Throws<ComplaintsRuleException>(() => complaint.Acknowledge(on, Today, "", Handler, Now)).Reason);
    }

    [Theory]
    [InlineData(ComplaintState.Received, true)]
    [InlineData(ComplaintState.Acknowledged, true)]
    [InlineData(ComplaintState.Investigating, true)]
    [InlineData(ComplaintState.Answered, true)]
    [InlineData(ComplaintState.Closed, false)]
    [InlineData(ComplaintState.Forwarded, false)]
    public void An_incident_is_linked_once_while_the_complaint_is_handled_here_and_the_state_stays(ComplaintState state, bool allowed)
    {
        var complaint = InState(state);

        if (!allowed)
        {
            Assert.Equal("ILLEGAL_TRANSITION", Assert.Throws<ComplaintsRuleException>(() => complaint.LinkIncident("i-1", Handler, Now)).Reason);
            return;
        }
        complaint.LinkIncident("i-1", Handler, Now);
        Assert.Equal((state, "i-1"), (complaint.State, complaint.LinkedIncidentId));
        Assert.Equal(("INCIDENT_RAISED", "i-1"), (complaint.History[^1].Step, complaint.History[^1].Note));
        Assert.Equal("INCIDENT_ALREADY_LINKED", Assert.Throws<ComplaintsRuleException>(() => complaint.LinkIncident("i-2", Handler, Now)).Reason);
    }

    [Fact]
    public void An_anonymous_complaint_keeps_no_contact_data()
    {
        var complaint = Receive(anonymous: true, new Complainant(ComplainantRole.Relative, "Namn", "a@b.se", "070", "Gatan 1"));

        Assert.Equal(Complainant.Anonymous, complaint.Complainant);
        Assert.True(complaint.Anonymous);
    }

    [Fact]
    public void A_named_complaint_cannot_have_the_anonymous_role()
    {
        var refused = Assert.Throws<ComplaintsRuleException>(() => Receive(anonymous: false, Complainant.Anonymous));
        Assert.Equal("ANONYMOUS_ROLE", refused.Reason);
    }

    [Fact]
    public void Deadlines_fall_at_the_end_of_the_working_day_counted_from_receipt_and_end_when_answered()
    {
        // Friday 2026-04-03 is långfredagen and Monday 2026-04-06 annandag påsk: received Thursday the 2nd, two working days are the 7th and 8th.
        var complaint = Receive(anonymous: true, Complainant.Anonymous, new DateOnly(2026, 4, 2));
        var levels = ServiceLevelSettings.Defaults("t");

        complaint.Schedule(levels);
        Assert.Equal((DeadlineStage.Acknowledge, new DateTimeOffset(2026, 4, 9, 0, 0, 0, TimeSpan.FromHours(2))), (complaint.DeadlineStage, complaint.DueAt));
        Assert.False(complaint.IsOverdue(new DateTimeOffset(2026, 4, 8, 23, 0, 0, TimeSpan.FromHours(2))));
        Assert.True(complaint.IsOverdue(new DateTimeOffset(2026, 4, 9, 0, 0, 0, TimeSpan.FromHours(2))));

        complaint.Acknowledge(new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 2), "", Handler, Now);
        complaint.Schedule(levels);
        Assert.Equal(DeadlineStage.Answer, complaint.DeadlineStage);

        complaint.StartInvestigation(Handler, Now);
        complaint.Answer("Svar", "", "", Handler, Now);
        complaint.Schedule(levels);
        Assert.Null(complaint.DueAt);
    }

    [Fact]
    public void The_passed_deadline_is_announced_once_per_deadline()
    {
        var complaint = Receive(anonymous: true, Complainant.Anonymous, new DateOnly(2026, 1, 5));
        complaint.Schedule(ServiceLevelSettings.Defaults("t"));
        var later = complaint.DueAt!.Value.AddMinutes(1);

        Assert.True(complaint.PassedUnannounced(later));
        complaint.AnnouncePassed();
        Assert.False(complaint.PassedUnannounced(later));

        complaint.Acknowledge(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), "", Handler, Now);
        complaint.Schedule(ServiceLevelSettings.Defaults("t"));
        Assert.True(complaint.PassedUnannounced(complaint.DueAt!.Value));
    }

    [Fact]
    public void References_and_follow_up_codes_use_the_unambiguous_alphabet()
    {
        var references = Enumerable.Range(0, 200).Select(_ => ComplaintCodes.NewReference()).ToList();
        Assert.All(references, r => Assert.Matches("^KL-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$", r));
        Assert.True(references.Distinct().Count() > 195);

        var code = ComplaintCodes.NewFollowUpCode();
        Assert.Matches("^([23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-){3}[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$", code);
        Assert.True(ComplaintCodes.CodeCharacters * Math.Log2(ComplaintCodes.Alphabet.Length) >= 80);
        Assert.NotEqual(code, ComplaintCodes.NewFollowUpCode());
    }

    [Fact]
    public void Only_the_right_code_opens_the_complaint_and_only_its_hash_is_kept()
    {
        var code = ComplaintCodes.NewFollowUpCode();
        var complaint = Complaint.Receive("c", "t", ComplaintCodes.NewReference(), ComplaintCodes.Hash(code), Content(true, Complainant.Anonymous, Today), ComplaintActors.PublicForm, Now);

        Assert.True(complaint.OpensWith(code));
        Assert.True(complaint.OpensWith(code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()));
        Assert.False(complaint.OpensWith(ComplaintCodes.NewFollowUpCode()));
        Assert.False(complaint.OpensWith(""));
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), complaint.FollowUpCodeHash!, StringComparison.Ordinal);
        Assert.Equal(64, complaint.FollowUpCodeHash!.Length);
        Assert.False(InState(ComplaintState.Received).OpensWith(code));
    }

    private static Complaint Receive(bool anonymous, Complainant complainant, DateOnly? receivedOn = null) =>
        Complaint.Receive("c-1", "t", "KL-AAAA-BBBB", null, Content(anonymous, complainant, receivedOn ?? Today.AddDays(-3)), Handler, Now);

    private static ComplaintContent Content(bool anonymous, Complainant complainant, DateOnly receivedOn) =>
        new("unit", ComplaintKind.Complaint, Channel.Phone, receivedOn, "Ämne", "Beskrivning", complainant, anonymous);

    private static Complaint InState(ComplaintState state)
    {
        var complaint = Receive(anonymous: false, new Complainant(ComplainantRole.Relative, "Namn", null, null, null));
        if (state == ComplaintState.Forwarded)
        {
            Take(complaint, "forward");
            return complaint;
        }
        foreach (var step in new[] { "acknowledge", "start", "answer", "close" })
        {
            if (complaint.State == state)
            {
                break;
            }
            Take(complaint, step);
        }
        return complaint;
    }

    private static void Take(Complaint complaint, string step)
    {
        switch (step)
        {
            case "acknowledge":
                complaint.Acknowledge(Today, Today, "Bekräftat per telefon", Handler, Now);
                break;
            case "start":
                complaint.StartInvestigation(Handler, Now);
                break;
            case "answer":
                complaint.Answer("Svaret", "Åtgärderna", "Sekretess", Handler, Now);
                break;
            case "close":
                complaint.Close(Handler, Now);
                break;
            case "reopen":
                complaint.Reopen("Ny information", Handler, Now);
                break;
            case "classify":
                complaint.Classify(["x"], healthCare: false, Handler, Now);
                break;
            case "forward":
                complaint.Forward("r-1", ToOtherTenant, "Skäl", Handler, Now, Today);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }
}
