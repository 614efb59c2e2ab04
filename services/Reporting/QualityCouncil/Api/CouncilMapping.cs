using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.ServiceDefaults.Api;
using Domain = Ledningssystem.Reporting.QualityCouncil.Domain;
using Months = Ledningssystem.Reporting.Domain.Months;

namespace Ledningssystem.Reporting.QualityCouncil.Api;

/// <summary>Between the kvalitetsråd's domain and its protobuf contract.</summary>
internal static class CouncilMapping
{
    public static CouncilOccasion ToProto(this Domain.CouncilOccasion occasion) => occasion switch
    {
        Domain.CouncilOccasion.Tertial1 => CouncilOccasion.Tertial1,
        Domain.CouncilOccasion.Tertial2 => CouncilOccasion.Tertial2,
        Domain.CouncilOccasion.AnnualReport => CouncilOccasion.AnnualReport,
        Domain.CouncilOccasion.AnnualPlan => CouncilOccasion.AnnualPlan,
        _ => CouncilOccasion.Unspecified,
    };

    public static Domain.CouncilOccasion? ToDomain(this CouncilOccasion occasion) => occasion switch
    {
        CouncilOccasion.Tertial1 => Domain.CouncilOccasion.Tertial1,
        CouncilOccasion.Tertial2 => Domain.CouncilOccasion.Tertial2,
        CouncilOccasion.AnnualReport => Domain.CouncilOccasion.AnnualReport,
        CouncilOccasion.AnnualPlan => Domain.CouncilOccasion.AnnualPlan,
        _ => null,
    };

    public static CouncilTopic ToProto(this Domain.CouncilTopic? topic) => topic switch
    {
        Domain.CouncilTopic.Complaints => CouncilTopic.Complaints,
        Domain.CouncilTopic.InternalControl => CouncilTopic.InternalControl,
        Domain.CouncilTopic.SocialCareDeficiencies => CouncilTopic.SocialCareDeficiencies,
        Domain.CouncilTopic.HealthCareIncidents => CouncilTopic.HealthCareIncidents,
        Domain.CouncilTopic.LexSarahAndLexMaria => CouncilTopic.LexSarahAndLexMaria,
        Domain.CouncilTopic.Inspections => CouncilTopic.Inspections,
        Domain.CouncilTopic.BalanceLists => CouncilTopic.BalanceLists,
        _ => CouncilTopic.Unspecified,
    };

    public static Domain.CouncilTopic? ToDomain(this CouncilTopic topic) => topic switch
    {
        CouncilTopic.Complaints => Domain.CouncilTopic.Complaints,
        CouncilTopic.InternalControl => Domain.CouncilTopic.InternalControl,
        CouncilTopic.SocialCareDeficiencies => Domain.CouncilTopic.SocialCareDeficiencies,
        CouncilTopic.HealthCareIncidents => Domain.CouncilTopic.HealthCareIncidents,
        CouncilTopic.LexSarahAndLexMaria => Domain.CouncilTopic.LexSarahAndLexMaria,
        CouncilTopic.Inspections => Domain.CouncilTopic.Inspections,
        CouncilTopic.BalanceLists => Domain.CouncilTopic.BalanceLists,
        _ => null,
    };

    public static SourceService ToProto(this Domain.SourceService source) => source switch
    {
        Domain.SourceService.Incidents => SourceService.Incidents,
        Domain.SourceService.Complaints => SourceService.Complaints,
        Domain.SourceService.SelfInspection => SourceService.SelfInspection,
        Domain.SourceService.Risks => SourceService.Risks,
        _ => SourceService.Unspecified,
    };

    public static Domain.SourceService? ToDomain(this SourceService source) => source switch
    {
        SourceService.Incidents => Domain.SourceService.Incidents,
        SourceService.Complaints => Domain.SourceService.Complaints,
        SourceService.SelfInspection => Domain.SourceService.SelfInspection,
        SourceService.Risks => Domain.SourceService.Risks,
        _ => null,
    };

    public static MonthPeriod ToProto(this Domain.MonthRange range) => new() { FromMonth = Months.Format(range.From), ToMonth = Months.Format(range.To) };

    public static BalanceItem ToProto(this Domain.BalanceItem item, DateOnly today) => new()
    {
        Source = item.Source.ToProto(),
        SourceId = item.SourceId,
        ActionId = item.ActionId,
        UnitId = item.UnitId ?? "",
        What = item.What,
        Responsible = item.Responsible,
        DueOn = item.DueOn.ToIso(),
        Status = item.Status == Domain.BalanceItemStatus.Completed ? BalanceItemStatus.Completed : BalanceItemStatus.Open,
        Overdue = item.IsOverdue(today),
        CompletedOn = item.Status == Domain.BalanceItemStatus.Completed && item.CompletedAt is { } at ? ServiceDefaults.Calendar.SwedishCalendar.DateOf(at).ToIso() : "",
    };
}
