using Grpc.Core;
using Ledningssystem.Contracts.Audit.V1;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Tests.Support;

namespace Ledningssystem.Risks.Tests;

/// <summary>
/// Every RPC keeps to the caller's tenant and units: another tenant finds nothing (NOT_FOUND, or PERMISSION_DENIED for
/// its units), within the tenant only those who work on the unit's risks act, and the nämnd sees the matrix view and
/// the RoV but no single risk.
/// </summary>
[Collection(RisksGroup.Name)]
[Trait("Category", "Database")]
public sealed class IsolationTests(RisksFixture platform)
{
    public static TheoryData<string> RiskRpcs() => ["get-risk", "assess", "decide", "complete-action", "close", "link", "get-analysis", "complete-analysis"];

    private static readonly string[] RovSteps = ["get-rov", "rate", "choose", "adopt"];

    public static TheoryData<string> RovRpcs() => [.. RovSteps];

    public static TheoryData<string> UnitRpcs() => ["create-analysis", "identify", "view", "cell", "create-rov"];

    [Theory]
    [MemberData(nameof(RiskRpcs))]
    public async Task Another_tenant_finds_no_risk_or_riskanalys(string rpc)
    {
        var (risk, analysis) = await SolgardenRiskAsync();

        await Expect.FailsAsync(StatusCode.NotFound, Call(await platform.AsAsync(Demo.OmsorgAdmin), rpc, risk, analysis));
        await Expect.FailsAsync(StatusCode.NotFound, Call(await platform.AsAsync(Demo.SocialQualityDeveloper), rpc, risk, analysis));
    }

    [Theory]
    [MemberData(nameof(RiskRpcs))]
    public async Task The_manager_of_another_unit_and_an_employee_cannot_touch_a_units_risks(string rpc)
    {
        var (risk, analysis) = await SolgardenRiskAsync();

        await Expect.FailsAsync(StatusCode.PermissionDenied, Call(await platform.AsAsync(Demo.AldreUnitManager), rpc, risk, analysis));
        await Expect.FailsAsync(StatusCode.PermissionDenied, Call(await platform.AsAsync(Demo.AldreEmployee), rpc, risk, analysis));
    }

    [Theory]
    [MemberData(nameof(RovRpcs))]
    public async Task Another_tenant_finds_no_RoV_and_the_namnd_only_reads_it(string rpc)
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var risk = await new Register(platform).RiskAsync(Demo.SocialQualityDeveloper, Demo.Hvb, (2, 2));
        var rov = (await quality.CreateRiskAndMaterialityAnalysisAsync(new CreateRiskAndMaterialityAnalysisRequest
        {
            UnitId = Demo.SocialRoot, Year = 2040 + Array.IndexOf(RovSteps, rpc),
        })).Rov;

        await Expect.FailsAsync(StatusCode.NotFound, CallRov(await platform.AsAsync(Demo.AldreHealthCareManager), rpc, rov.RovId, risk.RiskId));
        await Expect.FailsAsync(StatusCode.NotFound, CallRov(await platform.AsAsync(Demo.OmsorgAdmin), rpc, rov.RovId, risk.RiskId));
        var committee = CallRov(await platform.AsAsync(Demo.SocialCommittee), rpc, rov.RovId, risk.RiskId);
        if (rpc == "get-rov")
        {
            await committee;
        }
        else
        {
            await Expect.FailsAsync(StatusCode.PermissionDenied, committee);
        }
    }

    [Theory]
    [MemberData(nameof(UnitRpcs))]
    public async Task Nobody_works_on_or_views_units_outside_their_own(string rpc)
    {
        await Expect.FailsAsync(StatusCode.PermissionDenied, CallUnit(await platform.AsAsync(Demo.AldreUnitManager), rpc, Demo.Solgarden));
        await Expect.FailsAsync(StatusCode.PermissionDenied, CallUnit(await platform.AsAsync(Demo.AldreUnitManager), rpc, Demo.OmsorgCity));
        await Expect.FailsAsync(StatusCode.PermissionDenied, CallUnit(await platform.AsAsync(Demo.AldreEmployee), rpc, Demo.HemtjanstNorr));
        await Expect.FailsAsync(StatusCode.PermissionDenied, CallUnit(await platform.AsAsync(Demo.OmsorgAdmin), rpc, Demo.Solgarden));
    }

    [Fact]
    public async Task Lists_show_the_units_risks_to_those_who_work_on_them_and_nothing_to_others()
    {
        var (risk, analysis) = await SolgardenRiskAsync();
        async Task<(bool Risk, bool Analysis)> ListsAsync(string user)
        {
            var client = await platform.AsAsync(user);
            var risks = await client.ListRisksAsync(new ListRisksRequest { PageSize = 500 });
            var analyses = await client.ListRiskAnalysesAsync(new ListRiskAnalysesRequest { PageSize = 500 });
            return (risks.Risks.Any(r => r.RiskId == risk), analyses.Analyses.Any(a => a.AnalysisId == analysis));
        }

        Assert.Equal((true, true), await ListsAsync(Demo.AldreHealthCareManager));
        Assert.Equal((false, false), await ListsAsync(Demo.AldreUnitManager));
        Assert.Equal((false, false), await ListsAsync(Demo.AldreEmployee));
        Assert.Equal((false, false), await ListsAsync(Demo.OmsorgAdmin));
        Assert.Equal((false, false), await ListsAsync(Demo.SocialCommittee));
        Assert.Empty((await (await platform.AsAsync(Demo.AldreHealthCareManager)).ListRiskAndMaterialityAnalysesAsync(new ListRiskAndMaterialityAnalysesRequest())).Rovs);
    }

    [Fact]
    public async Task The_namnd_sees_the_matrix_view_and_cells_but_no_single_risk_and_reads_are_audited()
    {
        var risk = await new Register(platform).RiskAsync(Demo.SocialQualityDeveloper, Demo.Hvb, (1, 4));
        var committee = await platform.AsAsync(Demo.SocialCommittee);

        var cell = await committee.ListMatrixCellAsync(new ListMatrixCellRequest
        {
            UnitId = Demo.SocialRoot, On = platform.Today, Basis = MatrixBasis.BeforeActions, Probability = 1, Consequence = 4, PageSize = 500,
        });
        Assert.Contains(cell.Risks, r => r.RiskId == risk.RiskId);
        await Expect.FailsAsync(StatusCode.PermissionDenied, committee.GetRiskAsync(new GetRiskRequest { RiskId = risk.RiskId }));

        await (await platform.AsAsync(Demo.SocialQualityDeveloper)).GetRiskAsync(new GetRiskRequest { RiskId = risk.RiskId });
        var auditor = new AuditService.AuditServiceClient(platform.Service.Channel(await platform.TokenAsync(Demo.SocialAdministrationHead)));
        var trail = await auditor.ListAuditEntriesAsync(new ListAuditEntriesRequest { EntityType = "Risk", EntityId = risk.RiskId });
        Assert.Equal([AuditAction.Read], trail.Entries.Where(e => e.Action == AuditAction.Read).Select(e => e.Action));
    }

    private async Task<(string Risk, string Analysis)> SolgardenRiskAsync()
    {
        var manager = await platform.AsAsync(Demo.AldreHealthCareManager);
        var analysis = (await manager.CreateRiskAnalysisAsync(new CreateRiskAnalysisRequest
        {
            UnitId = Demo.Solgarden, Subject = AnalysisSubject.Unit, Title = "Årlig riskanalys", HeldOn = platform.Today, Participants = { "Vera Viklund" },
        })).Analysis;
        var risk = (await manager.IdentifyRiskAsync(Register.Identify(Demo.Solgarden, "Fall vid förflyttning", platform.Today, analysis.AnalysisId))).Risk;
        return (risk.RiskId, analysis.AnalysisId);
    }

    private static Task Call(RiskService.RiskServiceClient client, string rpc, string risk, string analysis) => rpc switch
    {
        "get-risk" => client.GetRiskAsync(new GetRiskRequest { RiskId = risk }).ResponseAsync,
        "assess" => client.AssessRiskAsync(Register.Assess(risk, 2, 2)).ResponseAsync,
        "decide" => client.DecideRiskActionAsync(new DecideRiskActionRequest { RiskId = risk, Description = "Åtgärd", Responsible = "Chef", DueOn = "2030-01-01" }).ResponseAsync,
        "complete-action" => client.CompleteRiskActionAsync(new CompleteRiskActionRequest { RiskId = risk, ActionId = "a", CompletedOn = "2026-01-01" }).ResponseAsync,
        "close" => client.CloseRiskAsync(new CloseRiskRequest { RiskId = risk, Outcome = CloseOutcome.Eliminated, Reason = "Skäl" }).ResponseAsync,
        "link" => client.LinkRiskAsync(new LinkRiskRequest { RiskId = risk, Kind = LinkKind.Incident, TargetId = "inc-1" }).ResponseAsync,
        "get-analysis" => client.GetRiskAnalysisAsync(new GetRiskAnalysisRequest { AnalysisId = analysis }).ResponseAsync,
        _ => client.CompleteRiskAnalysisAsync(new CompleteRiskAnalysisRequest { AnalysisId = analysis }).ResponseAsync,
    };

    private static Task CallRov(RiskService.RiskServiceClient client, string rpc, string rov, string risk) => rpc switch
    {
        "get-rov" => client.GetRiskAndMaterialityAnalysisAsync(new GetRiskAndMaterialityAnalysisRequest { RovId = rov }).ResponseAsync,
        "rate" => client.RateRiskAsync(new RateRiskRequest { RovId = rov, RiskId = risk, Materiality = 2 }).ResponseAsync,
        "choose" => client.ChooseControlAsync(new ChooseControlRequest { RovId = rov, RiskId = risk, Control = "Kontroll", ResponsibleRole = "MAS" }).ResponseAsync,
        _ => client.AdoptRiskAndMaterialityAnalysisAsync(new AdoptRiskAndMaterialityAnalysisRequest { RovId = rov }).ResponseAsync,
    };

    private Task CallUnit(RiskService.RiskServiceClient client, string rpc, string unit) => rpc switch
    {
        "create-analysis" => client.CreateRiskAnalysisAsync(new CreateRiskAnalysisRequest
        {
            UnitId = unit, Subject = AnalysisSubject.Unit, Title = "Analys", HeldOn = platform.Today, Participants = { "Någon" },
        }).ResponseAsync,
        "identify" => client.IdentifyRiskAsync(Register.Identify(unit, "Risk", platform.Today)).ResponseAsync,
        "view" => client.GetMatrixViewAsync(new GetMatrixViewRequest { UnitId = unit, On = platform.Today, Basis = MatrixBasis.AfterActions }).ResponseAsync,
        "cell" => client.ListMatrixCellAsync(new ListMatrixCellRequest { UnitId = unit, On = platform.Today, Basis = MatrixBasis.AfterActions, Probability = 1, Consequence = 1 }).ResponseAsync,
        _ => client.CreateRiskAndMaterialityAnalysisAsync(new CreateRiskAndMaterialityAnalysisRequest { UnitId = unit, Year = 2050 }).ResponseAsync,
    };
}
