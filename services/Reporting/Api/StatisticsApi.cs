using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Events;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Api;

/// <summary>The statistics over gRPC: counts from the read model, the quarterly compilation with small counts suppressed, the settings and the rebuild.</summary>
public sealed class StatisticsApi(ReportingDb db, StatisticsScope scope, IAccessControl access, StatisticsRebuild rebuild) : StatisticsService.StatisticsServiceBase
{
    private static readonly Domain.Subject[] CompiledSubjects = [Domain.Subject.Incidents, Domain.Subject.Complaints];

    public override async Task<GetStatisticsResponse> GetStatistics(GetStatisticsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await scope.UnitsAsync(request.UnitId, ct);
        // The rows are few and computed per call, so the token is an offset into their order.
        var skip = request.PageToken.Length > 0 && Paging.TryReadToken(request.PageToken, out var offset) ? (int)Math.Clamp(offset, 0, int.MaxValue) : 0;
        var size = Paging.PageSize(request.PageSize);
        var rows = await db.CountsAsync(
            request.Subject.ToDomain(), request.Verksamhetsform.ToCounterKey(), Domain.Months.Parse(request.FromMonth)!.Value, Domain.Months.Parse(request.ToMonth)!.Value, units, skip, size + 1, ct);
        return new GetStatisticsResponse
        {
            Rows =
            {
                rows.Take(size).Select(r => new StatisticsRow
                {
                    Month = Domain.Months.Format(r.Month), Kind = r.Kind, Category = r.Category, Status = r.Status.ToProto(), Count = r.Count,
                    ScoreSum = r.ScoreHundredths / 100.0, ScoreAverage = r.Count == 0 ? 0 : r.ScoreHundredths / 100.0 / r.Count,
                }),
            },
            NextPageToken = rows.Count > size ? Paging.Token(skip + size) : "",
        };
    }

    public override async Task<GetQuarterlyCompilationResponse> GetQuarterlyCompilation(GetQuarterlyCompilationRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await scope.UnitsAsync(request.UnitId, ct);
        var threshold = (await db.TenantSettingsAsync(ct)).SuppressionThreshold;
        var from = Domain.Months.Of(request.Year, ((request.Quarter - 1) * 3) + 1);
        var to = from + 2;
        var response = new GetQuarterlyCompilationResponse
        {
            FromMonth = Domain.Months.Format(from), ToMonth = Domain.Months.Format(to), SuppressionThreshold = threshold,
        };
        foreach (var subject in CompiledSubjects)
        {
            var current = await db.CountsByKindAsync(subject, from, to, units, ct);
            var previous = await db.CountsByKindAsync(subject, Domain.Months.AddYears(from, -1), Domain.Months.AddYears(to, -1), units, ct);
            response.Subjects.Add(Compile(subject, current, previous, threshold));
        }
        return response;
    }

    public override async Task<GetReportingSettingsResponse> GetReportingSettings(GetReportingSettingsRequest request, ServerCallContext context)
    {
        await access.RequireTenantWideAsync(Domain.ReportingPermissions.ReadStatistics, context.CancellationToken);
        return new GetReportingSettingsResponse { Settings = ToProto(await db.TenantSettingsAsync(context.CancellationToken)) };
    }

    public override async Task<SetReportingSettingsResponse> SetReportingSettings(SetReportingSettingsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Domain.ReportingPermissions.Configure, ct);
        var settings = await db.Settings.SingleOrDefaultAsync(ct) ?? db.Settings.Add(new Domain.ReportingSettings()).Entity;
        settings.SetSuppressionThreshold(request.Settings.SuppressionThreshold);
        await db.SaveChangesAsync(ct);
        return new SetReportingSettingsResponse { Settings = ToProto(settings) };
    }

    public override async Task<RebuildStatisticsResponse> RebuildStatistics(RebuildStatisticsRequest request, ServerCallContext context)
    {
        await access.RequireTenantWideAsync(Domain.ReportingPermissions.Configure, context.CancellationToken);
        return new RebuildStatisticsResponse { EventsReplayed = await rebuild.RebuildAsync(context.CancellationToken) };
    }

    private static ReportingSettings ToProto(Domain.ReportingSettings settings) => new() { SuppressionThreshold = settings.SuppressionThreshold };

    private static SubjectCompilation Compile(Domain.Subject subject, Dictionary<string, long> current, Dictionary<string, long> previous, int threshold)
    {
        var kinds = current.Keys.Union(previous.Keys).Order(StringComparer.Ordinal).ToList();
        var total = Domain.Disclosure.Of(current.Values.Sum(), threshold);
        var totalBefore = Domain.Disclosure.Of(previous.Values.Sum(), threshold);
        var parts = Domain.Disclosure.Parts(total, [.. kinds.Select(k => current.GetValueOrDefault(k))], threshold);
        var partsBefore = Domain.Disclosure.Parts(totalBefore, [.. kinds.Select(k => previous.GetValueOrDefault(k))], threshold);
        return new SubjectCompilation
        {
            Subject = subject.ToProto(),
            Total = total.ToProto(threshold),
            TotalPreviousYear = totalBefore.ToProto(threshold),
            Kinds =
            {
                kinds.Select((kind, i) => new KindCompilation { Kind = kind, Count = parts[i].ToProto(threshold), PreviousYear = partsBefore[i].ToProto(threshold) }),
            },
        };
    }
}
