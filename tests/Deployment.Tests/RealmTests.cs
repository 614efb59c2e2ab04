using System.Text.Json;
using Ledningssystem.Deployment.Tests.Support;
using Ledningssystem.Testing;

namespace Ledningssystem.Deployment.Tests;

/// <summary>
/// The realm export produces the tokens the services accept (docs/identity.md): the audience and realm the
/// platform is configured with (services/AppHost/appsettings.json), the organization claim, the realm roles and
/// clients of the demo region (services/DevTokenIssuer/demo-realm.json).
/// </summary>
public sealed class RealmTests
{
    private static readonly JsonElement PlatformEnvironment = ReadJson("services", "AppHost", "appsettings.json").GetProperty("Platform").GetProperty("Environment");
    private static readonly JsonElement DemoRealm = ReadJson("services", "DevTokenIssuer", "demo-realm.json");

    private static string PlatformAudience => PlatformEnvironment.GetProperty("Identity__Audience").GetString()!;

    private static string RealmName => PlatformEnvironment.GetProperty("Identity__Authority").GetString()!.Split("/realms/")[1];

    [Theory]
    [InlineData("default")]
    [InlineData("demo")]
    public async Task The_realm_issues_access_tokens_for_the_platforms_audience_with_the_organization(string profile)
    {
        var realm = await RealmAsync(profile);

        Assert.Equal(RealmName, realm.GetProperty("realm").GetString());
        Assert.True(realm.GetProperty("organizationsEnabled").GetBoolean());
        var api = Client(realm, PlatformAudience);
        Assert.True(api.GetProperty("bearerOnly").GetBoolean());

        var audienceScope = Scopes(realm).Single(s => Mappers(s).Any(m => m.GetProperty("protocolMapper").GetString() == "oidc-audience-mapper"));
        var audienceMapper = Mappers(audienceScope).Single();
        Assert.Equal(PlatformAudience, audienceMapper.GetProperty("config").GetProperty("included.client.audience").GetString());
        Assert.Equal("true", audienceMapper.GetProperty("config").GetProperty("access.token.claim").GetString());

        var organizationScope = Scopes(realm).Single(s => Mappers(s).Any(m => m.GetProperty("protocolMapper").GetString() == "oidc-organization-membership-mapper"));
        Assert.Equal("organization", Mappers(organizationScope).Single().GetProperty("config").GetProperty("claim.name").GetString());

        var rolesScope = Scopes(realm).Single(s => s.GetProperty("name").GetString() == "roles");
        Assert.Contains(Mappers(rolesScope), m => m.GetProperty("config").GetProperty("claim.name").GetString() == "realm_access.roles");
        Assert.Contains(Mappers(rolesScope), m => m.GetProperty("config").GetProperty("claim.name").GetString() == "resource_access.${client_id}.roles");
        var basicScope = Scopes(realm).Single(s => s.GetProperty("name").GetString() == "basic");
        Assert.Contains(Mappers(basicScope), m => m.GetProperty("protocolMapper").GetString() == "oidc-sub-mapper");

        var callers = Clients(realm).Where(c => c.GetProperty("clientId").GetString() != PlatformAudience).ToList();
        Assert.NotEmpty(callers);
        foreach (var caller in callers)
        {
            var scopes = caller.GetProperty("defaultClientScopes").EnumerateArray().Select(s => s.GetString()).ToList();
            Assert.Contains(audienceScope.GetProperty("name").GetString(), scopes);
            Assert.Contains(organizationScope.GetProperty("name").GetString(), scopes);
            Assert.Contains("roles", scopes);
            Assert.Contains("profile", scopes);
            Assert.Contains("basic", scopes);
        }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("demo")]
    public async Task The_web_client_is_public_with_pkce_and_the_platform_roles_exist(string profile)
    {
        var realm = await RealmAsync(profile);

        foreach (var clientId in DemoRealm.GetProperty("passwordClients").EnumerateArray().Select(c => c.GetString()!))
        {
            var web = Client(realm, clientId);
            Assert.True(web.GetProperty("publicClient").GetBoolean());
            Assert.True(web.GetProperty("standardFlowEnabled").GetBoolean());
            Assert.Equal("S256", web.GetProperty("attributes").GetProperty("pkce.code.challenge.method").GetString());
            Assert.Equal(profile == "demo", web.GetProperty("directAccessGrantsEnabled").GetBoolean());
        }
        var realmRoles = realm.GetProperty("roles").GetProperty("realm").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToHashSet();
        var expectedRoles = DemoUsers().Concat(DemoRealm.GetProperty("serviceAccounts").EnumerateArray().Select(a => a.GetProperty("account")))
            .SelectMany(u => u.GetProperty("realmRoles").EnumerateArray().Select(r => r.GetString())).ToHashSet();
        Assert.Contains("region-admin", expectedRoles);
        Assert.Superset(expectedRoles, realmRoles);
        var integration = Client(realm, "ledningssystem-integration");
        Assert.True(integration.GetProperty("serviceAccountsEnabled").GetBoolean());
        Assert.False(integration.TryGetProperty("secret", out _));
    }

    [Fact]
    public async Task Without_the_demo_profile_the_realm_has_no_users_or_organizations()
    {
        var realm = await RealmAsync("default");

        Assert.False(realm.TryGetProperty("users", out _));
        Assert.False(realm.TryGetProperty("organizations", out _));
        Assert.DoesNotContain(Clients(realm), c => c.TryGetProperty("secret", out _));
    }

    [Fact]
    public async Task The_demo_profile_has_every_demo_user_in_exactly_their_tenants_organization()
    {
        var realm = await RealmAsync("demo");

        var organizations = realm.GetProperty("organizations").EnumerateArray().ToList();
        Assert.Equal(
            DemoRealm.GetProperty("tenants").EnumerateArray().Select(t => t.GetProperty("id").GetString()).Order(),
            organizations.Select(o => o.GetProperty("alias").GetString()).Order());
        var users = realm.GetProperty("users").EnumerateArray().ToDictionary(u => u.GetProperty("username").GetString()!);
        var accounts = DemoUsers().Concat(DemoRealm.GetProperty("serviceAccounts").EnumerateArray().Select(a => a.GetProperty("account"))).ToList();
        Assert.Equal(accounts.Count, users.Count);
        foreach (var account in accounts)
        {
            var username = account.GetProperty("username").GetString()!;
            var user = users[username];
            // The Organizations seed assigns roles to the sub; Keycloak's user id is the sub.
            Assert.Equal(account.GetProperty("sub").GetString(), user.GetProperty("id").GetString());
            Assert.Equal(
                account.GetProperty("realmRoles").EnumerateArray().Select(r => r.GetString()),
                user.GetProperty("realmRoles").EnumerateArray().Select(r => r.GetString()));
            var memberOf = organizations.Where(o => o.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("username").GetString() == username)).ToList();
            Assert.Equal(account.GetProperty("tenant").GetString(), Assert.Single(memberOf).GetProperty("alias").GetString());
        }
        foreach (var serviceAccount in DemoRealm.GetProperty("serviceAccounts").EnumerateArray())
        {
            var client = Client(realm, serviceAccount.GetProperty("clientId").GetString()!);
            Assert.True(client.GetProperty("serviceAccountsEnabled").GetBoolean());
            Assert.Equal(client.GetProperty("clientId").GetString(), users[serviceAccount.GetProperty("account").GetProperty("username").GetString()!].GetProperty("serviceAccountClientId").GetString());
        }
    }

    [Fact]
    public async Task The_packaged_chart_carries_the_demo_region_in_place_of_the_link()
    {
        var folder = Directory.CreateTempSubdirectory("ledningssystem-chart-");
        try
        {
            var package = await Helm.RunAsync(["package", Helm.ChartDirectory, "--destination", folder.FullName]);
            Assert.True(package.ExitCode == 0, package.Output);
            var archive = Assert.Single(folder.GetFiles("ledningssystem-*.tgz")).FullName;

            var rendered = await Helm.RunAsync(["template", Helm.ReleaseName, archive, "--set", "keycloak.realm.demo=true"]);

            Assert.True(rendered.ExitCode == 0, rendered.Output);
            var configMap = Support.Manifests.Parse(rendered.StandardOutput).Get("ConfigMap", $"{Helm.ReleaseName}-keycloak-realm");
            using var realm = JsonDocument.Parse(configMap.Text("data", $"{RealmName}-realm.json"));
            Assert.Equal(DemoUsers().Count + DemoRealm.GetProperty("serviceAccounts").GetArrayLength(), realm.RootElement.GetProperty("users").GetArrayLength());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_services_validate_tokens_for_the_realms_audience()
    {
        var manifests = await Helm.RenderAsync(Profile.Default);
        var realm = await RealmAsync("default");

        var platform = manifests.Get("ConfigMap", $"{Helm.ReleaseName}-platform");
        Assert.Equal(PlatformAudience, platform.Text("data", "Identity__Audience"));
        Assert.EndsWith($"/realms/{realm.GetProperty("realm").GetString()}", platform.Text("data", "Identity__Authority"), StringComparison.Ordinal);
        Assert.Equal("true", platform.Text("data", "Identity__RequireHttpsMetadata"));
        using var gateway = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("gateway", "appsettings.json")));
        Assert.Equal(PlatformAudience, gateway.RootElement.GetProperty("Identity").GetProperty("Audience").GetString());
    }

    private static async Task<JsonElement> RealmAsync(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));
        var configMap = manifests.Get("ConfigMap", $"{Helm.ReleaseName}-keycloak-realm");
        using var document = JsonDocument.Parse(configMap.Text("data", $"{RealmName}-realm.json"));
        return document.RootElement.Clone();
    }

    private static List<JsonElement> DemoUsers() => [.. DemoRealm.GetProperty("users").EnumerateArray()];

    private static List<JsonElement> Clients(JsonElement realm) => [.. realm.GetProperty("clients").EnumerateArray()];

    private static JsonElement Client(JsonElement realm, string clientId) => Clients(realm).Single(c => c.GetProperty("clientId").GetString() == clientId);

    private static List<JsonElement> Scopes(JsonElement realm) => [.. realm.GetProperty("clientScopes").EnumerateArray()];

    private static List<JsonElement> Mappers(JsonElement scope) => [.. scope.GetProperty("protocolMappers").EnumerateArray()];

    private static JsonElement ReadJson(params string[] path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine(path)));
        return document.RootElement.Clone();
    }
}
