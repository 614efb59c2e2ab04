using Ledningssystem.Contracts.Risks.V1;

namespace Ledningssystem.Risks.Tests.Support;

/// <summary>Brings risks into the register through the API.</summary>
public sealed class Register(RisksFixture platform)
{
    public static IdentifyRiskRequest Identify(string unitId, string title, string on, string analysisId = "") => new()
    {
        UnitId = unitId,
        AnalysisId = analysisId,
        Title = title,
        Description = "Risken beskrivs i riskanalysen.",
        Cause = "Rutinen är inte känd av all personal.",
        PossibleConsequence = "Den enskilde far illa.",
        Owner = "Enhetschef",
        IdentifiedOn = on,
    };

    public static AssessRiskRequest Assess(string riskId, int probability, int consequence, AssessmentKind kind = AssessmentKind.Initial) => new()
    {
        RiskId = riskId,
        Kind = kind,
        Probability = probability,
        Consequence = consequence,
        Grounds = "Bedömt i arbetsgruppen utifrån avvikelser senaste året.",
    };

    /// <summary>A risk of <paramref name="unitId"/> identified today by <paramref name="user"/>, assessed at (probability, consequence) unless null.</summary>
    public async Task<Risk> RiskAsync(string user, string unitId, (int Probability, int Consequence)? assessedAt = null, string title = "Läkemedel ges till fel person")
    {
        var client = await platform.AsAsync(user);
        var risk = (await client.IdentifyRiskAsync(Identify(unitId, title, platform.Today))).Risk;
        return assessedAt is var (p, c) ? (await client.AssessRiskAsync(Assess(risk.RiskId, p, c))).Risk : risk;
    }
}
