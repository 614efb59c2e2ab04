using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Data.RegionalComparison;
using Ledningssystem.Reporting.Domain;
using Ledningssystem.Reporting.Domain.RegionalComparison;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using DisclosedCount = Ledningssystem.Contracts.Reporting.V1.DisclosedCount;
using RateBasis = Ledningssystem.Contracts.Reporting.V1.RateBasis;
using ServiceUserCount = Ledningssystem.Contracts.Reporting.V1.ServiceUserCount;

namespace Ledningssystem.Reporting.Api.RegionalComparison;

/// <summary>The regional comparison over gRPC, and what a provider's admin sets for it: consent to be named and the brukare per year.</summary>
public sealed class RegionalComparisonApi(
    ReportingDb db, ComparisonAccess readers, IAccessControl access, IOrganizationLifecycle organizations, ITenantContext tenant, TimeProvider clock)
    : RegionalComparisonService.RegionalComparisonServiceBase
{
    private const string ConsentAuditType = "ComparisonConsent";
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public override async Task<GetRegionalComparisonResponse> GetRegionalComparison(GetRegionalComparisonRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var own = await readers.RequireReaderAsync(ct);
        var from = Months.Parse(request.FromMonth)!.Value;
        var to = Months.Parse(request.ToMonth)!.Value;
        var form = request.Verksamhetsform == Contracts.Common.V1.Verksamhetsform.Unspecified ? null : request.Verksamhetsform.ToCounterKey();

        // A suspended provider reports nothing because it cannot, which is no warning sign; a unit closed before the
        // period is no unit that could report in it.
        var suspended = await organizations.SuspendedTenantsAsync(ct);
        var providers = (await db.ProvidersAsync(ct)).Where(p => p.IsCompared && !suspended.Contains(p.TenantId)).ToDictionary(p => p.TenantId, StringComparer.Ordinal);
        var counts = await db.CountsAsync(request.Subject.ToDomain(), form, from, to, ct);
        var serviceUsers = await db.ServiceUsersAsync(Months.Year(from), ct);
        var closedBefore = await organizations.UnitsClosedBeforeAsync(new DateTimeOffset(Months.Year(from), from % 100, 1, 0, 0, 0, TimeSpan.Zero), ct);
        var figures = (await db.UnitsAsync(form, closedBefore, ct))
            .Where(u => providers.ContainsKey(u.Key.TenantId))
            .Select(u => new ProviderFigures(
                u.Key.TenantId, u.Key.Verksamhetsform, counts.GetValueOrDefault(u.Key), u.Value,
                serviceUsers.TryGetValue(u.Key, out var users) ? users : null));
        var threshold = await db.RegionThresholdAsync(ct);

        // Never ordered by rate: by verksamhetsform, then by pseudonym, which says nothing of the figures.
        var rows = ComparisonRules.Compare(figures)
            .Select(f => (Figures: f, Form: f.Figures.Verksamhetsform.ToVerksamhetsform(), Provider: providers[f.Figures.TenantId]))
            .OrderBy(r => r.Form)
            .ThenBy(r => r.Provider.Pseudonym, StringComparer.Ordinal)
            .ToList();
        var skip = request.PageToken.Length > 0 && Paging.TryReadToken(request.PageToken, out var offset) ? (int)Math.Clamp(offset, 0, int.MaxValue) : 0;
        var size = Paging.PageSize(request.PageSize);
        return new GetRegionalComparisonResponse
        {
            Rows = { rows.Skip(skip).Take(size).Select(r => ToProto(r.Figures, r.Form, r.Provider, own, threshold)) },
            NextPageToken = rows.Count > skip + size ? Paging.Token(skip + size) : "",
            SuppressionThreshold = threshold,
        };
    }

    public override async Task<GetComparisonConsentResponse> GetComparisonConsent(GetComparisonConsentRequest request, ServerCallContext context)
    {
        await access.RequireTenantWideAsync(ReportingPermissions.ReadStatistics, context.CancellationToken);
        var provider = await OwnProviderAsync(context.CancellationToken);
        return new GetComparisonConsentResponse { Consent = new ComparisonConsent { Named = provider.Named }, Pseudonym = provider.Pseudonym };
    }

    public override async Task<SetComparisonConsentResponse> SetComparisonConsent(SetComparisonConsentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(ReportingPermissions.Configure, ct);
        var provider = await OwnProviderAsync(ct);
        if (provider.Named != request.Consent.Named)
        {
            provider.SetNamed(request.Consent.Named);
            db.AuditEntries.Add(new AuditEntry
            {
                TenantId = provider.TenantId,
                UserId = tenant.ActorId,
                Action = AuditAction.Update,
                EntityType = ConsentAuditType,
                EntityId = provider.TenantId,
                Reason = provider.Named
                    ? "Samtycker till att visas med namn i den regionala jämförelsen."
                    : "Visas bara med pseudonym i den regionala jämförelsen.",
                CorrelationId = Activity.Current?.TraceId.ToString(),
                At = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
        }
        return new SetComparisonConsentResponse { Consent = new ComparisonConsent { Named = provider.Named }, Pseudonym = provider.Pseudonym };
    }

    public override async Task<SetServiceUserCountResponse> SetServiceUserCount(SetServiceUserCountRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(ReportingPermissions.Configure, ct);
        var given = request.ServiceUserCount;
        var form = given.Verksamhetsform.ToCounterKey();
        var stored = await db.ServiceUserCounts.SingleOrDefaultAsync(c => c.Year == given.Year && c.Verksamhetsform == form, ct);
        if (given.Count == 0)
        {
            if (stored is not null)
            {
                db.ServiceUserCounts.Remove(stored);
            }
        }
        else if (stored is null)
        {
            db.ServiceUserCounts.Add(new Domain.RegionalComparison.ServiceUserCount(given.Year, form, given.Count));
        }
        else
        {
            stored.Set(given.Count);
        }
        await db.SaveChangesAsync(ct);
        return new SetServiceUserCountResponse { ServiceUserCount = given };
    }

    public override async Task<ListServiceUserCountsResponse> ListServiceUserCounts(ListServiceUserCountsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(ReportingPermissions.ReadStatistics, ct);
        var counts = db.ServiceUserCounts.AsNoTracking();
        if (request.Year != 0)
        {
            counts = counts.Where(c => c.Year == request.Year);
        }
        // A tenant has a few figures a year, so the token is an offset into their order.
        var skip = request.PageToken.Length > 0 && Paging.TryReadToken(request.PageToken, out var offset) ? (int)Math.Clamp(offset, 0, int.MaxValue) : 0;
        var size = Paging.PageSize(request.PageSize);
        var page = await counts.OrderBy(c => c.Year).ThenBy(c => c.Verksamhetsform).Skip(skip).Take(size + 1).ToListAsync(ct);
        return new ListServiceUserCountsResponse
        {
            ServiceUserCounts =
            {
                page.Take(size).Select(c => new ServiceUserCount { Year = c.Year, Verksamhetsform = c.Verksamhetsform.ToVerksamhetsform(), Count = c.Count }),
            },
            NextPageToken = page.Count > size ? Paging.Token(skip + size) : "",
        };
    }

    private async Task<ComparedProvider> OwnProviderAsync(CancellationToken cancellationToken) =>
        await db.ComparedProviders.SingleOrDefaultAsync(cancellationToken) is { IsCompared: true } provider
            ? provider
            : throw new ReportingRuleException("NOT_A_COMPARED_PROVIDER", "Organisationen är ingen nämnd eller utförare i den regionala jämförelsen.");

    private static ComparisonRow ToProto(ComparedFigures compared, Contracts.Common.V1.Verksamhetsform form, ComparedProvider provider, string own, int threshold)
    {
        var count = Disclosure.Of(compared.Figures.Count, threshold);
        var isOwn = provider.TenantId == own;
        var rate = Math.Round(compared.Rate, 1, MidpointRounding.AwayFromZero);
        return new ComparisonRow
        {
            Verksamhetsform = form,
            Pseudonym = provider.Pseudonym,
            Name = isOwn || provider.Named ? provider.Name : "",
            Own = isOwn,
            Count = new DisclosedCount { Value = count.Suppressed ? 0 : count.Value, Suppressed = count.Suppressed, Text = Disclosure.Text(count, threshold) },
            Basis = compared.Basis == Domain.RegionalComparison.RateBasis.PerThousandServiceUsers ? RateBasis.PerThousandServiceUsers : RateBasis.PerUnit,
            Rate = count.Suppressed ? 0 : rate,
            RateSuppressed = count.Suppressed,
            RateText = count.Suppressed
                ? Disclosure.Text(count, threshold)
                : rate.ToString("0.0", Swedish) + (compared.Basis == Domain.RegionalComparison.RateBasis.PerThousandServiceUsers ? " per 1 000 brukare" : " per enhet"),
            Warning = compared.Warning != Warning.None,
            WarningText = compared.Warning switch
            {
                Warning.ReportsNothing => "varningssignal: rapporterar ingenting",
                Warning.ReportsFarBelowPeers => "varningssignal: rapporterar påfallande lite",
                _ => "",
            },
        };
    }
}
