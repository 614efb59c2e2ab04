using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Risks.Events;

/// <summary>The events the service publishes, built from the aggregate as the step left it; none carries personal data.</summary>
public static class RiskEvents
{
    public static RiskIdentified Identified(Domain.Risk risk, DateTimeOffset now) => new()
    {
        TenantId = risk.TenantId,
        RiskId = risk.Id,
        UnitId = risk.UnitId,
        AnalysisId = risk.AnalysisId ?? "",
        DocumentId = risk.DocumentId ?? "",
        IdentifiedOn = risk.IdentifiedOn.ToIso(),
        IdentifiedAt = now.ToProto(),
    };

    public static RiskAssessed Assessed(Domain.Risk risk, Domain.Assessment assessment) => new()
    {
        TenantId = risk.TenantId,
        RiskId = risk.Id,
        UnitId = risk.UnitId,
        Kind = assessment.Kind.ToProto(),
        MatrixVersion = assessment.MatrixVersion,
        Probability = assessment.Probability,
        Consequence = assessment.Consequence,
        Level = assessment.Level.ToProto(),
        AssessedAt = assessment.At.ToProto(),
    };

    public static RiskActionDecided ActionDecided(Domain.Risk risk, Domain.RiskAction action, DateTimeOffset now) => new()
    {
        TenantId = risk.TenantId,
        RiskId = risk.Id,
        UnitId = risk.UnitId,
        ActionId = action.Id,
        DueOn = action.DueOn.ToIso(),
        DecidedAt = now.ToProto(),
        Responsible = action.Responsible,
    };

    public static RiskActionCompleted ActionCompleted(Domain.Risk risk, Domain.RiskAction action, DateTimeOffset now) => new()
    {
        TenantId = risk.TenantId,
        RiskId = risk.Id,
        UnitId = risk.UnitId,
        ActionId = action.Id,
        CompletedOn = action.CompletedOn.ToIso(),
        CompletedAt = now.ToProto(),
    };

    public static RiskClosed Closed(Domain.Risk risk, DateTimeOffset now) => new()
    {
        TenantId = risk.TenantId,
        RiskId = risk.Id,
        UnitId = risk.UnitId,
        Outcome = risk.CloseOutcome.ToProto(),
        Level = risk.Level.ToProto(),
        ClosedAt = now.ToProto(),
    };

    public static RiskAnalysisCompleted AnalysisCompleted(Domain.RiskAnalysis analysis, IEnumerable<string> riskIds) => new()
    {
        TenantId = analysis.TenantId,
        AnalysisId = analysis.Id,
        UnitId = analysis.UnitId,
        Subject = analysis.Subject.ToProto(),
        DocumentId = analysis.DocumentId ?? "",
        RiskIds = { riskIds },
        CompletedAt = analysis.CompletedAt.ToProto(),
    };

    /// <summary>The internkontrollplan: one control per chosen risk, for SelfInspection to plan.</summary>
    public static InternalControlPlanAdopted PlanAdopted(Domain.RiskAndMaterialityAnalysis rov, IEnumerable<Domain.MaterialityRating> plan) => new()
    {
        TenantId = rov.TenantId,
        AssessmentId = rov.Id,
        Year = rov.Year,
        Controls =
        {
            plan.Select(r => new InternalControl
            {
                RiskId = r.RiskId,
                UnitId = r.UnitId,
                Title = r.Title,
                Control = r.Control ?? "",
                ResponsibleRole = r.ResponsibleRole ?? "",
                DocumentId = r.DocumentId ?? "",
                Months = { r.Months },
            }),
        },
        AdoptedAt = rov.AdoptedAt.ToProto(),
    };
}
