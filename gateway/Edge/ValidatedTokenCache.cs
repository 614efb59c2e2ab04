using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Ledningssystem.Gateway.Edge;

/// <summary>
/// Validates a bearer token once and answers its repeats from memory: a client sends the same token with every call
/// until it expires, and checking its signature again made up much of what a call cost the gateway, refused or not.
/// An entry is found by the SHA-256 of the whole token, signature included, so a token that differs in any byte is
/// validated in full; it answers only before the token's expiry (without the clock skew the full validation allows)
/// and while the key that signed it is still one the realm publishes. Refused tokens are not remembered. Holds at most
/// <see cref="MaxEntries"/> tokens; the services behind validate every token again.
/// </summary>
internal sealed class ValidatedTokenCache(TokenHandler inner, TimeProvider time) : TokenHandler
{
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, TokenValidationResult> validated = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var key = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        var now = time.GetUtcNow().UtcDateTime;
        if (validated.TryGetValue(key, out var known))
        {
            if (known.SecurityToken.ValidTo > now && await StillPublishedAsync(known.SecurityToken.SigningKey, validationParameters))
            {
                return known;
            }
            validated.TryRemove(key, out _);
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken?.SigningKey is not null && result.SecurityToken.ValidTo > now)
        {
            // Built now, once, rather than lazily by the calls that share the entry.
            _ = result.ClaimsIdentity;
            if (validated.Count >= MaxEntries)
            {
                Evict(now);
            }
            validated[key] = result;
        }
        return result;
    }

    private void Evict(DateTime now)
    {
        foreach (var (key, entry) in validated)
        {
            if (entry.SecurityToken.ValidTo <= now)
            {
                validated.TryRemove(key, out _);
            }
        }
        // Full of live tokens: start again rather than grow without bound.
        if (validated.Count >= MaxEntries)
        {
            validated.Clear();
        }
    }

    private static async Task<bool> StillPublishedAsync(SecurityKey signingKey, TokenValidationParameters parameters)
    {
        if (ReferenceEquals(parameters.IssuerSigningKey, signingKey) || parameters.IssuerSigningKeys?.Contains(signingKey) == true)
        {
            return true;
        }
        // JwtBearer hands the handler the realm's configuration manager rather than its keys.
        return parameters.ConfigurationManager is { } realm
            && (await realm.GetBaseConfigurationAsync(CancellationToken.None)).SigningKeys.Contains(signingKey);
    }
}
