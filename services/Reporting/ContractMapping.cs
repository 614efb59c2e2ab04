using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Events;
using Verksamhetsform = Ledningssystem.Contracts.Common.V1.Verksamhetsform;

namespace Ledningssystem.Reporting;

/// <summary>Between the domain's enums and their protobuf values.</summary>
internal static class ContractMapping
{
    private static readonly Dictionary<string, Verksamhetsform> VerksamhetsformByName =
        Enum.GetValues<Verksamhetsform>().ToDictionary(form => EventFacts.Name(form), StringComparer.Ordinal);

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

    /// <summary>The counters' verksamhetsform: the enum's protobuf name, or all of them for the unspecified zero.</summary>
    public static string ToCounterKey(this Verksamhetsform verksamhetsform) => EventFacts.Name(verksamhetsform);

    /// <summary>The contract's value of a counter's verksamhetsform name; unspecified for all of them.</summary>
    public static Verksamhetsform ToVerksamhetsform(this string counterKey) => VerksamhetsformByName.GetValueOrDefault(counterKey);

    public static CaseStatus ToProto(this Domain.CaseStatus status) => status switch
    {
        Domain.CaseStatus.New => CaseStatus.New,
        Domain.CaseStatus.InProgress => CaseStatus.InProgress,
        Domain.CaseStatus.Closed => CaseStatus.Closed,
        _ => CaseStatus.Unspecified,
    };

    /// <summary>A count as the nämnd may see it: 0 and "färre än N" when suppressed.</summary>
    public static DisclosedCount ToProto(this Domain.DisclosedCount count, int threshold) => new()
    {
        Value = count.Suppressed ? 0 : count.Value,
        Suppressed = count.Suppressed,
        Text = Domain.Disclosure.Text(count, threshold),
    };
}
