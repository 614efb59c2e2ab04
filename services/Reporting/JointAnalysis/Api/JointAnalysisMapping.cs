using Ledningssystem.Contracts.Reporting.V1;
using Domain = Ledningssystem.Reporting.JointAnalysis.Domain;

namespace Ledningssystem.Reporting.JointAnalysis.Api;

/// <summary>Between the joint analysis's domain and its protobuf contract.</summary>
internal static class JointAnalysisMapping
{
    public static HalfYear ToProto(this Domain.HalfYear half) => half == Domain.HalfYear.First ? HalfYear.First : HalfYear.Second;

    public static Domain.HalfYear? ToDomain(this HalfYear half) => half switch
    {
        HalfYear.First => Domain.HalfYear.First,
        HalfYear.Second => Domain.HalfYear.Second,
        _ => null,
    };

    public static JointPatternKind ToProto(this Domain.JointPatternKind kind) => kind switch
    {
        Domain.JointPatternKind.BothRose => JointPatternKind.BothRose,
        Domain.JointPatternKind.RecurringCategory => JointPatternKind.RecurringCategory,
        Domain.JointPatternKind.NoLexSarahReports => JointPatternKind.NoLexSarahReports,
        _ => JointPatternKind.Unspecified,
    };
}
