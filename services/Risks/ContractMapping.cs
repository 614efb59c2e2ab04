using Ledningssystem.Contracts.Risks.V1;

namespace Ledningssystem.Risks;

/// <summary>
/// The domain's enums to the contract's and back, for the API and the events alike; the contract's enums number their
/// values like the domain's, so conversions are casts.
/// </summary>
public static class ContractMapping
{
    public static RiskLevel ToProto(this Domain.RiskLevel? level) => (RiskLevel)(int)(level ?? 0);

    public static RiskLevel ToProto(this Domain.RiskLevel level) => (RiskLevel)(int)level;

    public static AnalysisSubject ToProto(this Domain.AnalysisSubject subject) => (AnalysisSubject)(int)subject;

    public static RiskAnalysisState ToProto(this Domain.RiskAnalysisState state) => (RiskAnalysisState)(int)state;

    public static RiskState ToProto(this Domain.RiskState state) => (RiskState)(int)state;

    public static AssessmentKind ToProto(this Domain.AssessmentKind kind) => (AssessmentKind)(int)kind;

    public static ActionStatus ToProto(this Domain.ActionStatus status) => (ActionStatus)(int)status;

    public static LinkKind ToProto(this Domain.LinkKind kind) => (LinkKind)(int)kind;

    public static CloseOutcome ToProto(this Domain.CloseOutcome? outcome) => (CloseOutcome)(int)(outcome ?? 0);

    public static RiskAndMaterialityAnalysisState ToProto(this Domain.RovState state) => (RiskAndMaterialityAnalysisState)(int)state;

    public static Domain.RiskLevel ToDomain(this RiskLevel level) => (Domain.RiskLevel)(int)level;

    public static Domain.AnalysisSubject ToDomain(this AnalysisSubject subject) => (Domain.AnalysisSubject)(int)subject;

    public static Domain.RiskState ToDomain(this RiskState state) => (Domain.RiskState)(int)state;

    public static Domain.AssessmentKind ToDomain(this AssessmentKind kind) => (Domain.AssessmentKind)(int)kind;

    public static Domain.LinkKind ToDomain(this LinkKind kind) => (Domain.LinkKind)(int)kind;

    public static Domain.CloseOutcome ToDomain(this CloseOutcome outcome) => (Domain.CloseOutcome)(int)outcome;

    public static Domain.MatrixBasis ToDomain(this MatrixBasis basis) => (Domain.MatrixBasis)(int)basis;
}
