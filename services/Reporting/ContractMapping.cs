using Ledningssystem.Contracts.Reporting.V1;

namespace Ledningssystem.Reporting;

/// <summary>Between the domain's enums and their protobuf values.</summary>
internal static class ContractMapping
{
    public static Domain.Subject ToDomain(this Subject subject) => subject switch
    {
        Subject.Incidents => Domain.Subject.Incidents,
        Subject.Complaints => Domain.Subject.Complaints,
        Subject.ComplaintCategories => Domain.Subject.ComplaintCategories,
        Subject.Inspections => Domain.Subject.Inspections,
        Subject.InspectionFindings => Domain.Subject.InspectionFindings,
        Subject.Risks => Domain.Subject.Risks,
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, "The validator lets only defined subjects through."),
    };

    public static Subject ToProto(this Domain.Subject subject) => subject switch
    {
        Domain.Subject.Incidents => Subject.Incidents,
        Domain.Subject.Complaints => Subject.Complaints,
        Domain.Subject.ComplaintCategories => Subject.ComplaintCategories,
        Domain.Subject.Inspections => Subject.Inspections,
        Domain.Subject.InspectionFindings => Subject.InspectionFindings,
        Domain.Subject.Risks => Subject.Risks,
        _ => Subject.Unspecified,
    };

    public static CaseStatus ToProto(this Domain.CaseStatus status) => status switch
    {
        Domain.CaseStatus.New => CaseStatus.New,
        Domain.CaseStatus.InProgress => CaseStatus.InProgress,
        Domain.CaseStatus.Closed => CaseStatus.Closed,
        _ => CaseStatus.Unspecified,
    };
}
