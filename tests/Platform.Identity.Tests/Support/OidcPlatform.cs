using System.Buffers.Text;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ledningssystem.Identity.Tests.Server;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.Testing;

namespace Ledningssystem.Identity.Tests.Support;

/// <summary>
/// oidc-provider (node/keycloak_like_provider.mjs) on a loopback port, signing with a key this fixture made, and
/// the records service trusting it through discovery and JWKS; tenants A, B and C with units, role assignments
/// and records replicated into the service.
/// </summary>
public sealed class OidcPlatform : IAsyncLifetime
{
    public const string KeyId = "provider-key";
    public const string Resource = "urn:ledningssystem:test";
    public const string TenantA = "tenant-a";
    public const string TenantB = "tenant-b";
    public const string TenantC = "tenant-c";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private static readonly string[] AreaUnits = ["a.unit1", "a.unit2", "a.movable"];
    private static readonly string[] RootUnits = ["a.other", "a.expired", "a.future", "a.revoked", "a.closing"];

    private readonly string directory = Directory.CreateTempSubdirectory("oidc-provider-").FullName;
    private readonly Dictionary<string, string> tokens = [];
    private ServerProcess? provider;

    public RSA SigningKey { get; } = RSA.Create(2048);

    public string Issuer { get; private set; } = "";

    public RecordsServer Server { get; private set; } = null!;

    /// <summary>The provider's clients (client_credentials; the client id becomes <c>sub</c>) and the Keycloak claims of their tokens.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Clients { get; } = new Dictionary<string, JsonObject>
    {
        ["anna"] = Person("anna.andersson", new JsonArray(TenantA), realmRoles: ["user"], clientRoles: ["reader"]),
        ["olle"] = Person("olle.olsson", new JsonObject { [TenantA] = new JsonObject { ["id"] = "5b0e3d52-0d64-4d8f-9a57-1b0c7e0a1f11" } }),
        ["bertil"] = Person("bertil.berg", new JsonArray(TenantB)),
        ["carl"] = Person("carl.carlsson", new JsonArray(TenantC)),
        ["dora"] = Person("dora.dahl", new JsonArray("tenant-unregistered")),
        ["no-org"] = Person("nora.utan", organization: null),
        ["two-orgs"] = Person("tvo.bada", new JsonArray(TenantA, TenantB)),
    };

    public async Task InitializeAsync()
    {
        await TestTools.EnsureInstalledAsync();
        var port = FreePorts.Take(1)[0].ToString(CultureInfo.InvariantCulture);
        Issuer = $"http://127.0.0.1:{port}";
        var config = Path.Combine(directory, "provider.json");
        await File.WriteAllTextAsync(config, ProviderConfig().ToJsonString());
        provider = await ServerProcess.StartAsync(
            "node",
            [RepositoryPaths.Combine("tests", "Platform.Identity.Tests", "node", "keycloak_like_provider.mjs"), "--config", config, "--port", port],
            readyMarker: "listening",
            timeout: TimeSpan.FromSeconds(30));
        Server = await RecordsServer.StartAsync(Issuer);
        await SeedAsync();
    }

    /// <summary>An access token from the provider's token endpoint (client_credentials with the resource indicator).</summary>
    public async Task<string> TokenAsync(string client)
    {
        if (tokens.TryGetValue(client, out var cached))
        {
            return cached;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{Issuer}/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["resource"] = Resource }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{client}:{SecretOf(client)}")));
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
        tokens[client] = token;
        return token;
    }

    /// <summary>Valid claims for tenant A's "anna", to be signed as they are (which passes) or changed by one attack each.</summary>
    public JsonObject ForgeableClaims()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = RecordsServer.Audience,
            ["sub"] = "anna",
            ["typ"] = "Bearer",
            ["azp"] = "anna",
            ["iat"] = now,
            ["exp"] = now + 300,
            ["preferred_username"] = "anna.andersson",
            ["organization"] = new JsonArray(TenantA),
        };
    }

    public string Sign(JsonObject claims) => TokenForge.Rsa(claims, SigningKey, KeyId);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        if (provider is not null)
        {
            await provider.DisposeAsync();
        }
        SigningKey.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private static JsonObject Person(string userName, JsonNode? organization, string[]? realmRoles = null, string[]? clientRoles = null)
    {
        var claims = new JsonObject
        {
            ["preferred_username"] = userName,
            ["realm_access"] = Roles(realmRoles ?? []),
            ["resource_access"] = new JsonObject
            {
                [RecordsServer.Audience] = Roles(clientRoles ?? []),
                ["account"] = Roles(["view-profile"]),
            },
        };
        if (organization is not null)
        {
            claims["organization"] = organization;
        }
        return claims;
    }

    private static JsonObject Roles(IEnumerable<string> roles) => new() { ["roles"] = new JsonArray([.. roles.Select(r => JsonValue.Create(r))]) };

    private static string SecretOf(string client) => $"{client}-secret-for-the-identity-tests";

    private JsonObject ProviderConfig()
    {
        var key = SigningKey.ExportParameters(includePrivateParameters: true);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["kid"] = KeyId,
            ["alg"] = "RS256",
            ["use"] = "sig",
            ["n"] = Base64Url.EncodeToString(key.Modulus),
            ["e"] = Base64Url.EncodeToString(key.Exponent),
            ["d"] = Base64Url.EncodeToString(key.D),
            ["p"] = Base64Url.EncodeToString(key.P),
            ["q"] = Base64Url.EncodeToString(key.Q),
            ["dp"] = Base64Url.EncodeToString(key.DP),
            ["dq"] = Base64Url.EncodeToString(key.DQ),
            ["qi"] = Base64Url.EncodeToString(key.InverseQ),
        };
        return new JsonObject
        {
            ["keys"] = new JsonArray(jwk),
            ["resource"] = Resource,
            ["audience"] = RecordsServer.Audience,
            ["clients"] = new JsonArray([.. Clients.Select(c => new JsonObject
            {
                ["client_id"] = c.Key,
                ["client_secret"] = SecretOf(c.Key),
                ["claims"] = c.Value.DeepClone(),
            })]),
        };
    }

    /// <summary>
    /// Tenant A: a.root ─┬─ a.area ─┬─ a.unit1 (anna: Employee)
    ///                   │          ├─ a.unit2
    ///                   │          └─ a.movable           (olle: AreaManager on a.area)
    ///                   ├─ a.other, a.expired, a.future, a.revoked, a.closing
    /// Tenant B: b.root ── a.unit1 (the same unit id as tenant A's; bertil: UnitManager on b.root). Tenant C: c.root.
    /// </summary>
    private async Task SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        await Server.ReplicateAsync(async writer =>
        {
            await writer.UpsertTenantAsync(TenantA, "Nämnd A", suspended: false);
            await writer.UpsertTenantAsync(TenantB, "Nämnd B", suspended: false);
            await writer.UpsertTenantAsync(TenantC, "Utförare C", suspended: false);
            await writer.UpsertUnitAsync(TenantA, "a.root", "Förvaltning A", null);
            await writer.UpsertUnitAsync(TenantA, "a.area", "Område", "a.root");
            foreach (var unit in AreaUnits)
            {
                await writer.UpsertUnitAsync(TenantA, unit, unit, "a.area");
            }
            foreach (var unit in RootUnits)
            {
                await writer.UpsertUnitAsync(TenantA, unit, unit, "a.root");
            }
            await writer.UpsertUnitAsync(TenantB, "b.root", "Förvaltning B", null);
            await writer.UpsertUnitAsync(TenantB, "a.unit1", "Enhet med samma id som hos A", "b.root");
            await writer.UpsertUnitAsync(TenantC, "c.root", "Utförare C", null);

            await writer.AssignRoleAsync(new RoleAssignment(TenantA, "anna-unit1", "anna", Role.Employee, "a.unit1", now.AddDays(-30), null));
            await writer.AssignRoleAsync(new RoleAssignment(TenantA, "anna-expired", "anna", Role.Employee, "a.expired", now.AddDays(-30), now.AddDays(-1)));
            await writer.AssignRoleAsync(new RoleAssignment(TenantA, "anna-future", "anna", Role.Employee, "a.future", now.AddDays(1), null));
            await writer.AssignRoleAsync(new RoleAssignment(TenantA, "olle-area", "olle", Role.AreaManager, "a.area", now.AddDays(-30), now.AddDays(30)));
            await writer.AssignRoleAsync(new RoleAssignment(TenantB, "bertil-root", "bertil", Role.UnitManager, "b.root", now.AddDays(-30), null));
        });
        await Server.AddRecordAsync(TenantA, "rec-a1", "a.unit1", "A:s post i enhet 1");
        await Server.AddRecordAsync(TenantA, "rec-a2", "a.unit2", "A:s post i enhet 2");
        await Server.AddRecordAsync(TenantA, "rec-a-other", "a.other", "A:s post i en annan gren");
        await Server.AddRecordAsync(TenantB, "rec-b1", "a.unit1", "B:s post");
    }
}

[CollectionDefinition(Name)]
public sealed class OidcPlatformGroup : ICollectionFixture<OidcPlatform>
{
    public const string Name = "oidc-provider";
}
