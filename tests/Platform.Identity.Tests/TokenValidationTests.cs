using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Grpc.Core;
using Ledningssystem.Identity.Tests.Records;
using Ledningssystem.Identity.Tests.Server;
using Ledningssystem.Identity.Tests.Support;
using Ledningssystem.Testing;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.Identity.Tests;

/// <summary>Tokens from a real OpenID provider pass through discovery and JWKS; every kind of bad token ends UNAUTHENTICATED.</summary>
[Collection(OidcPlatformGroup.Name)]
public sealed class TokenValidationTests(OidcPlatform platform)
{
    private const string LoginRequired = "Inloggning krävs.";

    /// <summary>Each changes one thing about a token that would otherwise pass.</summary>
    private static readonly Dictionary<string, Func<OidcPlatform, Task<string>>> Attacks = new()
    {
        ["alg none"] = p => Task.FromResult(TokenForge.AlgNone(p.ForgeableClaims())),
        ["HS256 keyed with the public key"] = p => Task.FromResult(TokenForge.Hs256(
            p.ForgeableClaims(), Encoding.ASCII.GetBytes(p.SigningKey.ExportSubjectPublicKeyInfoPem()), OidcPlatform.KeyId)),
        ["RS512 with the real key"] = p => Task.FromResult(TokenForge.Rsa(p.ForgeableClaims(), p.SigningKey, OidcPlatform.KeyId, "RS512")),
        ["wrong issuer"] = p => Task.FromResult(p.Sign(Change(p.ForgeableClaims(), "iss", p.Issuer + "/realms/other"))),
        ["wrong audience"] = p => Task.FromResult(p.Sign(Change(p.ForgeableClaims(), "aud", "another-api"))),
        ["expired beyond the clock skew"] = p => Task.FromResult(p.Sign(Change(p.ForgeableClaims(), "exp", Now(-45)))),
        ["no expiry"] = p => Task.FromResult(p.Sign(Without(p.ForgeableClaims(), "exp"))),
        ["not yet valid"] = p => Task.FromResult(p.Sign(Change(p.ForgeableClaims(), "nbf", Now(120)))),
        ["unknown kid"] = p => Task.FromResult(Forged(key => TokenForge.Rsa(p.ForgeableClaims(), key, "attacker-key"))),
        ["known kid, other key"] = p => Task.FromResult(Forged(key => TokenForge.Rsa(p.ForgeableClaims(), key, OidcPlatform.KeyId))),
        ["tampered payload"] = async p => TokenForge.WithPayload(await p.TokenAsync("anna"),
            Change(TokenForge.PayloadOf(await p.TokenAsync("anna")), "organization", new JsonArray(OidcPlatform.TenantB))),
        ["missing tenant (forged)"] = p => Task.FromResult(p.Sign(Without(p.ForgeableClaims(), "organization"))),
        ["two organizations as an object"] = p => Task.FromResult(p.Sign(Change(p.ForgeableClaims(), "organization",
            new JsonObject { [OidcPlatform.TenantA] = new JsonObject(), [OidcPlatform.TenantB] = new JsonObject() }))),
        ["ID token instead of an access token"] = p => Task.FromResult(p.Sign(Change(p.ForgeableClaims(), "typ", "ID"))),
        ["missing tenant (from the provider)"] = p => p.TokenAsync("no-org"),
        ["two organizations (from the provider)"] = p => p.TokenAsync("two-orgs"),
        ["not a JWT"] = _ => Task.FromResult("not-a-token"),
    };

    public static TheoryData<string> AttackNames => [.. Attacks.Keys];

    [Fact]
    public async Task Provider_token_passes_and_its_keycloak_claims_become_the_caller()
    {
        var me = await platform.Server.Client.WhoAmIAsync(new WhoAmIRequest(), RecordsServer.Bearer(await platform.TokenAsync("anna")));

        Assert.Equal("anna", me.UserId);
        Assert.Equal("anna.andersson", me.UserName);
        Assert.Equal(OidcPlatform.TenantA, me.TenantId);
        Assert.Equal(["reader", "user"], me.Roles); // realm and own client's roles; another client's "view-profile" is not ours
    }

    [Fact]
    public async Task Organization_as_an_object_names_the_tenant_by_its_alias()
    {
        var me = await platform.Server.Client.WhoAmIAsync(new WhoAmIRequest(), RecordsServer.Bearer(await platform.TokenAsync("olle")));

        Assert.Equal(OidcPlatform.TenantA, me.TenantId);
    }

    [Fact]
    public async Task Forgeable_claims_signed_with_the_provider_key_pass_so_each_attack_fails_for_its_one_change()
    {
        var me = await platform.Server.Client.WhoAmIAsync(new WhoAmIRequest(), RecordsServer.Bearer(platform.Sign(platform.ForgeableClaims())));

        Assert.Equal("anna", me.UserId);
    }

    [Fact]
    public async Task Expiry_within_the_30_second_clock_skew_is_tolerated()
    {
        var token = platform.Sign(Change(platform.ForgeableClaims(), "exp", Now(-10)));

        var me = await platform.Server.Client.WhoAmIAsync(new WhoAmIRequest(), RecordsServer.Bearer(token));

        Assert.Equal(OidcPlatform.TenantA, me.TenantId);
    }

    [Theory]
    [MemberData(nameof(AttackNames))]
    public async Task Attack_ends_unauthenticated_with_the_same_message(string attack)
    {
        var token = await Attacks[attack](platform);

        var error = await Assert.ThrowsAsync<RpcException>(
            () => platform.Server.Client.WhoAmIAsync(new WhoAmIRequest(), RecordsServer.Bearer(token)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(LoginRequired, error.Status.Detail);
    }

    [Fact]
    public async Task Call_without_a_token_is_unauthenticated()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => platform.Server.Client.WhoAmIAsync(new WhoAmIRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(LoginRequired, error.Status.Detail);
    }

    [Fact]
    public async Task Authentication_comes_before_request_validation()
    {
        var error = await Assert.ThrowsAsync<RpcException>(
            () => platform.Server.Client.UpdateRecordAsync(new UpdateRecordRequest { Id = "rec-a1" }).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task The_reason_is_logged_at_information_and_not_told_to_the_caller()
    {
        var token = await platform.TokenAsync("two-orgs");

        var error = await Assert.ThrowsAsync<RpcException>(
            () => platform.Server.Client.WhoAmIAsync(new WhoAmIRequest(), RecordsServer.Bearer(token)).ResponseAsync);

        Assert.DoesNotContain("organization", error.Status.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(platform.Server.Logs.GetSnapshot(), entry =>
            entry.Level == LogLevel.Information && entry.Message.Contains("2 organizations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_provider_fails_closed()
    {
        var nobody = $"http://127.0.0.1:{FreePorts.Take(1)[0]}";
        await using var server = await RecordsServer.StartAsync(nobody);
        var token = platform.Sign(Change(platform.ForgeableClaims(), "iss", nobody));

        var error = await Assert.ThrowsAsync<RpcException>(
            () => server.Client.WhoAmIAsync(new WhoAmIRequest(), RecordsServer.Bearer(token)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains(server.Logs.GetSnapshot(), entry => entry.Level == LogLevel.Information && entry.Message.StartsWith("Bearer token rejected", StringComparison.Ordinal));
    }

    private static string Forged(Func<RSA, string> sign)
    {
        using var attacker = RSA.Create(2048);
        return sign(attacker);
    }

    private static JsonObject Change(JsonObject claims, string name, JsonNode? value)
    {
        claims[name] = value;
        return claims;
    }

    private static JsonObject Without(JsonObject claims, string name)
    {
        claims.Remove(name);
        return claims;
    }

    private static long Now(int offsetSeconds) => DateTimeOffset.UtcNow.AddSeconds(offsetSeconds).ToUnixTimeSeconds();
}
