using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Events.V1;

namespace Ledningssystem.Reporting.Tests.Support;

/// <summary>
/// The Organizations events that built the demo region (services/DevTokenIssuer/demo-realm.json), as the
/// Organizations service publishes them: each tenant's TenantRegistered and each unit's UnitCreated with its
/// verksamhetsformer.
/// </summary>
public static class DemoOrganization
{
    private static readonly Timestamp Registered = Timestamp.FromDateTimeOffset(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static readonly Lazy<JsonDocument> Realm = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("services", "DevTokenIssuer", "demo-realm.json"))));

    public static IEnumerable<TenantRegistered> Tenants() => Realm.Value.RootElement.GetProperty("tenants").EnumerateArray().Select(t => new TenantRegistered
    {
        TenantId = t.GetProperty("id").GetString(),
        Name = t.GetProperty("name").GetString(),
        Kind = t.GetProperty("kind").GetString() switch
        {
            "region" => TenantKind.Region,
            "committee" => TenantKind.Committee,
            _ => TenantKind.PrivateProvider,
        },
        OrganisationNumber = t.GetProperty("organisationNumber").GetString(),
        RegisteredAt = Registered,
    });

    public static IEnumerable<UnitCreated> Units() => Realm.Value.RootElement.GetProperty("units").EnumerateArray().Select(u => new UnitCreated
    {
        TenantId = u.GetProperty("tenant").GetString(),
        UnitId = u.GetProperty("id").GetString(),
        ParentUnitId = u.GetProperty("parent").GetString() ?? "",
        Name = u.GetProperty("name").GetString(),
        Verksamhetsformer = { u.GetProperty("verksamhetsformer").EnumerateArray().Select(f => System.Enum.Parse<Verksamhetsform>(f.GetString()!, ignoreCase: true)) },
        CreatedAt = Registered,
    });

    /// <summary>Rasmus Rydberg's region admin role on the region's top unit, which the test hosts' replica leaves out.</summary>
    public static RoleAssigned RegionAdmin() => new()
    {
        TenantId = "region-exempel",
        AssignmentId = "demo.rasmus.rydberg",
        UserId = "529e8f4e-bb59-4662-bb89-02cd48328913",
        Role = Role.RegionAdmin,
        UnitId = "region-exempel.regionkontoret",
        ValidFrom = Registered,
    };

    /// <summary>The subject Organizations gives its events: the tenant.</summary>
    public static string AggregateOf(IMessage organizationEvent) =>
        (string)organizationEvent.Descriptor.FindFieldByName("tenant_id").Accessor.GetValue(organizationEvent);
}
