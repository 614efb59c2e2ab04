using Ledningssystem.Contracts.SelfInspection.V1;

namespace Ledningssystem.SelfInspection;

/// <summary>
/// The domain's enums to the contract's and back, for the API, the events and the jobs alike; the contract's enums
/// number their values like the domain's, so conversions are casts.
/// </summary>
public static class ContractMapping
{
    public static PlanState ToProto(this Domain.PlanState state) => (PlanState)(int)state;

    public static InspectionMethod ToProto(this Domain.InspectionMethod method) => (InspectionMethod)(int)method;

    public static Frequency ToProto(this Domain.Frequency frequency) => (Frequency)(int)frequency;

    public static OccurrenceState ToProto(this Domain.OccurrenceState state) => (OccurrenceState)(int)state;

    public static TemplateState ToProto(this Domain.TemplateState state) => (TemplateState)(int)state;

    public static AnswerType ToProto(this Domain.AnswerType type) => (AnswerType)(int)type;

    public static YesNo ToProto(this Domain.YesNo? answer) => (YesNo)(int)(answer ?? 0);

    public static FindingState ToProto(this Domain.FindingState state) => (FindingState)(int)state;

    public static Severity ToProto(this Domain.Severity severity) => (Severity)(int)severity;

    public static Domain.InspectionMethod ToDomain(this InspectionMethod method) => (Domain.InspectionMethod)(int)method;

    public static Domain.Frequency ToDomain(this Frequency frequency) => (Domain.Frequency)(int)frequency;

    public static Domain.AnswerType ToDomain(this AnswerType type) => (Domain.AnswerType)(int)type;

    public static Domain.YesNo? ToDomain(this YesNo answer) => answer == YesNo.Unspecified ? null : (Domain.YesNo)(int)answer;

    public static Domain.FindingState ToDomain(this FindingState state) => (Domain.FindingState)(int)state;

    public static Domain.Severity ToDomain(this Severity severity) => (Domain.Severity)(int)severity;
}
