using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.EndToEnd.Tests.Support;
using static Ledningssystem.EndToEnd.Tests.Support.PlatformFixture;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// A lex Sarah report at a private provider, from the medarbetare's report to the IVO notification, the
/// contracting nämnd being told, the reporter following the outcome, and another provider seeing nothing of it.
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class LexSarahAtPrivateProviderTests(PlatformFixture platform)
{
    private const string WhatHappened = "Den boende fick inte sin insats på två dygn eftersom ingen personal var schemalagd.";
    private const string Grounds = "Allvarligt missförhållande: den enskilde saknade stöd i två dygn.";

    [Fact]
    public async Task A_lex_Sarah_report_at_a_private_provider_reaches_IVO_and_the_contracting_nämnd_and_nobody_else()
    {
        await platform.WaitUntilGatewaySeesAsync("incidents-grpc", "incidents-web");
        using var channel = platform.GrpcChannel();
        var incidents = new IncidentService.IncidentServiceClient(channel);
        var reporter = Bearer(await platform.TokenAsync(Demo.LindenEmployee));
        var manager = Bearer(await platform.TokenAsync(Demo.LindenManager));
        var committee = Bearer(await platform.TokenAsync(Demo.SocialCommittee));

        var reported = (await Eventually.PermittedAsync(
            () => incidents.ReportIncidentAsync(new ReportIncidentRequest
            {
                UnitId = Demo.Linden,
                WhatHappened = WhatHappened,
                OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-3)),
                ImmediateActions = "Enhetschefen kallade in personal och besökte den boende samma kväll.",
                InvolvedPersonReference = "Boende B.",
            }, reporter),
            "The medarbetare's role reached the Incidents service.")).Incident;
        var id = reported.IncidentId;
        Assert.Equal(IncidentState.Reported, reported.State);
        Assert.Equal("stodboende-ab", reported.TenantId);
        await Expect.FailsAsync(StatusCode.PermissionDenied, incidents.TriageIncidentAsync(LexSarah(id), reporter));

        var triaged = (await incidents.TriageIncidentAsync(LexSarah(id), manager)).Incident;
        await incidents.StartInvestigationAsync(new StartInvestigationRequest { IncidentId = id }, manager);
        await incidents.CompleteInvestigationAsync(Investigation(id, "Schemat lades utan kontroll av bemanningen."), manager);
        var decided = (await incidents.DecideNotificationAsync(new DecideNotificationRequest { IncidentId = id, Notify = true, Grounds = Grounds }, manager)).Incident;

        Assert.Equal(Track.LexSarah, triaged.Track);
        Assert.Equal("Lina Lind", triaged.History.Last().Actor.DisplayName);
        Assert.True(decided.Notification.Notify);
        Assert.False(decided.Locked);

        var document = await incidents.GetNotificationDocumentAsync(new GetNotificationDocumentRequest { IncidentId = id }, manager);
        var text = Encoding.UTF8.GetString(document.Content.Span);
        Assert.Equal($"anmalan-ivo-{id}.md", document.FileName);
        Assert.Equal("text/markdown; charset=utf-8", document.MediaType);
        Assert.StartsWith("# Anmälan till IVO om allvarligt missförhållande", text, StringComparison.Ordinal);
        Assert.Contains("(lex Sarah)", text, StringComparison.Ordinal);
        Assert.Contains("Stödboende AB (stodboende-ab)", text, StringComparison.Ordinal);
        Assert.Contains("Stödboendet Linden", text, StringComparison.Ordinal);
        Assert.Contains(WhatHappened, text, StringComparison.Ordinal);
        Assert.Contains("Enhetschefen kallade in personal", text, StringComparison.Ordinal);
        Assert.Contains("Boende B.", text, StringComparison.Ordinal);
        Assert.Contains("Schemat lades utan kontroll av bemanningen.", text, StringComparison.Ordinal);
        Assert.Contains(Grounds, text, StringComparison.Ordinal);
        Assert.Contains("Lina Lind", text, StringComparison.Ordinal);
        Assert.Contains("SoL 27 kap. 1 §", text, StringComparison.Ordinal);
        Assert.Contains("## Åtgärder som vidtogs omedelbart för att skydda den enskilde", text, StringComparison.Ordinal);

        var sent = (await incidents.MarkNotificationSentAsync(new MarkNotificationSentRequest { IncidentId = id, Reference = "IVO 3.1-12345/2026" }, manager)).Incident;
        Assert.True(sent.Locked);
        Assert.Equal("IVO 3.1-12345/2026", sent.Notification.SentReference);
        var changeAfterSending = await Expect.FailsAsync(StatusCode.FailedPrecondition, incidents.CompleteInvestigationAsync(Investigation(id, "Ändrad efteråt."), manager));
        Assert.Equal("LOCKED", Expect.ErrorInfo(changeAfterSending)?.Reason);
        await Expect.FailsAsync(StatusCode.FailedPrecondition, incidents.DecideNotificationAsync(new DecideNotificationRequest { IncidentId = id, Notify = false, Grounds = "Ändrat beslut." }, manager));

        var actions = (await incidents.DecideActionsAsync(new DecideActionsRequest
        {
            IncidentId = id,
            Actions = { new NewAction { Description = "Bemanningen kontrolleras vid varje schemaläggning.", ResponsibleUserId = Demo.LindenManagerSub, DueAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(14)) } },
        }, manager)).Incident.Actions;
        await incidents.CompleteActionAsync(new CompleteActionRequest { IncidentId = id, ActionId = actions.Single().ActionId }, manager);
        await incidents.FollowUpIncidentAsync(new FollowUpIncidentRequest { IncidentId = id, Effect = "Inga obemannade pass sedan ändringen." }, manager);
        await incidents.CloseIncidentAsync(new CloseIncidentRequest { IncidentId = id, Outcome = "Anmält till IVO; schemaläggningen kontrolleras nu." }, manager);

        var notices = await Eventually.WaitForAsync(
            async () => (await incidents.ListProviderNoticesAsync(new ListProviderNoticesRequest { PageSize = 500 }, committee)).Notices.Where(n => n.IncidentId == id).ToList(),
            found => found.Count == 2,
            TimeSpan.FromSeconds(60),
            "Socialnämnden is told of the provider's lex Sarah report and of its notification to IVO.");
        Assert.Equal([NoticeKind.LexSarahReported, NoticeKind.IvoNotified], notices.Select(n => n.Kind));
        Assert.All(notices, n => Assert.Equal("stodboende-ab", n.ProviderTenantId));
        Assert.All(notices, n => Assert.Equal(Track.LexSarah, n.Track));
        await Expect.FailsAsync(StatusCode.NotFound, incidents.GetIncidentAsync(new GetIncidentRequest { IncidentId = id }, committee));

        var ownView = (await incidents.GetIncidentAsync(new GetIncidentRequest { IncidentId = id }, reporter)).Incident;
        Assert.Equal(IncidentState.Closed, ownView.State);
        Assert.Equal("Anmält till IVO; schemaläggningen kontrolleras nu.", ownView.Outcome);
        Assert.Equal(WhatHappened, ownView.WhatHappened);
        Assert.Null(ownView.Investigation);
        Assert.Null(ownView.Notification);
        Assert.Empty(ownView.Actions);
        Assert.Contains(ownView.History, h => h.ToState == IncidentState.Closed);
        Assert.DoesNotContain(ownView.History, h => h.Actor?.DisplayName == "Lina Lind");
        Assert.Contains(id, (await incidents.ListIncidentsAsync(new ListIncidentsRequest { OwnReportsOnly = true, PageSize = 500 }, reporter)).Incidents.Select(i => i.IncidentId));

        await AssertInvisibleToAsync(incidents, id, Demo.OmsorgAdmin, Demo.OmsorgEmployee, Demo.AldreMas);
        foreach (var otherTenantWithNotices in new[] { Demo.OmsorgAdmin, Demo.AldreMas })
        {
            var theirs = await incidents.ListProviderNoticesAsync(new ListProviderNoticesRequest { PageSize = 500 }, Bearer(await platform.TokenAsync(otherTenantWithNotices)));
            Assert.DoesNotContain(id, theirs.Notices.Select(n => n.IncidentId));
        }
    }

    [Fact]
    public async Task The_reporter_reads_their_own_report_over_connect_json_from_a_browser()
    {
        await platform.WaitUntilGatewaySeesAsync("incidents-grpc", "incidents-web");
        using var channel = platform.GrpcChannel();
        var reporterToken = await platform.TokenAsync(Demo.LindenEmployee);
        var id = (await Eventually.PermittedAsync(
            () => new IncidentService.IncidentServiceClient(channel).ReportIncidentAsync(new ReportIncidentRequest
            {
                UnitId = Demo.Linden,
                WhatHappened = "Larmet i lägenhet 3 gick inte fram till personalen.",
                OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-1)),
            }, Bearer(reporterToken)),
            "The medarbetare's role reached the Incidents service.")).Incident.IncidentId;

        using var http = new HttpClient { BaseAddress = platform.GatewayWeb };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/ledningssystem.incidents.v1.IncidentService/GetIncident", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { incidentId = id }), Encoding.UTF8, "application/json"),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Connect-Protocol-Version", "1");
        request.Headers.Add("Origin", platform.GatewayWeb.GetLeftPart(UriPartial.Authority));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", reporterToken);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var incident = json.RootElement.GetProperty("incident");
        Assert.Equal(id, incident.GetProperty("incidentId").GetString());
        Assert.Equal("INCIDENT_STATE_REPORTED", incident.GetProperty("state").GetString());
        Assert.Equal("Larmet i lägenhet 3 gick inte fram till personalen.", incident.GetProperty("whatHappened").GetString());
    }

    /// <summary>Another tenant's users: not by id, not in lists, not to change, not among their notices.</summary>
    private async Task AssertInvisibleToAsync(IncidentService.IncidentServiceClient incidents, string id, params string[] outsiders)
    {
        foreach (var outsider in outsiders)
        {
            var caller = Bearer(await platform.TokenAsync(outsider));
            await Expect.FailsAsync(StatusCode.NotFound, incidents.GetIncidentAsync(new GetIncidentRequest { IncidentId = id }, caller));
            await Expect.FailsAsync(StatusCode.NotFound, incidents.TriageIncidentAsync(LexSarah(id), caller));
            Assert.DoesNotContain(id, (await incidents.ListIncidentsAsync(new ListIncidentsRequest { PageSize = 500 }, caller)).Incidents.Select(i => i.IncidentId));
        }
    }

    private static TriageIncidentRequest LexSarah(string id) => new()
    {
        IncidentId = id,
        Kind = IncidentKind.LexSarah,
        Subtype = IncidentSubtype.Impropriety,
        Severity = Severity.Significant,
        LegalReferences = { new LegalReference { Code = "SoL 27 kap. 1 §", Title = "Rapporteringsskyldighet" } },
    };

    private static CompleteInvestigationRequest Investigation(string id, string why) => new()
    {
        IncidentId = id,
        WhatHappened = "Ingen personal var schemalagd under helgen; den boende fick ingen insats.",
        Why = why,
        RootCauses = { RootCause.Routines, RootCause.Organisation },
        Prevention = "Schemat kontrolleras mot beviljade insatser innan det fastställs.",
    };
}
