using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;

namespace Ledningssystem.Reporting.Tests;

/// <summary>
/// The regional comparison follows Organizations' TenantSuspended, TenantReactivated and UnitClosed, on a region of its
/// own (<see cref="RegionFixture"/>'s, which the other comparison tests keep as it is).
/// </summary>
public sealed class RegionalComparisonLifecycleTests
{
    [Fact]
    [Trait("Category", "Database")]
    public async Task A_suspended_provider_is_no_warning_sign_and_a_unit_closed_before_the_period_no_reporting_unit()
    {
        var region = new RegionFixture();
        await region.InitializeAsync();
        try
        {
            var admin = await region.ComparisonAsAsync(DemoUsers.RasmusRydberg);
            var tenants = await region.TenantsByPseudonymAsync();
            async Task<Dictionary<string, ComparisonRow>> LssAsync() =>
                (await admin.AllAsync(RegionFixture.March(Verksamhetsform.Lss))).ToDictionary(r => tenants[r.Pseudonym]);
            Assert.Equal("varningssignal: rapporterar ingenting", (await LssAsync())["lss-tre-ab"].WarningText);

            // Daglig verksamhet closed in January, before March; LSS Ett AB's only unit closed during March.
            await DeliverAsync(region,
                new TenantSuspended { TenantId = "lss-tre-ab", Reason = "Tillståndet återkallat", SuspendedAt = At(2026, 2, 1) },
                new UnitClosed { TenantId = "funktionsstodsnamnden", UnitId = "funktionsstodsnamnden.daglig-verksamhet", ClosedAt = At(2026, 1, 15) },
                new UnitClosed { TenantId = "lss-ett-ab", UnitId = "lss-ett-ab.boende", ClosedAt = At(2026, 3, 20) });
            var lss = await LssAsync();

            Assert.DoesNotContain("lss-tre-ab", lss.Keys);
            Assert.Equal(("36", "18,0 per enhet"), (lss["funktionsstodsnamnden"].Count.Text, lss["funktionsstodsnamnden"].RateText));
            Assert.Equal(("12", "12,0 per enhet"), (lss["lss-ett-ab"].Count.Text, lss["lss-ett-ab"].RateText));
            Assert.Equal("0,0 per enhet", lss["omsorg-ab"].RateText);

            await DeliverAsync(region, new TenantReactivated { TenantId = "lss-tre-ab", ReactivatedAt = At(2026, 4, 1) });

            Assert.Equal("varningssignal: rapporterar ingenting", (await LssAsync())["lss-tre-ab"].WarningText);
        }
        finally
        {
            await region.DisposeAsync();
        }
    }

    private static async Task DeliverAsync(RegionFixture region, params IMessage[] events)
    {
        using var http = new HttpClient { BaseAddress = region.Reporting.WebAddress };
        foreach (var message in events)
        {
            Assert.Equal("SUCCESS", await http.DeliverAsync(message, DemoOrganization.AggregateOf(message), Guid.NewGuid().ToString()));
        }
    }

    private static Timestamp At(int year, int month, int day) => Timestamp.FromDateTimeOffset(new DateTimeOffset(year, month, day, 8, 0, 0, TimeSpan.Zero));
}
