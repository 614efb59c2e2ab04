using System.Security.Cryptography;
using System.Text;
using Ledningssystem.Gateway.Edge;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ledningssystem.Gateway.Tests;

/// <summary>
/// The gateway's cache of validated tokens in front of the real token handler: tokens signed with real RSA keys,
/// validated against a clock the test moves.
/// </summary>
public sealed class ValidatedTokenCacheTests : IDisposable
{
    private const string Issuer = "https://sso.exempel.example/realms/region";
    private const string Audience = "ledningssystem";

    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly RSA realm = RSA.Create(2048);
    private readonly RSA attacker = RSA.Create(2048);
    private readonly RsaSecurityKey realmKey;
    private readonly ValidatedTokenCache cache;

    public ValidatedTokenCacheTests()
    {
        realmKey = new RsaSecurityKey(realm) { KeyId = "realm-1" };
        cache = new ValidatedTokenCache(new JsonWebTokenHandler(), clock);
    }

    public void Dispose()
    {
        realm.Dispose();
        attacker.Dispose();
    }

    [Fact]
    public async Task A_repeated_token_is_answered_from_the_cache_until_it_expires_and_then_refused()
    {
        var token = Token(lifetime: TimeSpan.FromMinutes(5));

        var first = await cache.ValidateTokenAsync(token, Parameters(realmKey));
        var repeat = await cache.ValidateTokenAsync(token, Parameters(realmKey));
        clock.Advance(TimeSpan.FromMinutes(6));
        var expired = await cache.ValidateTokenAsync(token, Parameters(realmKey));

        Assert.True(first.IsValid);
        Assert.Same(first, repeat);
        Assert.False(expired.IsValid);
        Assert.IsType<SecurityTokenInvalidLifetimeException>(expired.Exception);
    }

    [Fact]
    public async Task The_same_token_with_another_signature_is_validated_in_full_and_refused()
    {
        var token = Token(lifetime: TimeSpan.FromMinutes(5));
        var signed = token[..token.LastIndexOf('.')];
        var resigned = signed + "." + Base64UrlEncoder.Encode(attacker.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var tampered = signed + "." + Base64UrlEncoder.Encode(Base64UrlEncoder.DecodeBytes(token[(token.LastIndexOf('.') + 1)..]).Select(b => (byte)(b ^ 1)).ToArray());

        var genuine = await cache.ValidateTokenAsync(token, Parameters(realmKey));
        var byAnotherKey = await cache.ValidateTokenAsync(resigned, Parameters(realmKey));
        var altered = await cache.ValidateTokenAsync(tampered, Parameters(realmKey));

        Assert.True(genuine.IsValid);
        Assert.False(byAnotherKey.IsValid);
        Assert.False(altered.IsValid);
    }

    [Fact]
    public async Task A_token_whose_key_the_realm_no_longer_publishes_is_validated_in_full_and_refused()
    {
        var token = Token(lifetime: TimeSpan.FromMinutes(5));
        using var next = RSA.Create(2048);

        var before = await cache.ValidateTokenAsync(token, Parameters(realmKey));
        var afterRotation = await cache.ValidateTokenAsync(token, Parameters(new RsaSecurityKey(next) { KeyId = "realm-2" }));

        Assert.True(before.IsValid);
        Assert.False(afterRotation.IsValid);
    }

    [Fact]
    public async Task A_refused_token_is_not_remembered()
    {
        var token = Token(lifetime: TimeSpan.FromMinutes(5));

        var wrongAudience = await cache.ValidateTokenAsync(token, Parameters(realmKey, audience: "another-api"));
        var right = await cache.ValidateTokenAsync(token, Parameters(realmKey));

        Assert.False(wrongAudience.IsValid);
        Assert.True(right.IsValid);
    }

    private TokenValidationParameters Parameters(SecurityKey published, string audience = Audience) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = audience,
        IssuerSigningKey = published,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        // The full validation's lifetime check on the test's clock, as the cache's own is.
        LifetimeValidator = (_, expires, _, _) => expires > clock.GetUtcNow().UtcDateTime,
    };

    private string Token(TimeSpan lifetime)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "anna.andersson", ["tenant"] = "aldrenamnden" },
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(realmKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
