using System.Text;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Incidents.Tests.Support;
using Ledningssystem.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Tests;

/// <summary>The three workflows end to end: a plain avvikelse, lex Sarah to the IVO document, lex Maria.</summary>
[Collection(IncidentsGroup.Name)]
[Trait("Category", "Database")]
public sealed class WorkflowTests(IncidentsFixture platform)
{
    private readonly Workflow workflow = new(platform);

    [Fact]
    public async Task A_plain_avvikelse_goes_from_report_to_closed_and_the_reporter_sees_the_outcome()
    {
        var closed = await workflow.InStateAsync(IncidentState.Closed);

        Assert.Equal(IncidentState.Closed, closed.State);
        Assert.Equal(
            ["REPORTED", "TRIAGED", "INVESTIGATION_STARTED", "INVESTIGATION_COMPLETED", "ACTIONS_DECIDED", "ACTION_COMPLETED", "FOLLOWED_UP", "CLOSED"],
            closed.History.Select(h => h.Step));
        Assert.All(closed.History.Skip(1), h => Assert.Equal(Demo.AldreUnitManagerSub, h.Actor.UserId));
        var reporter = await platform.AsAsync(Demo.AldreEmployee);
        var seen = (await reporter.GetIncidentAsync(new GetIncidentRequest { IncidentId = closed.IncidentId })).Incident;
        Assert.Equal(("Rutinen för larm är ändrad.", IncidentState.Closed), (seen.Outcome, seen.State));
        Assert.Null(seen.Investigation);
        Assert.Empty(seen.Actions);
        Assert.Equal(
            ["IncidentReported", "IncidentTriaged", "InvestigationCompleted", "ActionDecided", "ActionCompleted", "IncidentClosed"],
            (await platform.Service.EventsOfAsync(closed.IncidentId)).Select(e => e.Type).Where(t => !t.StartsWith("Deadline", StringComparison.Ordinal)));
        Assert.All(await platform.Service.EventsOfAsync(closed.IncidentId), e => Assert.Equal("aldrenamnden", e.TenantId));
        // Reporting's balanslista lists the action under the incident's unit with its responsible (docs/events.md).
        var decided = Contracts.Events.V1.ActionDecided.Parser.ParseJson(await platform.Service.QueryAsync(db => db.Set<ServiceDefaults.Events.OutboxMessage>().AsNoTracking()
            .Where(m => m.AggregateId == closed.IncidentId && m.Type == "ledningssystem.events.v1.ActionDecided").Select(m => m.Payload).SingleAsync()));
        Assert.Equal((closed.UnitId, Demo.AldreUnitManagerSub), (decided.UnitId, decided.ResponsibleUserId));
    }

    [Fact]
    public async Task A_closed_incident_reopens_into_investigation_with_its_reason()
    {
        var closed = await workflow.InStateAsync(IncidentState.Closed);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);

        var reopened = (await manager.ReopenIncidentAsync(new ReopenIncidentRequest { IncidentId = closed.IncidentId, Reason = "Nytt fall samma vecka." })).Incident;

        Assert.Equal(IncidentState.Investigating, reopened.State);
        Assert.Equal(("REOPENED", "Nytt fall samma vecka."), (reopened.History[^1].Step, reopened.History[^1].Note));
        Assert.Contains("IncidentReopened", (await platform.Service.EventsOfAsync(closed.IncidentId)).Select(e => e.Type));
    }

    [Fact]
    public async Task Lex_Sarah_at_a_private_provider_produces_the_IVO_document_locks_once_sent_and_informs_the_namnd()
    {
        var manager = await platform.AsAsync(Demo.LindenManager);
        var id = (await manager.ReportIncidentAsync(Workflow.Report(Demo.Linden, "Den boende fick inte sin insats på två dagar."))).Incident.IncidentId;
        var triaged = (await manager.TriageIncidentAsync(new TriageIncidentRequest
        {
            IncidentId = id,
            Kind = IncidentKind.LexSarah,
            Subtype = IncidentSubtype.Impropriety,
            Severity = Severity.Significant,
            LegalReferences = { new Ledningssystem.Contracts.Common.V1.LegalReference { Code = "SoL 27 kap. 1 §", Title = "Rapporteringsskyldighet" } },
        })).Incident;
        Assert.Equal(Track.LexSarah, triaged.Track);
        await manager.StartInvestigationAsync(new StartInvestigationRequest { IncidentId = id });
        await manager.CompleteInvestigationAsync(Workflow.Investigation(id));
        await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.GetNotificationDocumentAsync(new GetNotificationDocumentRequest { IncidentId = id }));
        await manager.DecideNotificationAsync(new DecideNotificationRequest { IncidentId = id, Notify = true, Grounds = "Allvarligt: den enskilde saknade stöd i två dygn." });

        var document = await manager.GetNotificationDocumentAsync(new GetNotificationDocumentRequest { IncidentId = id });
        var text = Encoding.UTF8.GetString(document.Content.Span);
        Assert.Equal($"anmalan-ivo-{id}.md", document.FileName);
        Assert.Contains("Anmälan till IVO", text, StringComparison.Ordinal);
        Assert.Contains("lex Sarah", text, StringComparison.Ordinal);
        Assert.Contains("Den boende fick inte sin insats på två dagar.", text, StringComparison.Ordinal);
        Assert.Contains("Allvarligt: den enskilde saknade stöd i två dygn.", text, StringComparison.Ordinal);
        Assert.Contains("Stödboendet Linden", text, StringComparison.Ordinal);
        Assert.Contains("SoL 27 kap. 1 §", text, StringComparison.Ordinal);

        var sent = (await manager.MarkNotificationSentAsync(new MarkNotificationSentRequest { IncidentId = id, Reference = "IVO 3.1-12345/2026" })).Incident;
        Assert.True(sent.Locked);
        var locked = Expect.ErrorInfo(await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.CompleteInvestigationAsync(Workflow.Investigation(id))));
        Assert.Equal("LOCKED", locked?.Reason);
        await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.DecideNotificationAsync(new DecideNotificationRequest { IncidentId = id, Notify = false, Grounds = "Ändrat" }));

        var events = await platform.Service.EventsOfAsync(id);
        Assert.Contains(("IncidentEscalated", "stodboende-ab"), events);
        Assert.Contains(("IvoNotificationSent", "stodboende-ab"), events);
        Assert.Contains(("ProviderIncidentAnnounced", "socialnamnden"), events);
        var committee = await platform.AsAsync(Demo.SocialCommittee);
        await Eventually.TrueAsync(async () =>
            (await committee.ListProviderNoticesAsync(new ListProviderNoticesRequest())).Notices.Count(n => n.IncidentId == id) == 2,
            "The nämnd is told of the report and of the IVO notification.");
        var notices = (await committee.ListProviderNoticesAsync(new ListProviderNoticesRequest())).Notices.Where(n => n.IncidentId == id).ToList();
        Assert.Equal([NoticeKind.LexSarahReported, NoticeKind.IvoNotified], notices.Select(n => n.Kind));
        Assert.All(notices, n => Assert.Equal("stodboende-ab", n.ProviderTenantId));
    }

    [Fact]
    public async Task Lex_Maria_is_decided_by_MAS_who_records_that_the_patient_was_informed()
    {
        var reporter = await platform.AsAsync(Demo.AldreEmployee);
        var mas = await platform.AsAsync(Demo.AldreMas);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var id = (await reporter.ReportIncidentAsync(Workflow.Report(Demo.HemtjanstNorr, "Fel dos insulin gavs."))).Incident.IncidentId;
        await mas.TriageIncidentAsync(new TriageIncidentRequest { IncidentId = id, Kind = IncidentKind.HealthCare, Subtype = IncidentSubtype.Medication, Severity = Severity.Catastrophic });
        await mas.StartInvestigationAsync(new StartInvestigationRequest { IncidentId = id });
        await mas.CompleteInvestigationAsync(Workflow.Investigation(id));

        await Expect.FailsAsync(StatusCode.PermissionDenied, manager.DecideNotificationAsync(new DecideNotificationRequest { IncidentId = id, Notify = true, Grounds = "x" }));
        var decided = (await mas.DecideNotificationAsync(new DecideNotificationRequest { IncidentId = id, Notify = true, Grounds = "Risk för allvarlig vårdskada." })).Incident;
        Assert.Equal(Track.LexMaria, decided.Track);
        var informed = (await mas.RecordPatientInformedAsync(new RecordPatientInformedRequest { IncidentId = id, Note = "Patienten informerades av MAS per telefon." })).Incident;
        Assert.NotNull(informed.PatientInformedAt);

        var text = Encoding.UTF8.GetString((await mas.GetNotificationDocumentAsync(new GetNotificationDocumentRequest { IncidentId = id })).Content.Span);
        Assert.Contains("lex Maria", text, StringComparison.Ordinal);
        Assert.Contains("Patienten informerades av MAS per telefon.", text, StringComparison.Ordinal);
        Assert.True((await mas.MarkNotificationSentAsync(new MarkNotificationSentRequest { IncidentId = id })).Incident.Locked);
        Assert.Contains(("IncidentEscalated", "aldrenamnden"), await platform.Service.EventsOfAsync(id));
        Assert.Contains(("IvoNotificationSent", "aldrenamnden"), await platform.Service.EventsOfAsync(id));
    }

    [Fact]
    public async Task A_personuppgiftsincident_needs_the_IMY_decision_before_actions_and_the_notification_sent_before_closing()
    {
        var reporter = await platform.AsAsync(Demo.AldreEmployee);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var id = (await reporter.ReportIncidentAsync(Workflow.Report(Demo.HemtjanstNorr, "Genomförandeplan skickades till fel mottagare."))).Incident.IncidentId;
        await manager.TriageIncidentAsync(new TriageIncidentRequest { IncidentId = id, Kind = IncidentKind.PersonalDataBreach, Severity = Severity.Moderate });
        await manager.StartInvestigationAsync(new StartInvestigationRequest { IncidentId = id });
        await manager.CompleteInvestigationAsync(Workflow.Investigation(id));
        var actions = new DecideActionsRequest
        {
            IncidentId = id,
            Actions = { new NewAction { Description = "Kontrollera mottagare före utskick", ResponsibleUserId = Demo.AldreUnitManagerSub, DueAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(7)) } },
        };
        Assert.Equal("NOTIFICATION_UNDECIDED", Expect.ErrorInfo(await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.DecideActionsAsync(actions)))?.Reason);

        await manager.DecideNotificationAsync(new DecideNotificationRequest { IncidentId = id, Notify = true, Grounds = "Känsliga uppgifter om hälsa röjdes." });
        var decided = (await manager.DecideActionsAsync(actions)).Incident;
        await manager.CompleteActionAsync(new CompleteActionRequest { IncidentId = id, ActionId = decided.Actions[0].ActionId });
        await manager.FollowUpIncidentAsync(new FollowUpIncidentRequest { IncidentId = id, Effect = "Inga fler felskick." });
        var close = new CloseIncidentRequest { IncidentId = id, Outcome = "Rutinen är ändrad." };
        Assert.Equal("NOTIFICATION_NOT_SENT", Expect.ErrorInfo(await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.CloseIncidentAsync(close)))?.Reason);

        var document = await manager.GetNotificationDocumentAsync(new GetNotificationDocumentRequest { IncidentId = id });
        Assert.Equal($"anmalan-imy-{id}.md", document.FileName);
        Assert.Contains("IMY", Encoding.UTF8.GetString(document.Content.Span), StringComparison.Ordinal);
        await manager.MarkNotificationSentAsync(new MarkNotificationSentRequest { IncidentId = id, Reference = "IMY-2026-1" });
        Assert.Equal(IncidentState.Closed, (await manager.CloseIncidentAsync(close)).Incident.State);
        Assert.DoesNotContain("ProviderIncidentAnnounced", (await platform.Service.EventsOfAsync(id)).Select(e => e.Type));
        var exports = await platform.Service.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.EntityId == id && e.Action == AuditAction.Export));
        Assert.Equal(1, exports);
    }

    [Fact]
    public async Task An_anonymous_avvikelse_hides_the_reporter_but_cannot_become_lex_Sarah()
    {
        var reporter = await platform.AsAsync(Demo.AldreEmployee);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var request = Workflow.Report(Demo.HemtjanstNorr);
        request.Anonymous = true;
        var id = (await reporter.ReportIncidentAsync(request)).Incident.IncidentId;

        var seen = (await manager.GetIncidentAsync(new GetIncidentRequest { IncidentId = id })).Incident;
        Assert.Equal(("", ""), (seen.Reported.UserId, seen.Reported.DisplayName));
        Assert.Equal("", seen.History[0].Actor.UserId);
        var refused = await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.TriageIncidentAsync(new TriageIncidentRequest
        {
            IncidentId = id, Kind = IncidentKind.LexSarah, Subtype = IncidentSubtype.Impropriety, Severity = Severity.Moderate,
        }));
        Assert.Equal("ANONYMOUS_REPORTER", Expect.ErrorInfo(refused)?.Reason);
        var own = await reporter.ListIncidentsAsync(new ListIncidentsRequest { OwnReportsOnly = true, PageSize = 500 });
        Assert.Contains(own.Incidents, i => i.IncidentId == id);
    }

    [Fact]
    public async Task A_reporter_sees_her_own_reports_newest_first_page_by_page()
    {
        var reporter = await platform.AsAsync(Demo.AldreEmployee);
        var reported = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            reported.Add((await reporter.ReportIncidentAsync(Workflow.Report(Demo.HemtjanstNorr))).Incident.IncidentId);
        }

        var listed = new List<string>();
        var token = "";
        do
        {
            var page = await reporter.ListIncidentsAsync(new ListIncidentsRequest { OwnReportsOnly = true, NewestFirst = true, PageSize = 2, PageToken = token });
            listed.AddRange(page.Incidents.Select(i => i.IncidentId));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal([reported[2], reported[1], reported[0]], listed.Take(3));
        Assert.Equal(listed.Distinct().Count(), listed.Count);
    }

    [Fact]
    public async Task Every_read_of_an_incident_is_in_the_audit_trail()
    {
        var incident = await workflow.InStateAsync(IncidentState.Reported);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);

        await manager.GetIncidentAsync(new GetIncidentRequest { IncidentId = incident.IncidentId });

        var reads = await platform.Service.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(e => e.EntityId == incident.IncidentId && e.Action == AuditAction.Read).Select(e => e.UserId).ToListAsync());
        Assert.Equal([Demo.AldreUnitManagerSub], reads);
    }

    [Fact]
    public async Task Free_text_over_its_limit_is_refused_and_text_is_stored_as_given()
    {
        var reporter = await platform.AsAsync(Demo.AldreEmployee);
        var tooLong = Workflow.Report(Demo.HemtjanstNorr, new string('x', 4001));
        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, reporter.ReportIncidentAsync(tooLong));
        Assert.Contains("what_happened", Expect.FieldViolations(refused));

        var markup = "<script>alert('x')</script> & <b>fet</b>";
        var stored = (await reporter.ReportIncidentAsync(Workflow.Report(Demo.HemtjanstNorr, markup))).Incident;
        Assert.Equal(markup, stored.WhatHappened);
    }

    [Fact]
    public async Task Lists_filter_by_unit_subtree_kind_and_state_and_page_with_tokens()
    {
        var triaged = await workflow.InStateAsync(IncidentState.Triaged);
        var area = await platform.AsAsync(Demo.AldreAreaManager);

        var byFilter = await area.ListIncidentsAsync(new ListIncidentsRequest
        {
            UnitId = Demo.Hemtjanst, Kind = IncidentKind.SocialCare, State = IncidentState.Triaged, PageSize = 500,
            ReportedFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
        });
        Assert.Contains(byFilter.Incidents, i => i.IncidentId == triaged.IncidentId);
        Assert.All(byFilter.Incidents, i => Assert.Equal((IncidentKind.SocialCare, IncidentState.Triaged), (i.Kind, i.State)));

        await workflow.InStateAsync(IncidentState.Reported);
        var ids = new List<string>();
        var page = await area.ListIncidentsAsync(new ListIncidentsRequest { PageSize = 1 });
        ids.AddRange(page.Incidents.Select(i => i.IncidentId));
        page = await area.ListIncidentsAsync(new ListIncidentsRequest { PageSize = 1, PageToken = page.NextPageToken });
        ids.AddRange(page.Incidents.Select(i => i.IncidentId));
        Assert.Equal(2, ids.Distinct().Count());
    }

    [Fact]
    public async Task An_incident_raised_from_another_services_case_shows_its_origin_and_a_retry_returns_the_same_incident()
    {
        var manager = await platform.AsAsync(Demo.AldreAreaManager);
        var origin = new IncidentOrigin { Service = "complaints", Id = Guid.NewGuid().ToString() };
        var request = Workflow.Report(Demo.HemtjanstNorr, "Klagomålet visar att insatsen uteblev två dagar.");
        request.Origin = origin;

        var raised = (await manager.ReportIncidentAsync(request)).Incident;
        var retried = (await manager.ReportIncidentAsync(request)).Incident;

        Assert.Equal(origin, raised.Origin);
        Assert.Equal(raised.IncidentId, retried.IncidentId);
        Assert.Equal(origin, (await manager.GetIncidentAsync(new GetIncidentRequest { IncidentId = raised.IncidentId })).Incident.Origin);
        Assert.Single(await platform.Service.EventsOfAsync(raised.IncidentId), e => e.Type == "IncidentReported");

        var elsewhere = request.Clone();
        elsewhere.UnitId = Demo.Hemtjanst;
        Assert.Equal("ORIGIN_ALREADY_REPORTED", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, manager.ReportIncidentAsync(elsewhere)));

        var malformed = request.Clone();
        malformed.Origin = new IncidentOrigin { Service = "Klagomål", Id = "" };
        var invalid = await Expect.FailsAsync(StatusCode.InvalidArgument, manager.ReportIncidentAsync(malformed));
        Assert.Equal(["origin.id", "origin.service"], Expect.FieldViolations(invalid));
    }
}
