using System.Text.Json;
using System.Text.Json.Serialization;
using Ledningssystem.Organizations.Domain;
using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Organizations.Data;

/// <summary>
/// The parts of services/DevTokenIssuer/demo-realm.json (linked into this service's output) that the seed applies:
/// the one list of the demo region's tenants, units, contracts and users, shared with the token issuer.
/// </summary>
public sealed record DemoRegion(
    IReadOnlyList<DemoTenant> Tenants,
    IReadOnlyList<DemoUnit> Units,
    IReadOnlyList<DemoContract> Contracts,
    IReadOnlyList<DemoUser> Users,
    IReadOnlyList<DemoServiceAccount> ServiceAccounts)
{
    public const string FileName = "demo-realm.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static DemoRegion Load(string path) =>
        JsonSerializer.Deserialize<DemoRegion>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} holds no demo region.");

    /// <summary>Every person with a role: the users and the service accounts' users.</summary>
    public IEnumerable<DemoUser> People => Users.Concat(ServiceAccounts.Select(a => a.Account));
}

/// <summary>Kind as the realm file spells it: region, committee or private-provider.</summary>
public sealed record DemoTenant(string Id, string Name, string Kind, string OrganisationNumber, Contact Contact)
{
    public TenantKind TenantKind => Kind switch
    {
        "region" => Domain.TenantKind.Region,
        "committee" => Domain.TenantKind.Committee,
        "private-provider" => Domain.TenantKind.PrivateProvider,
        _ => throw new InvalidDataException($"Tenant {Id} has the unknown kind '{Kind}'."),
    };
}

public sealed record DemoUnit(string Id, string Tenant, string Name, string? Parent, IReadOnlyList<Verksamhetsform> Verksamhetsformer);

public sealed record DemoContract(string Id, string Purchaser, string Provider, string Title, IReadOnlyList<Verksamhetsform> Verksamhetsformer);

/// <summary>A person and the role on a unit the seed assigns (as assignment <c>demo.{username}</c>).</summary>
public sealed record DemoUser(string Sub, string Username, string Tenant, Role Role, string Unit)
{
    public string AssignmentId => $"demo.{Username}";
}

public sealed record DemoServiceAccount(DemoUser Account);
