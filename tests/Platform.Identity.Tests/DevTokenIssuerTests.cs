using System.Net;
using System.Text.Json;
using Ledningssystem.Identity.Tests.Records;
using Ledningssystem.Identity.Tests.Server;
using Ledningssystem.Identity.Tests.Support;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.Testing;

namespace Ledningssystem.Identity.Tests;

/// <summary>The development stand-in for Keycloak, started as a process; services validate its tokens exactly as Keycloak's.</summary>
[Collection(DevTokenIssuerGroup.Name)]
public sealed class DevTokenIssuerTests(DevTokenIssuerPlatform platform)
{
    [Fact]
    public async Task A_demo_users_password_grant_token_is_accepted_with_her_role_on_her_unit()
    {
        var erik = RecordsServer.Bearer(await platform.PasswordTokenAsync("erik.eriksson"));

        var me = await platform.Server.Client.WhoAmIAsync(new WhoAmIRequest(), erik);
        var ownUnit = await platform.Server.Client.CheckUnitAsync(new CheckUnitRequest { UnitId = "aldrenamnden.hemtjanst-norr" }, erik);
        var otherUnit = await platform.Server.Client.CheckUnitAsync(new CheckUnitRequest { UnitId = "aldrenamnden.hemtjanst-syd" }, erik);

        Assert.Equal("bf107349-8473-4840-aa98-7b99524fbf13", me.UserId);
        Assert.Equal("erik.eriksson", me.UserName);
        Assert.Equal("aldrenamnden", me.TenantId);
        Assert.Equal("", me.ServiceAccountClient);
        Assert.Contains("default-roles-ledningssystem", me.Roles);
        Assert.True(ownUnit.CanWrite);
        Assert.False(otherUnit.CanRead);
    }

    [Fact]
    public async Task A_service_account_gets_a_token_by_client_credentials()
    {
        var account = DevTokenIssuerPlatform.DemoRealm.ServiceAccounts[0];
        using var response = await platform.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = account.ClientId,
            ["client_secret"] = account.Secret,
        });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var me = await platform.Server.Client.WhoAmIAsync(
            new WhoAmIRequest(), RecordsServer.Bearer(body.RootElement.GetProperty("access_token").GetString()));

        Assert.Equal("service-account-" + account.ClientId, me.UserName);
        Assert.Equal(account.Account.Tenant, me.TenantId);
        Assert.Equal(account.ClientId, me.ServiceAccountClient);
    }

    [Fact]
    public async Task Tokens_have_keycloaks_claim_shape_and_the_jwks_key()
    {
        var token = await platform.PasswordTokenAsync("maria.mattsson");
        var header = TokenForge.HeaderOf(token);
        var payload = TokenForge.PayloadOf(token);

        Assert.Equal("RS256", header["alg"]!.GetValue<string>());
        Assert.Equal(await DevTokenIssuerPlatform.KeyIdAsync(platform.Issuer), header["kid"]!.GetValue<string>());
        Assert.Equal(platform.Issuer, payload["iss"]!.GetValue<string>());
        Assert.Contains(DevTokenIssuerPlatform.Audience, payload["aud"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("Bearer", payload["typ"]!.GetValue<string>());
        Assert.Equal("ledningssystem-web", payload["azp"]!.GetValue<string>());
        Assert.Equal("maria.mattsson", payload["preferred_username"]!.GetValue<string>());
        Assert.Equal(["aldrenamnden"], payload["organization"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.NotNull(payload["realm_access"]!["roles"]!.AsArray());
        Assert.NotNull(payload["resource_access"]!["account"]!["roles"]!.AsArray());
        Assert.True(payload["exp"]!.GetValue<long>() > payload["iat"]!.GetValue<long>());
        Assert.Null(payload["nbf"]);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_as_keycloak_refuses_it()
    {
        using var response = await platform.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "ledningssystem-web",
            ["username"] = "erik.eriksson",
            ["password"] = "fel",
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_grant", body.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_restarted_issuer_signs_with_the_same_key()
    {
        await using var second = await DevTokenIssuerProcess.StartAsync(dataDirectory: platform.DataDirectory);

        Assert.Equal(await DevTokenIssuerPlatform.KeyIdAsync(platform.Issuer), await DevTokenIssuerPlatform.KeyIdAsync(second.Issuer));
    }

    [Fact]
    public async Task The_issuer_refuses_to_start_outside_development()
    {
        var result = await ExternalProcess.RunAsync(
            "dotnet", [DevTokenIssuerProcess.IssuerDll, "--environment", "Production", "--port", "1"], timeout: TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Development", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_realm_has_a_user_for_every_domain_role_on_a_unit_of_her_tenant()
    {
        var realm = DevTokenIssuerPlatform.DemoRealm;

        Assert.Equal(Enum.GetValues<Role>().Order(), realm.Users.Select(u => Enum.Parse<Role>(u.Role)).Distinct().Order());
        Assert.All(realm.Users, user =>
        {
            Assert.Contains(realm.Tenants, t => t.Id == user.Tenant);
            Assert.Contains(realm.Units, u => u.Id == user.Unit && u.Tenant == user.Tenant);
        });
        Assert.Equal(realm.Users.Count, realm.Users.Select(u => u.Sub).Distinct().Count());
    }
}
