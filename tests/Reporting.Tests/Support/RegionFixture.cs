using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Reporting.V1;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Tests.Support;

/// <summary>
/// A Reporting service that knows the demo region and four more private LSS providers from the Organizations events,
/// and incidents of March 2026 from IncidentReported events, all delivered over HTTP as the publishers would:
/// Funktionsstödsnämnden 36 at Gruppbostad Eken (LSS and HSL; three LSS units), LSS Ett AB 12, LSS Två AB 1, LSS Tre AB
/// none, LSS Fyra AB 14 (one LSS unit each), Omsorg AB 7 at Hemtjänst City (äldreomsorg and HSL; 200 brukare in
/// äldreomsorg registered by its admin) and Äldrenämnden 18 at Hemtjänst Norr (äldreomsorg and HSL).
/// </summary>
public sealed class RegionFixture : IAsyncLifetime
{
    public const string Month = "2026-03";
    public const int ServiceUsersInAldreomsorg = 200;

    public static readonly string[] LssProviders = ["lss-ett-ab", "lss-tva-ab", "lss-tre-ab", "lss-fyra-ab"];

    private static readonly Timestamp Reported = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    private TestDatabase database = null!;

    public DevTokenIssuerProcess Issuer { get; private set; } = null!;

    public ServiceHost Reporting { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await DevTokenIssuerProcess.StartAsync();
        database = await TestDatabase.CreateAsync();
        Reporting = await ReportingHost.StartAsync(database, Issuer);
        using var http = new HttpClient { BaseAddress = Reporting.WebAddress };
        List<IMessage> organization =
        [
            .. DemoOrganization.Tenants(),
            .. LssProviders.Select(id => new TenantRegistered
            {
                TenantId = id, Kind = TenantKind.PrivateProvider, Name = id, RootUnitId = id + ".boende", RegisteredAt = Reported,
            }),
            .. DemoOrganization.Units(),
            .. LssProviders.Select(id => new UnitCreated
            {
                TenantId = id, UnitId = id + ".boende", Name = "Gruppbostad", Verksamhetsformer = { Verksamhetsform.Lss }, CreatedAt = Reported,
            }),
            DemoOrganization.RegionAdmin(),
        ];
        foreach (var message in organization)
        {
            Assert.Equal("SUCCESS", await http.DeliverAsync(message, DemoOrganization.AggregateOf(message), Guid.NewGuid().ToString()));
        }
        foreach (var (tenant, unit, count) in new[]
        {
            ("funktionsstodsnamnden", "funktionsstodsnamnden.gruppbostad-eken", 36), ("lss-ett-ab", "lss-ett-ab.boende", 12),
            ("lss-tva-ab", "lss-tva-ab.boende", 1), ("lss-fyra-ab", "lss-fyra-ab.boende", 14),
            ("omsorg-ab", "omsorg-ab.hemtjanst-city", 7), ("aldrenamnden", "aldrenamnden.hemtjanst-norr", 18),
        })
        {
            for (var i = 0; i < count; i++)
            {
                var incident = new IncidentReported { TenantId = tenant, IncidentId = $"{unit}.{i}", UnitId = unit, ReportedAt = Reported };
                Assert.Equal("SUCCESS", await http.DeliverAsync(incident, incident.IncidentId, Guid.NewGuid().ToString()));
            }
        }
        await (await ComparisonAsAsync(DemoUsers.ToveThorsson)).SetServiceUserCountAsync(new SetServiceUserCountRequest
        {
            ServiceUserCount = new ServiceUserCount { Year = 2026, Verksamhetsform = Verksamhetsform.Aldreomsorg, Count = ServiceUsersInAldreomsorg },
        });
    }

    public async Task DisposeAsync()
    {
        await Reporting.DisposeAsync();
        await database.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    public async Task<RegionalComparisonService.RegionalComparisonServiceClient> ComparisonAsAsync(string username) =>
        new(Reporting.Channel(await Issuer.DemoTokenAsync(username)));

    /// <summary>Who is behind each pseudonym, which only the test knows.</summary>
    public Task<Dictionary<string, string>> TenantsByPseudonymAsync() =>
        Reporting.QueryAsync(db => db.ComparedProviders.IgnoreQueryFilters().ToDictionaryAsync(p => p.Pseudonym, p => p.TenantId));

    public static GetRegionalComparisonRequest March(Verksamhetsform verksamhetsform = Verksamhetsform.Unspecified, int pageSize = 0) => new()
    {
        Subject = Subject.Incidents, FromMonth = Month, ToMonth = Month, Verksamhetsform = verksamhetsform, PageSize = pageSize,
    };
}

/// <summary>Every row of a comparison, following the page tokens.</summary>
public static class Comparisons
{
    public static async Task<List<ComparisonRow>> AllAsync(this RegionalComparisonService.RegionalComparisonServiceClient client, GetRegionalComparisonRequest request)
    {
        var rows = new List<ComparisonRow>();
        var page = request.Clone();
        do
        {
            var response = await client.GetRegionalComparisonAsync(page);
            rows.AddRange(response.Rows);
            page.PageToken = response.NextPageToken;
        }
        while (page.PageToken.Length > 0);
        return rows;
    }
}
