using System.Text.Json;

namespace Ledningssystem.DevTokenIssuer.Realm;

/// <summary>
/// demo-realm.json: the demo region's tenants, units and users (one per domain role), shared with the
/// Organizations seed so that tokens and role assignments name the same people, tenants and units.
/// </summary>
public sealed record DemoRealm(
    string DemoPassword,
    IReadOnlyList<string> PasswordClients,
    IReadOnlyList<DemoTenant> Tenants,
    IReadOnlyList<DemoUnit> Units,
    IReadOnlyList<DemoUser> Users,
    IReadOnlyList<DemoServiceAccount> ServiceAccounts)
{
    public const string FileName = "demo-realm.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };

    public static DemoRealm Load(string path) =>
        JsonSerializer.Deserialize<DemoRealm>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} holds no realm.");

    public DemoUser? FindUser(string username) =>
        Users.FirstOrDefault(u => string.Equals(u.Username, username, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A tenant: its id is the Keycloak organization alias. Kind: region, committee or private-provider.</summary>
public sealed record DemoTenant(string Id, string Name, string Kind);

public sealed record DemoUnit(string Id, string Tenant, string Name, string? Parent);

/// <summary>
/// A person (or a service account's user) with what the token carries (sub, username, display name, tenant,
/// coarse realm roles) and the domain role on a unit that the seed assigns.
/// </summary>
public sealed record DemoUser(
    string Sub, string Username, string DisplayName, string Tenant, IReadOnlyList<string> RealmRoles, string Role, string Unit);

/// <summary>A confidential client for the client_credentials grant, acting as its service-account user.</summary>
public sealed record DemoServiceAccount(string ClientId, string Secret, DemoUser Account);
