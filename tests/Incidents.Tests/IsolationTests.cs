using Grpc.Core;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Incidents.Tests.Support;

namespace Ledningssystem.Incidents.Tests;

/// <summary>Another tenant never sees an incident; within a tenant only the reporter, the unit's handlers and the right roles do.</summary>
[Collection(IncidentsGroup.Name)]
[Trait("Category", "Database")]
public sealed class IsolationTests(IncidentsFixture platform)
{
    public static TheoryData<string> IncidentRpcs() => ["get", "triage", "start", "investigate", "decide-actions", "complete-action", "follow-up", "close", "reopen", "decide", "document", "sent", "informed"];

    [Theory]
    [MemberData(nameof(IncidentRpcs))]
    public async Task Another_tenant_finds_no_incident(string rpc)
    {
        var incident = await new Workflow(platform).InStateAsync(IncidentState.Reported);
        var stranger = await platform.AsAsync(Demo.OmsorgEmployee);

        await Expect.FailsAsync(StatusCode.NotFound, Call(stranger, rpc, incident.IncidentId));
    }

    [Theory]
    [MemberData(nameof(IncidentRpcs))]
    public async Task Staff_of_another_unit_and_the_reporter_cannot_handle_it(string rpc)
    {
        var incident = await new Workflow(platform).InStateAsync(IncidentState.Reported);
        var otherUnit = await platform.AsAsync(Demo.SolgardenNurse);
        await Expect.FailsAsync(StatusCode.PermissionDenied, Call(otherUnit, rpc, incident.IncidentId));
        if (rpc != "get")
        {
            var reporter = await platform.AsAsync(Demo.AldreEmployee);
            await Expect.FailsAsync(StatusCode.PermissionDenied, Call(reporter, rpc, incident.IncidentId));
        }
    }

    [Fact]
    public async Task Lists_show_own_reports_to_staff_the_subtree_to_managers_and_nothing_of_other_tenants()
    {
        var incident = await new Workflow(platform).InStateAsync(IncidentState.Reported);
        async Task<bool> Lists(string user) =>
            (await (await platform.AsAsync(user)).ListIncidentsAsync(new ListIncidentsRequest { PageSize = 500 })).Incidents.Any(i => i.IncidentId == incident.IncidentId);

        Assert.True(await Lists(Demo.AldreEmployee));
        Assert.True(await Lists(Demo.AldreUnitManager));
        Assert.True(await Lists(Demo.AldreAreaManager));
        Assert.True(await Lists(Demo.AldreMas));
        Assert.False(await Lists(Demo.SolgardenNurse));
        Assert.False(await Lists(Demo.OmsorgEmployee));
        Assert.False(await Lists(Demo.LindenManager));
    }

    [Fact]
    public async Task A_lex_Sarah_case_is_hidden_from_MAS_and_the_namnd_sees_counts_without_personal_data()
    {
        var reporter = await platform.AsAsync(Demo.AldreEmployee);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var id = (await reporter.ReportIncidentAsync(Workflow.Report(Demo.HemtjanstNorr))).Incident.IncidentId;
        await manager.TriageIncidentAsync(new TriageIncidentRequest { IncidentId = id, Kind = IncidentKind.LexSarah, Subtype = IncidentSubtype.RiskOfImpropriety, Severity = Severity.Significant });

        var mas = await platform.AsAsync(Demo.AldreMas);
        await Expect.FailsAsync(StatusCode.PermissionDenied, mas.GetIncidentAsync(new GetIncidentRequest { IncidentId = id }));
        Assert.DoesNotContain((await mas.ListIncidentsAsync(new ListIncidentsRequest { PageSize = 500 })).Incidents, i => i.IncidentId == id);

        var committee = await platform.AsAsync(Demo.SocialCommittee);
        Assert.Empty((await committee.ListIncidentsAsync(new ListIncidentsRequest { PageSize = 500 })).Incidents);
        await Expect.FailsAsync(StatusCode.PermissionDenied, reporter.GetStatisticsAsync(new GetStatisticsRequest()));
        var statistics = await mas.GetStatisticsAsync(new GetStatisticsRequest());
        Assert.Contains(statistics.Rows, r => r.UnitId == Demo.HemtjanstNorr && r.Kind == IncidentKind.LexSarah && r.Count >= 1);
    }

    [Fact]
    public async Task Service_levels_are_set_tenant_wide_by_MAS_refused_to_a_unit_manager_and_stay_in_the_tenant()
    {
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var mas = await platform.AsAsync(Demo.AldreMas);
        var levels = new ServiceLevels { TriageWorkingDays = 3, InvestigationStartWorkingDays = 2, InvestigationWorkingDays = 10, NotificationWorkingDays = 1, WarningHours = 12 };
        await Expect.FailsAsync(StatusCode.PermissionDenied, manager.SetServiceLevelsAsync(new SetServiceLevelsRequest { ServiceLevels = levels }));
        var invalid = levels.Clone();
        invalid.TriageWorkingDays = -1;
        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, mas.SetServiceLevelsAsync(new SetServiceLevelsRequest { ServiceLevels = invalid }));
        Assert.Contains("service_levels.triage_working_days", Expect.FieldViolations(refused));
        Assert.Equal(2, (await manager.GetServiceLevelsAsync(new GetServiceLevelsRequest())).ServiceLevels.TriageWorkingDays);
        try
        {
            Assert.Equal(levels, (await mas.SetServiceLevelsAsync(new SetServiceLevelsRequest { ServiceLevels = levels })).ServiceLevels);
            Assert.Equal(levels, (await manager.GetServiceLevelsAsync(new GetServiceLevelsRequest())).ServiceLevels);
            var elsewhere = (await (await platform.AsAsync(Demo.OmsorgEmployee)).GetServiceLevelsAsync(new GetServiceLevelsRequest())).ServiceLevels;
            Assert.Equal(2, elsewhere.TriageWorkingDays);
        }
        finally
        {
            await mas.SetServiceLevelsAsync(new SetServiceLevelsRequest
            {
                ServiceLevels = new ServiceLevels { TriageWorkingDays = 2, InvestigationStartWorkingDays = 2, InvestigationWorkingDays = 14, NotificationWorkingDays = 2, WarningHours = 24 },
            });
        }
    }

    [Fact]
    public async Task Nobody_reports_in_a_unit_outside_their_own_subtree_or_tenant()
    {
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.SolgardenNurse)).ReportIncidentAsync(Workflow.Report(Demo.HemtjanstNorr)));
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.OmsorgEmployee)).ReportIncidentAsync(Workflow.Report(Demo.HemtjanstNorr)));
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.SocialCommittee)).ReportIncidentAsync(Workflow.Report("socialnamnden.forvaltning")));
    }

    [Fact]
    public async Task Provider_notices_and_statistics_are_for_the_namnd_and_management_only()
    {
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.LindenManager)).ListProviderNoticesAsync(new ListProviderNoticesRequest()));
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.AldreUnitManager)).ListProviderNoticesAsync(new ListProviderNoticesRequest()));
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.AldreUnitManager)).GetStatisticsAsync(new GetStatisticsRequest()));
        var committee = await platform.AsAsync(Demo.SocialCommittee);
        var notices = await committee.ListProviderNoticesAsync(new ListProviderNoticesRequest { PageSize = 500 });
        Assert.All(notices.Notices, n => Assert.Equal("stodboende-ab", n.ProviderTenantId));
        var statistics = await committee.GetStatisticsAsync(new GetStatisticsRequest());
        Assert.All(statistics.Rows, r => Assert.StartsWith("socialnamnden.", r.UnitId, StringComparison.Ordinal));
    }

    private static Task Call(IncidentService.IncidentServiceClient client, string rpc, string id) => rpc switch
    {
        "get" => client.GetIncidentAsync(new GetIncidentRequest { IncidentId = id }).ResponseAsync,
        "triage" => client.TriageIncidentAsync(new TriageIncidentRequest { IncidentId = id, Kind = IncidentKind.SocialCare, Severity = Severity.Minor }).ResponseAsync,
        "start" => client.StartInvestigationAsync(new StartInvestigationRequest { IncidentId = id }).ResponseAsync,
        "investigate" => client.CompleteInvestigationAsync(Workflow.Investigation(id)).ResponseAsync,
        "decide-actions" => client.DecideActionsAsync(new DecideActionsRequest
        {
            IncidentId = id,
            Actions = { new NewAction { Description = "Åtgärd", ResponsibleUserId = "x", DueAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow) } },
        }).ResponseAsync,
        "complete-action" => client.CompleteActionAsync(new CompleteActionRequest { IncidentId = id, ActionId = "a" }).ResponseAsync,
        "follow-up" => client.FollowUpIncidentAsync(new FollowUpIncidentRequest { IncidentId = id, Effect = "e" }).ResponseAsync,
        "close" => client.CloseIncidentAsync(new CloseIncidentRequest { IncidentId = id, Outcome = "o" }).ResponseAsync,
        "reopen" => client.ReopenIncidentAsync(new ReopenIncidentRequest { IncidentId = id, Reason = "r" }).ResponseAsync,
        "decide" => client.DecideNotificationAsync(new DecideNotificationRequest { IncidentId = id, Notify = true, Grounds = "g" }).ResponseAsync,
        "document" => client.GetNotificationDocumentAsync(new GetNotificationDocumentRequest { IncidentId = id }).ResponseAsync,
        "sent" => client.MarkNotificationSentAsync(new MarkNotificationSentRequest { IncidentId = id }).ResponseAsync,
        _ => client.RecordPatientInformedAsync(new RecordPatientInformedRequest { IncidentId = id, Note = "n" }).ResponseAsync,
    };
}
