using Ledningssystem.Incidents.Domain;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Incidents.Tests.Domain;

/// <summary>The incident's state machine and notification rules, on the aggregate alone: no host, database or gRPC.</summary>
public sealed class IncidentStateMachineTests
{
    public enum WorkflowStep
    {
        Triage,
        StartInvestigation,
        CompleteInvestigation,
        DecideActions,
        CompleteAction,
        FollowUp,
        Close,
        Reopen,
        DecideNotification,
    }

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Actor Reporter = new("anna", "Anna Undersköterska");
    private static readonly Actor Handler = new("erik", "Erik Enhetschef");
    private static readonly DateTimeOffset Later = Start.AddHours(5);

    private static readonly IncidentState[] States = Enum.GetValues<IncidentState>();

    private static readonly Dictionary<WorkflowStep, IncidentState[]> AllowedIn = new()
    {
        [WorkflowStep.Triage] = [IncidentState.Reported],
        [WorkflowStep.StartInvestigation] = [IncidentState.Triaged],
        [WorkflowStep.CompleteInvestigation] = [IncidentState.Investigating],
        [WorkflowStep.DecideActions] = [IncidentState.Investigating],
        [WorkflowStep.CompleteAction] = [IncidentState.ActionsDecided, IncidentState.FollowUp],
        [WorkflowStep.FollowUp] = [IncidentState.ActionsDecided],
        [WorkflowStep.Close] = [IncidentState.FollowUp],
        [WorkflowStep.Reopen] = [IncidentState.Closed],
        [WorkflowStep.DecideNotification] = [IncidentState.Triaged, IncidentState.Investigating, IncidentState.ActionsDecided, IncidentState.FollowUp],
    };

    public static TheoryData<IncidentState, WorkflowStep> ForbiddenSteps()
    {
        var data = new TheoryData<IncidentState, WorkflowStep>();
        foreach (var (step, allowed) in AllowedIn)
        {
            foreach (var state in States.Except(allowed))
            {
                data.Add(state, step);
            }
        }
        return data;
    }

    public static TheoryData<IncidentState, WorkflowStep, IncidentState, string> AllowedSteps() => new()
    {
        { IncidentState.Reported, WorkflowStep.Triage, IncidentState.Triaged, "TRIAGED" },
        { IncidentState.Triaged, WorkflowStep.StartInvestigation, IncidentState.Investigating, "INVESTIGATION_STARTED" },
        { IncidentState.Investigating, WorkflowStep.CompleteInvestigation, IncidentState.Investigating, "INVESTIGATION_COMPLETED" },
        { IncidentState.Investigating, WorkflowStep.DecideActions, IncidentState.ActionsDecided, "ACTIONS_DECIDED" },
        { IncidentState.ActionsDecided, WorkflowStep.CompleteAction, IncidentState.ActionsDecided, "ACTION_COMPLETED" },
        { IncidentState.ActionsDecided, WorkflowStep.FollowUp, IncidentState.FollowUp, "FOLLOWED_UP" },
        { IncidentState.FollowUp, WorkflowStep.Close, IncidentState.Closed, "CLOSED" },
        { IncidentState.Closed, WorkflowStep.Reopen, IncidentState.Investigating, "REOPENED" },
        { IncidentState.Triaged, WorkflowStep.DecideNotification, IncidentState.Triaged, "NOTIFICATION_DECIDED" },
        { IncidentState.Investigating, WorkflowStep.DecideNotification, IncidentState.Investigating, "NOTIFICATION_DECIDED" },
        { IncidentState.ActionsDecided, WorkflowStep.DecideNotification, IncidentState.ActionsDecided, "NOTIFICATION_DECIDED" },
        { IncidentState.FollowUp, WorkflowStep.DecideNotification, IncidentState.FollowUp, "NOTIFICATION_DECIDED" },
    };

    [Fact]
    public void A_report_starts_reported_with_its_reporter_in_the_history()
    {
        var incident = Reported();

        Assert.Equal(IncidentState.Reported, incident.State);
        Assert.Equal("tenant-1", incident.TenantId);
        var entry = Assert.Single(incident.History);
        Assert.Equal(new HistoryEntry("REPORTED", null, IncidentState.Reported, Reporter.UserId, Reporter.Name, Start, ""), entry);
    }

    [Theory]
    [MemberData(nameof(AllowedSteps))]
    public void An_allowed_step_moves_to_its_state_and_records_who_and_when(IncidentState from, WorkflowStep step, IncidentState to, string recorded)
    {
        var incident = InState(from, IncidentKind.HealthCare);
        var version = incident.Version;

        Take(incident, step);

        Assert.Equal(to, incident.State);
        Assert.True(incident.Version > version);
        var entry = incident.History[^1];
        Assert.Equal(recorded, entry.Step);
        Assert.Equal(from, entry.FromState);
        Assert.Equal(to, entry.ToState);
        Assert.Equal((Handler.UserId, Handler.Name, Later), (entry.UserId, entry.UserName, entry.At));
    }

    [Theory]
    [MemberData(nameof(ForbiddenSteps))]
    public void A_forbidden_step_throws_naming_the_current_state_and_changes_nothing(IncidentState state, WorkflowStep step)
    {
        var incident = InState(state, IncidentKind.HealthCare);
        var history = incident.History.Count;

        var refused = Assert.Throws<IncidentRuleException>(() => Take(incident, step));

        Assert.Equal("ILLEGAL_TRANSITION", refused.Reason);
        Assert.Equal(state, refused.CurrentState);
        Assert.Contains(state.Swedish(), refused.Message, StringComparison.Ordinal);
        Assert.Equal(ContractName(state), refused.Metadata["current_state"]);
        Assert.Equal(state, incident.State);
        Assert.Equal(history, incident.History.Count);
    }

    [Fact]
    public void The_whole_workflow_runs_from_report_to_closing_and_reopens_with_its_reason()
    {
        var incident = InState(IncidentState.Closed, IncidentKind.SocialCare);

        incident.Reopen("Nya uppgifter om händelsen.", Handler, Later);

        Assert.Equal(
            ["REPORTED", "TRIAGED", "INVESTIGATION_STARTED", "INVESTIGATION_COMPLETED", "ACTIONS_DECIDED", "ACTION_COMPLETED", "FOLLOWED_UP", "CLOSED", "REOPENED"],
            incident.History.Select(h => h.Step));
        Assert.Equal("Nya uppgifter om händelsen.", incident.History[^1].Note);
        Assert.Equal(Later, incident.InvestigationStartedAt);
    }

    [Fact]
    public void Rules_inside_a_state_have_their_own_reasons()
    {
        var triaged = InState(IncidentState.Triaged, IncidentKind.SocialCare);
        triaged.StartInvestigation(Handler, Later);
        Assert.Equal("INVESTIGATION_MISSING", Refused(() => DecideActions(triaged)));

        var decided = InState(IncidentState.ActionsDecided, IncidentKind.SocialCare);
        Assert.Equal("ACTIONS_OPEN", Refused(() => decided.FollowUp("Effekt", Handler, Later)));
        Assert.False(decided.CompleteAction("finns-inte", Handler, Later));
        decided.CompleteAction(decided.Actions[0].Id, Handler, Later);
        Assert.Equal("ACTION_ALREADY_DONE", Refused(() => decided.CompleteAction(decided.Actions[0].Id, Handler, Later)));
        Assert.Equal("NOT_NOTIFIABLE", Refused(() => decided.DecideNotification(true, "Skäl", Handler, Later)));

        // Following up needs every action done, so in follow-up completing one is allowed but finds it done.
        var followedUp = InState(IncidentState.FollowUp, IncidentKind.SocialCare);
        Assert.Equal("ACTION_ALREADY_DONE", Refused(() => followedUp.CompleteAction(followedUp.Actions[0].Id, Handler, Later)));

        Assert.Equal("SUBTYPE_NOT_OF_KIND", Refused(() => Reported().Triage(IncidentKind.SocialCare, IncidentSubtype.Fall, Severity.Minor, [], Handler, Later)));
    }

    [Fact]
    public void An_anonymous_report_cannot_become_lex_Sarah()
    {
        var incident = Reported(anonymous: true);

        Assert.Equal("ANONYMOUS_REPORTER", Refused(() => incident.Triage(IncidentKind.LexSarah, IncidentSubtype.Impropriety, Severity.Significant, [], Handler, Later)));
        Assert.Equal(IncidentState.Reported, incident.State);
        Assert.Equal(Track.None, incident.Track);
        Assert.Equal("", incident.ReporterName);
    }

    [Fact]
    public void Triage_as_lex_Sarah_escalates_and_announces_the_report_to_the_contracting_namnder()
    {
        var incident = Reported();

        var outcome = incident.Triage(IncidentKind.LexSarah, IncidentSubtype.RiskOfImpropriety, Severity.Significant, [], Handler, Later);

        Assert.Equal(Track.LexSarah, incident.Track);
        Assert.Equal(new StepOutcome(Escalated: true, NoticeKind.LexSarahReported), outcome);
    }

    [Theory]
    [InlineData(IncidentKind.HealthCare)]
    [InlineData(IncidentKind.SocialCare)]
    [InlineData(IncidentKind.Cooperation)]
    [InlineData(IncidentKind.PersonalDataBreach)]
    public void Triage_into_any_other_kind_has_no_outcome_outside_the_incident(IncidentKind kind)
    {
        var outcome = Reported().Triage(kind, SubtypeOf(kind), Severity.Minor, [], Handler, Later);

        Assert.Equal(StepOutcome.Nothing, outcome);
    }

    [Fact]
    public void Lex_Sarah_actions_wait_for_the_decision_whether_to_notify()
    {
        var incident = LexSarah();
        incident.StartInvestigation(Handler, Later);
        Investigate(incident);

        Assert.Equal("NOTIFICATION_UNDECIDED", Refused(() => DecideActions(incident)));
        Assert.Equal(StepOutcome.Nothing, incident.DecideNotification(false, "Inte allvarligt.", Handler, Later));
        DecideActions(incident);
        Assert.Equal(IncidentState.ActionsDecided, incident.State);
    }

    [Fact]
    public void Deciding_to_notify_lex_Maria_escalates_a_health_care_incident_once()
    {
        var incident = InState(IncidentState.Investigating, IncidentKind.HealthCare);

        Assert.Equal(new StepOutcome(Escalated: true, null), incident.DecideNotification(true, "Allvarlig vårdskada.", Handler, Later));
        Assert.Equal(Track.LexMaria, incident.Track);
        Assert.Equal(StepOutcome.Nothing, incident.DecideNotification(true, "Allvarlig vårdskada, kompletterat.", Handler, Later));
    }

    [Fact]
    public void A_notification_marked_sent_locks_the_investigation_and_the_decision()
    {
        var incident = LexSarah();
        incident.StartInvestigation(Handler, Later);
        incident.DecideNotification(true, "Allvarligt missförhållande.", Handler, Later);
        incident.MarkNotificationSent("IVO-123", Handler, Later);

        Assert.True(incident.IsLocked);
        Assert.Equal("LOCKED", Refused(() => Investigate(incident)));
        Assert.Equal("LOCKED", Refused(() => incident.DecideNotification(false, "Ändrat", Handler, Later)));
        Assert.Equal("LOCKED", Refused(() => incident.MarkNotificationSent("IVO-124", Handler, Later)));
        Assert.Equal("IVO-123", incident.NotificationReference);
    }

    [Fact]
    public void A_notification_is_marked_sent_only_once_decided_and_closing_waits_for_it()
    {
        var incident = InState(IncidentState.Investigating, IncidentKind.HealthCare);
        Assert.Equal("NOTIFICATION_NOT_DECIDED", Refused(() => incident.MarkNotificationSent(null, Handler, Later)));

        var pending = InState(IncidentState.FollowUp, IncidentKind.HealthCare);
        pending.DecideNotification(true, "Allvarlig vårdskada.", Handler, Later);
        Assert.Equal("NOTIFICATION_NOT_SENT", Refused(() => pending.Close("Klart", Handler, Later)));
        pending.MarkNotificationSent(null, Handler, Later);
        pending.Close("Klart", Handler, Later);
        Assert.Equal(IncidentState.Closed, pending.State);
    }

    [Theory]
    [InlineData(IncidentKind.LexSarah, Track.LexSarah, NoticeKind.IvoNotified)]
    [InlineData(IncidentKind.HealthCare, Track.LexMaria, NoticeKind.IvoNotified)]
    [InlineData(IncidentKind.PersonalDataBreach, Track.PersonalDataBreach, null)]
    public void Only_a_notification_to_IVO_is_announced_to_the_contracting_namnder(IncidentKind kind, Track track, NoticeKind? notice)
    {
        var incident = kind == IncidentKind.LexSarah ? LexSarah() : InState(IncidentState.Triaged, kind);
        incident.DecideNotification(true, "Skäl", Handler, Later);

        var outcome = incident.MarkNotificationSent(null, Handler, Later);

        Assert.Equal(track, incident.Track);
        Assert.Equal(new StepOutcome(Escalated: false, notice), outcome);
    }

    [Fact]
    public void Information_to_the_patient_is_recorded_for_lex_Maria_only()
    {
        var social = InState(IncidentState.Investigating, IncidentKind.SocialCare);
        Assert.Equal("NOT_LEX_MARIA", Refused(() => social.RecordPatientInformed("Informerad", Handler, Later)));

        var maria = InState(IncidentState.Investigating, IncidentKind.HealthCare);
        maria.DecideNotification(true, "Allvarlig vårdskada.", Handler, Later);
        maria.RecordPatientInformed("Informerad per telefon.", Handler, Later);
        Assert.Equal(Later, maria.PatientInformedAt);
    }

    [Theory]
    [InlineData(Track.LexSarah, "incidents.handle-lex-sarah")]
    [InlineData(Track.LexMaria, "incidents.decide-lex-maria")]
    [InlineData(Track.PersonalDataBreach, "incidents.handle")]
    public void The_track_says_who_decides_and_sends_its_notification(Track track, string permission) =>
        Assert.Equal(permission, IncidentPermissions.NotifierOf(track).Name);

    [Theory]
    [InlineData(IncidentKind.LexSarah, "incidents.handle-lex-sarah")]
    [InlineData(IncidentKind.HealthCare, null)]
    [InlineData(IncidentKind.SocialCare, "incidents.handle")]
    [InlineData(IncidentKind.PersonalDataBreach, "incidents.handle")]
    public void The_kind_says_what_triaging_into_it_takes(IncidentKind kind, string? permission) =>
        Assert.Equal(permission, IncidentPermissions.ToTriageAs(kind)?.Name);

    [Fact]
    public void The_kind_says_who_handles_the_incident()
    {
        Assert.Equal(["incidents.handle-lex-sarah"], IncidentPermissions.HandlersOf(IncidentKind.LexSarah).Select(p => p.Name));
        Assert.Equal(["incidents.handle", "incidents.handle-health-care"], IncidentPermissions.HandlersOf(null).Select(p => p.Name));
        Assert.Equal(["incidents.handle", "incidents.handle-health-care"], IncidentPermissions.HandlersOf(IncidentKind.HealthCare).Select(p => p.Name));
        Assert.Equal(["incidents.handle"], IncidentPermissions.HandlersOf(IncidentKind.Cooperation).Select(p => p.Name));
    }

    private static Incident Reported(bool anonymous = false) => Incident.Report(
        "incident-1",
        "tenant-1",
        new ReportContent("unit-1", "Brukaren föll i badrummet.", Start.AddHours(-1), "Hjälpte brukaren upp.", null, null, [], anonymous),
        Reporter,
        Start);

    private static Incident LexSarah()
    {
        var incident = Reported();
        incident.Triage(IncidentKind.LexSarah, IncidentSubtype.Impropriety, Severity.Significant, [], Handler, Start);
        return incident;
    }

    /// <summary>An incident of <paramref name="kind"/> taken by the handler, before <see cref="Later"/>, to <paramref name="state"/>.</summary>
    private static Incident InState(IncidentState state, IncidentKind kind)
    {
        var incident = Reported();
        if (state == IncidentState.Reported)
        {
            return incident;
        }
        incident.Triage(kind, SubtypeOf(kind), Severity.Moderate, [], Handler, Start);
        if (state == IncidentState.Triaged)
        {
            return incident;
        }
        incident.StartInvestigation(Handler, Start);
        if (state == IncidentState.Investigating)
        {
            return incident;
        }
        Investigate(incident, Start);
        if (kind == IncidentKind.PersonalDataBreach)
        {
            incident.DecideNotification(false, "Ingen risk för de registrerade.", Handler, Start);
        }
        DecideActions(incident, Start);
        if (state == IncidentState.ActionsDecided)
        {
            return incident;
        }
        incident.CompleteAction(incident.Actions[0].Id, Handler, Start);
        incident.FollowUp("Rutinen följs.", Handler, Start);
        if (state == IncidentState.FollowUp)
        {
            return incident;
        }
        incident.Close("Åtgärdat.", Handler, Start);
        return incident;
    }

    private static IncidentSubtype? SubtypeOf(IncidentKind kind) => kind switch
    {
        IncidentKind.HealthCare => IncidentSubtype.Fall,
        IncidentKind.LexSarah => IncidentSubtype.Impropriety,
        _ => null,
    };

    private static void Take(Incident incident, WorkflowStep step)
    {
        switch (step)
        {
            case WorkflowStep.Triage:
                incident.Triage(IncidentKind.SocialCare, null, Severity.Minor, [], Handler, Later);
                break;
            case WorkflowStep.StartInvestigation:
                incident.StartInvestigation(Handler, Later);
                break;
            case WorkflowStep.CompleteInvestigation:
                Investigate(incident);
                break;
            case WorkflowStep.DecideActions:
                if (incident.State == IncidentState.Investigating && !incident.IsInvestigated)
                {
                    Investigate(incident, Start);
                }
                DecideActions(incident);
                break;
            case WorkflowStep.CompleteAction:
                incident.CompleteAction(incident.Actions.FirstOrDefault(a => a.Status == ActionStatus.Open)?.Id ?? "saknas", Handler, Later);
                break;
            case WorkflowStep.FollowUp:
                foreach (var open in incident.Actions.Where(a => a.Status == ActionStatus.Open).ToList())
                {
                    incident.CompleteAction(open.Id, Handler, Start);
                }
                incident.FollowUp("Rutinen följs.", Handler, Later);
                break;
            case WorkflowStep.Close:
                incident.Close("Åtgärdat.", Handler, Later);
                break;
            case WorkflowStep.Reopen:
                incident.Reopen("Nya uppgifter.", Handler, Later);
                break;
            case WorkflowStep.DecideNotification:
                incident.DecideNotification(true, "Allvarlig vårdskada.", Handler, Later);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }

    private static void Investigate(Incident incident, DateTimeOffset? at = null) =>
        incident.CompleteInvestigation("Brukaren halkade.", "Vått golv.", [RootCause.Environment, RootCause.Routines], "Halkmatta.", Handler, at ?? Later);

    private static void DecideActions(Incident incident, DateTimeOffset? at = null) =>
        incident.DecideActions([("Köp halkmatta.", Handler.UserId, Start.AddDays(7))], Handler, at ?? Later);

    private static string Refused(Action step) => Assert.Throws<IncidentRuleException>(step).Reason;

    private static string ContractName(IncidentState state) =>
        Contracts.Incidents.V1.IncidentsReflection.Descriptor.EnumTypes.Single(e => e.Name == nameof(IncidentState)).FindValueByNumber((int)state).Name;
}
