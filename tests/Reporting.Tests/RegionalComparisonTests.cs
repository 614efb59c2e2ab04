using Grpc.Core;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using Ledningssystem.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Tests;

/// <summary>The regional comparison as the region admin, the nämnder and the providers see it (<see cref="RegionFixture"/>).</summary>
public sealed class RegionalComparisonTests(RegionFixture region) : IClassFixture<RegionFixture>
{
    [Fact]
    [Trait("Category", "Database")]
    public async Task The_region_admin_sees_rates_per_unit_and_per_thousand_brukare_small_counts_suppressed_and_low_reporters_flagged()
    {
        var admin = await region.ComparisonAsAsync(DemoUsers.RasmusRydberg);
        var tenants = await region.TenantsByPseudonymAsync();

        var lss = await admin.AllAsync(RegionFixture.March(Verksamhetsform.Lss));
        var aldreomsorg = await admin.AllAsync(RegionFixture.March(Verksamhetsform.Aldreomsorg));

        // Every provider that runs LSS, the region itself never; ordered by pseudonym, not by rate.
        Assert.Equal(
            ["funktionsstodsnamnden", "lss-ett-ab", "lss-fyra-ab", "lss-tre-ab", "lss-tva-ab", "omsorg-ab"],
            lss.Select(r => tenants[r.Pseudonym]).Order(StringComparer.Ordinal));
        Assert.Equal(lss.Select(r => r.Pseudonym).Order(StringComparer.Ordinal), lss.Select(r => r.Pseudonym));
        Assert.All(lss, r => Assert.Equal("", r.Name));
        Assert.All(lss, r => Assert.False(r.Own));
        var rows = lss.ToDictionary(r => tenants[r.Pseudonym]);
        // 36 incidents over three LSS units; the median of 12, 12, 14, 1, 0 and 0 is 6.5.
        Assert.Equal(("36", RateBasis.PerUnit, 12.0, "12,0 per enhet", ""), Shown(rows["funktionsstodsnamnden"]));
        Assert.Equal(("12", RateBasis.PerUnit, 12.0, "12,0 per enhet", ""), Shown(rows["lss-ett-ab"]));
        Assert.Equal(("14", RateBasis.PerUnit, 14.0, "14,0 per enhet", ""), Shown(rows["lss-fyra-ab"]));
        Assert.Equal(("färre än 5", RateBasis.PerUnit, 0.0, "färre än 5", "varningssignal: rapporterar påfallande lite"), Shown(rows["lss-tva-ab"]));
        Assert.True(rows["lss-tva-ab"].Count.Suppressed && rows["lss-tva-ab"].RateSuppressed && rows["lss-tva-ab"].Count.Value == 0);
        Assert.Equal(("0", RateBasis.PerUnit, 0.0, "0,0 per enhet", "varningssignal: rapporterar ingenting"), Shown(rows["lss-tre-ab"]));
        Assert.Equal(("0", RateBasis.PerUnit, 0.0, "0,0 per enhet", "varningssignal: rapporterar ingenting"), Shown(rows["omsorg-ab"]));
        Assert.All(lss, r => Assert.Equal(r.WarningText.Length > 0, r.Warning));

        var aldre = aldreomsorg.ToDictionary(r => tenants[r.Pseudonym]);
        Assert.Equal(["aldrenamnden", "omsorg-ab"], aldre.Keys.Order(StringComparer.Ordinal));
        // 7 incidents among 200 brukare; 18 over Äldrenämndens six äldreomsorg units.
        Assert.Equal(("7", RateBasis.PerThousandServiceUsers, 35.0, "35,0 per 1 000 brukare", ""), Shown(aldre["omsorg-ab"]));
        Assert.Equal(("18", RateBasis.PerUnit, 3.0, "3,0 per enhet", ""), Shown(aldre["aldrenamnden"]));
        Assert.Equal(5, (await admin.GetRegionalComparisonAsync(RegionFixture.March())).SuppressionThreshold);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Pseudonyms_stay_the_same_across_calls_and_pages()
    {
        var committee = await region.ComparisonAsAsync(DemoUsers.NilsNordin);

        var whole = await committee.AllAsync(RegionFixture.March(pageSize: 500));
        var paged = await committee.AllAsync(RegionFixture.March(pageSize: 2));

        Assert.True(whole.Count > 2);
        Assert.Equal(whole, paged);
        Assert.Equal(whole.Count, whole.Select(r => (r.Verksamhetsform, r.Pseudonym)).Distinct().Count());
        Assert.All(whole, r => Assert.Matches("^Utförare [A-Z2-9]{4}$", r.Pseudonym));
        // Three nämnder, Omsorg AB, Stödboende AB and the four LSS providers; not the region.
        Assert.Equal(9, whole.Select(r => r.Pseudonym).Distinct().Count());
        Assert.Equal(whole.Where(r => r.Own).Select(r => r.Pseudonym).Distinct(), [(await committee.GetComparisonConsentAsync(new GetComparisonConsentRequest())).Pseudonym]);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_provider_sees_its_own_name_and_others_see_it_only_after_its_admin_agreed_which_is_audited()
    {
        var provider = await region.ComparisonAsAsync(DemoUsers.ToveThorsson);
        var committee = await region.ComparisonAsAsync(DemoUsers.NilsNordin);
        var pseudonym = (await provider.GetComparisonConsentAsync(new GetComparisonConsentRequest())).Pseudonym;

        var own = await provider.AllAsync(RegionFixture.March());
        Assert.All(own, r => Assert.Equal(r.Pseudonym == pseudonym, r.Own));
        Assert.All(own, r => Assert.Equal(r.Own ? "Omsorg AB" : "", r.Name));
        Assert.All(await committee.AllAsync(RegionFixture.March()), r => Assert.DoesNotContain("Omsorg AB", r.Name));

        var agreed = await provider.SetComparisonConsentAsync(new SetComparisonConsentRequest { Consent = new ComparisonConsent { Named = true } });
        try
        {
            Assert.True(agreed.Consent.Named);
            Assert.Equal(pseudonym, agreed.Pseudonym);
            var seen = (await committee.AllAsync(RegionFixture.March())).Where(r => r.Pseudonym == pseudonym).ToList();
            Assert.Equal(3, seen.Count); // äldreomsorg, LSS and HSL
            Assert.All(seen, r => Assert.Equal("Omsorg AB", r.Name));
            Assert.All(seen, r => Assert.False(r.Own));
            var audited = await region.Reporting.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
                .Where(e => e.TenantId == "omsorg-ab" && e.EntityType == "ComparisonConsent").ToListAsync());
            Assert.Contains(audited, e => e.Action == AuditAction.Update && e.UserId == "8d4f6f5c-4897-467b-939b-847f7f3db384" && e.Reason!.StartsWith("Samtycker", StringComparison.Ordinal));
        }
        finally
        {
            await provider.SetComparisonConsentAsync(new SetComparisonConsentRequest { Consent = new ComparisonConsent { Named = false } });
        }
        Assert.All(await committee.AllAsync(RegionFixture.March()), r => Assert.Equal(r.Own ? "Socialnämnden" : "", r.Name));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_provider_registers_its_brukare_per_verksamhetsform_and_year_and_without_them_is_rated_per_unit()
    {
        var provider = await region.ComparisonAsAsync(DemoUsers.ToveThorsson);
        Assert.Equal(
            [new ServiceUserCount { Year = 2026, Verksamhetsform = Verksamhetsform.Aldreomsorg, Count = RegionFixture.ServiceUsersInAldreomsorg }],
            (await provider.ListServiceUserCountsAsync(new ListServiceUserCountsRequest { Year = 2026 })).ServiceUserCounts);

        await provider.SetServiceUserCountAsync(new SetServiceUserCountRequest
        {
            ServiceUserCount = new ServiceUserCount { Year = 2026, Verksamhetsform = Verksamhetsform.Aldreomsorg, Count = 0 },
        });
        try
        {
            var own = (await provider.AllAsync(RegionFixture.March(Verksamhetsform.Aldreomsorg))).Single(r => r.Own);
            // 7 incidents over Omsorg AB's two äldreomsorg units.
            Assert.Equal((RateBasis.PerUnit, 3.5, "3,5 per enhet"), (own.Basis, own.Rate, own.RateText));
            Assert.Empty((await provider.ListServiceUserCountsAsync(new ListServiceUserCountsRequest())).ServiceUserCounts);
        }
        finally
        {
            await provider.SetServiceUserCountAsync(new SetServiceUserCountRequest
            {
                ServiceUserCount = new ServiceUserCount { Year = 2026, Verksamhetsform = Verksamhetsform.Aldreomsorg, Count = RegionFixture.ServiceUsersInAldreomsorg },
            });
        }
    }

    [Theory]
    [InlineData(DemoUsers.AnnaAndersson)]
    [InlineData(DemoUsers.ErikEriksson)]
    [InlineData(DemoUsers.HannaHolm)]
    public async Task Staff_who_do_not_read_statistics_tenant_wide_are_refused(string username)
    {
        var staff = await region.ComparisonAsAsync(username);

        await Expect.FailsAsync(StatusCode.PermissionDenied, staff.GetRegionalComparisonAsync(RegionFixture.March()));
    }

    [Fact]
    public async Task Only_a_providers_own_administration_sets_its_consent_and_brukare()
    {
        var committee = await region.ComparisonAsAsync(DemoUsers.NilsNordin);
        var admin = await region.ComparisonAsAsync(DemoUsers.RasmusRydberg);
        var consent = new SetComparisonConsentRequest { Consent = new ComparisonConsent { Named = true } };

        await Expect.FailsAsync(StatusCode.PermissionDenied, committee.SetComparisonConsentAsync(consent));
        await Expect.FailsAsync(StatusCode.PermissionDenied, admin.SetComparisonConsentAsync(consent));
        await Expect.FailsAsync(StatusCode.PermissionDenied, committee.SetServiceUserCountAsync(new SetServiceUserCountRequest
        {
            ServiceUserCount = new ServiceUserCount { Year = 2026, Verksamhetsform = Verksamhetsform.Sol, Count = 10 },
        }));
        await Expect.FailsAsync(StatusCode.Unauthenticated, new RegionalComparisonService.RegionalComparisonServiceClient(region.Reporting.Channel())
            .GetRegionalComparisonAsync(RegionFixture.March()));
    }

    [Fact]
    public async Task A_period_across_two_years_or_the_complaint_categories_are_refused_with_field_violations()
    {
        var committee = await region.ComparisonAsAsync(DemoUsers.NilsNordin);
        var request = RegionFixture.March();
        request.FromMonth = "2025-12";
        request.Subject = Subject.ComplaintCategories;

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, committee.GetRegionalComparisonAsync(request));

        Assert.Equal(["subject", "to_month"], Expect.FieldViolations(refused).Order(StringComparer.Ordinal));
    }

    private static (string Count, RateBasis Basis, double Rate, string RateText, string Warning) Shown(ComparisonRow row) =>
        (row.Count.Text, row.Basis, row.Rate, row.RateText, row.WarningText);
}
