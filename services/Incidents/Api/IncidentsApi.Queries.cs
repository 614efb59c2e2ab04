using System.Globalization;
using Grpc.Core;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Api;

/// <summary>Reading: one incident, the lists, the notices of contracted providers and the statistics.</summary>
public sealed partial class IncidentsApi
{
    public override async Task<GetIncidentResponse> GetIncident(GetIncidentRequest request, ServerCallContext context)
    {
        var (incident, asReporter) = await incidents.ReadAsync(request.IncidentId, context.CancellationToken);
        return new GetIncidentResponse { Incident = incident.ToProto(clock.Now, asReporter) };
    }

    public override async Task<ListIncidentsResponse> ListIncidents(ListIncidentsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = clock.Now;
        var query = await incidents.VisibleAsync(ct);
        if (request.UnitId.Length > 0)
        {
            var subtree = await organization.SubtreeAsync(request.UnitId, ct) ?? throw RpcErrors.NotFound($"Enheten {request.UnitId} finns inte.");
            query = query.Where(i => subtree.Contains(i.UnitId));
        }
        if (request.Kind != IncidentKind.Unspecified)
        {
            Domain.IncidentKind? kind = request.Kind.ToDomain();
            query = query.Where(i => i.Kind == kind);
        }
        if (request.State != IncidentState.Unspecified)
        {
            var state = request.State.ToDomain();
            query = query.Where(i => i.State == state);
        }
        if (request.ReportedFrom is { } from)
        {
            var instant = from.ToInstant();
            query = query.Where(i => i.ReportedAt >= instant);
        }
        if (request.ReportedTo is { } to)
        {
            var instant = to.ToInstant();
            query = query.Where(i => i.ReportedAt < instant);
        }
        if (request.OverdueOnly)
        {
            query = query.Where(i => i.DueAt != null && i.DueAt <= now);
        }
        if (request.OwnReportsOnly)
        {
            var me = incidents.Caller.UserId;
            query = query.Where(i => i.ReporterId == me);
        }
        var page = await query.PageAsync(request.PageSize, request.PageToken, request.NewestFirst, ct);
        return new ListIncidentsResponse { Incidents = { page.Items.Select(i => i.ToSummary(now)) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<ListProviderNoticesResponse> ListProviderNotices(ListProviderNoticesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Domain.IncidentPermissions.ReadStatistics, ct);
        var page = await db.ProviderNotices.AsNoTracking().PageAsync(request.PageSize, request.PageToken, ct);
        return new ListProviderNoticesResponse { Notices = { page.Items.Select(n => n.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<GetStatisticsResponse> GetStatistics(GetStatisticsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await access.UnitsAllowedAsync(Domain.IncidentPermissions.ReadStatistics, ct);
        if (units.Count == 0)
        {
            throw RpcErrors.PermissionDenied();
        }
        var query = db.Incidents.AsNoTracking().Where(i => units.Contains(i.UnitId));
        if (request.ReportedFrom is { } from)
        {
            var instant = from.ToInstant();
            query = query.Where(i => i.ReportedAt >= instant);
        }
        if (request.ReportedTo is { } to)
        {
            var instant = to.ToInstant();
            query = query.Where(i => i.ReportedAt < instant);
        }
        // Only unit, kind and instant leave the database: no personal data reaches the counts.
        var rows = await query.Select(i => new { i.UnitId, i.Kind, i.ReportedAt }).ToListAsync(ct);
        return new GetStatisticsResponse
        {
            Rows =
            {
                rows.GroupBy(r => (r.UnitId, r.Kind, Month: r.ReportedAt.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
                    .OrderBy(g => g.Key.UnitId, StringComparer.Ordinal).ThenBy(g => g.Key.Month, StringComparer.Ordinal).ThenBy(g => g.Key.Kind)
                    .Select(g => new StatisticsRow { UnitId = g.Key.UnitId, Kind = g.Key.Kind.ToProto(), Month = g.Key.Month, Count = g.Count() }),
            },
        };
    }
}
