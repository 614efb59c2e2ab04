using Grpc.Core;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Tests.Support;

namespace Ledningssystem.Risks.Tests;

/// <summary>A tenant's matrix: the default 4×4 with Swedish labels and coloured levels, and new versions that leave earlier assessments as they were.</summary>
[Collection(MatrixChangeGroup.Name)]
[Trait("Category", "Database")]
public sealed class MatrixTests(RisksFixture platform)
{
    private static readonly RiskLevel L = RiskLevel.Low;
    private static readonly RiskLevel M = RiskLevel.Medium;
    private static readonly RiskLevel H = RiskLevel.High;
    private static readonly RiskLevel V = RiskLevel.VeryHigh;

    [Fact]
    public async Task Every_tenant_starts_with_the_default_four_by_four_matrix_in_Swedish_with_coloured_levels()
    {
        var matrix = (await (await platform.AsAsync(Demo.AldreUnitManager)).GetRiskMatrixAsync(new GetRiskMatrixRequest())).Matrix;

        Assert.Equal(1, matrix.Version);
        Assert.Equal(["osannolik", "mindre sannolik", "möjlig", "sannolik"], matrix.ProbabilityLabels);
        Assert.Equal(["försumbar", "lindrig", "kännbar", "allvarlig"], matrix.ConsequenceLabels);
        Assert.Equal([L, L, M, M, L, M, H, H, M, H, V, V, M, H, V, V], matrix.Levels);
        Assert.Equal(
            [("låg", "#2E7D32"), ("medel", "#F9A825"), ("hög", "#EF6C00"), ("mycket hög", "#C62828")],
            matrix.Styles.Select(s => (s.Label, s.Colour)));
    }

    [Fact]
    public async Task A_tenant_changing_its_scales_gets_a_new_version_while_old_assessments_keep_theirs()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var register = new Register(platform);
        var early = await register.RiskAsync(Demo.SocialQualityDeveloper, Demo.Hvb, (4, 4), "Rymning från HVB");

        var fiveByFive = (await quality.UpdateRiskMatrixAsync(FiveByFive())).Matrix;
        Assert.Equal(2, fiveByFive.Version);
        var late = await register.RiskAsync(Demo.SocialQualityDeveloper, Demo.Hvb, (5, 5), "Våld mellan placerade");

        var earlyNow = (await quality.GetRiskAsync(new GetRiskRequest { RiskId = early.RiskId })).Risk.Assessments.Single();
        Assert.Equal((1, 4, 4, V), (earlyNow.MatrixVersion, earlyNow.Probability, earlyNow.Consequence, earlyNow.Level));
        var lateNow = late.Assessments.Single();
        Assert.Equal((2, 5, 5, V), (lateNow.MatrixVersion, lateNow.Probability, lateNow.Consequence, lateNow.Level));
        Assert.Equal(["osannolik", "mindre sannolik", "möjlig", "sannolik"],
            (await quality.GetRiskMatrixAsync(new GetRiskMatrixRequest { Version = 1 })).Matrix.ProbabilityLabels);
        Assert.Equal(2, (await quality.GetRiskMatrixAsync(new GetRiskMatrixRequest())).Matrix.Version);
        Assert.Equal(1, (await (await platform.AsAsync(Demo.AldreUnitManager)).GetRiskMatrixAsync(new GetRiskMatrixRequest())).Matrix.Version);

        await quality.UpdateRiskMatrixAsync(new UpdateRiskMatrixRequest
        {
            ProbabilityLabels = { "låg", "medel", "hög" },
            ConsequenceLabels = { "liten", "märkbar", "stor" },
            Levels = { L, M, H, M, H, V, H, V, V },
        });
        var view = await quality.GetMatrixViewAsync(new GetMatrixViewRequest { UnitId = Demo.Hvb, On = platform.Today, Basis = MatrixBasis.BeforeActions });
        Assert.Equal(3, view.Matrix.Version);
        Assert.Equal(9, view.Cells.Count);
        Assert.Equal(2, view.OutsideScale);
        Assert.Equal("OUTSIDE_SCALE", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, quality.AssessRiskAsync(Register.Assess(early.RiskId, 4, 4))));
    }

    [Fact]
    public async Task Levels_that_fall_as_probability_rises_are_refused_and_only_tenant_wide_roles_change_the_matrix()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var falling = new UpdateRiskMatrixRequest { ProbabilityLabels = { "låg", "hög" }, ConsequenceLabels = { "liten", "stor" }, Levels = { H, H, L, L } };

        Assert.Equal("LEVELS_DECREASE", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, quality.UpdateRiskMatrixAsync(falling)));
        var wrongCount = await Expect.FailsAsync(StatusCode.InvalidArgument, quality.UpdateRiskMatrixAsync(
            new UpdateRiskMatrixRequest { ProbabilityLabels = { "låg", "hög" }, ConsequenceLabels = { "liten", "stor" }, Levels = { L } }));
        Assert.Contains("levels", Expect.FieldViolations(wrongCount));
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.AldreHealthCareManager)).UpdateRiskMatrixAsync(FiveByFive()));
        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.SocialCommittee)).UpdateRiskMatrixAsync(FiveByFive()));
    }

    private static UpdateRiskMatrixRequest FiveByFive()
    {
        var request = new UpdateRiskMatrixRequest
        {
            ProbabilityLabels = { "mycket osannolik", "osannolik", "möjlig", "sannolik", "mycket sannolik" },
            ConsequenceLabels = { "försumbar", "lindrig", "kännbar", "allvarlig", "katastrofal" },
        };
        for (var p = 1; p <= 5; p++)
        {
            for (var c = 1; c <= 5; c++)
            {
                request.Levels.Add((p * c) switch { <= 3 => L, <= 8 => M, <= 14 => H, _ => V });
            }
        }
        return request;
    }
}
