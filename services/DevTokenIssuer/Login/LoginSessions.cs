using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Ledningssystem.DevTokenIssuer.Realm;
using Microsoft.Extensions.Options;

namespace Ledningssystem.DevTokenIssuer.Login;

/// <summary>A login (Keycloak's user session): who, and until when it lasts without use.</summary>
internal sealed record LoginSession(string Id, DemoUser User, DateTimeOffset IdleUntil);

/// <summary>An issued authorization code: single use, for one client, redirect URI and PKCE challenge.</summary>
internal sealed record AuthorizationCode(
    LoginSession Session, string ClientId, string RedirectUri, string CodeChallenge, bool OpenId, string? Nonce, DateTimeOffset ExpiresAt);

/// <summary>
/// The issuer's logins, authorization codes and refresh tokens, in memory like a single Keycloak node without
/// persistent sessions: a restart logs everyone out. Codes live 60 seconds (Keycloak's default) and are used once;
/// a refresh token is valid while its login is (ended by logout or <see cref="IssuerSettings.SessionIdleTimeout"/>).
/// </summary>
internal sealed class LoginSessions(IOptions<IssuerSettings> options, TimeProvider clock)
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, LoginSession> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AuthorizationCode> codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string SessionId, string ClientId)> refreshTokens = new(StringComparer.Ordinal);

    public LoginSession Start(DemoUser user)
    {
        var session = new LoginSession(RandomHandle(), user, IdleUntil());
        sessions[session.Id] = session;
        return session;
    }

    /// <summary>The live login with this id, its idle time restarted; null if it ended or never was.</summary>
    public LoginSession? Touch(string? sessionId)
    {
        if (sessionId is null || !sessions.TryGetValue(sessionId, out var session))
        {
            return null;
        }
        if (session.IdleUntil <= clock.GetUtcNow())
        {
            End(sessionId);
            return null;
        }
        var touched = session with { IdleUntil = IdleUntil() };
        sessions[sessionId] = touched;
        return touched;
    }

    public void End(string sessionId)
    {
        sessions.TryRemove(sessionId, out _);
        foreach (var (token, owner) in refreshTokens)
        {
            if (owner.SessionId == sessionId)
            {
                refreshTokens.TryRemove(token, out _);
            }
        }
    }

    public string IssueCode(LoginSession session, string clientId, string redirectUri, string codeChallenge, bool openId, string? nonce)
    {
        var code = RandomHandle();
        codes[code] = new AuthorizationCode(session, clientId, redirectUri, codeChallenge, openId, nonce, clock.GetUtcNow() + CodeLifetime);
        return code;
    }

    /// <summary>The code's grant, removed so it cannot be used twice; null if unknown, used or expired.</summary>
    public AuthorizationCode? Redeem(string code) =>
        codes.TryRemove(code, out var grant) && grant.ExpiresAt > clock.GetUtcNow() ? grant : null;

    public string IssueRefreshToken(LoginSession session, string clientId)
    {
        var token = RandomHandle();
        refreshTokens[token] = (session.Id, clientId);
        return token;
    }

    /// <summary>The live login a refresh token belongs to, if it was issued to this client; null otherwise.</summary>
    public LoginSession? Refresh(string refreshToken, string clientId) =>
        refreshTokens.TryGetValue(refreshToken, out var owner) && owner.ClientId == clientId ? Touch(owner.SessionId) : null;

    public int SecondsIdle => (int)options.Value.SessionIdleTimeout.TotalSeconds;

    private DateTimeOffset IdleUntil() => clock.GetUtcNow() + options.Value.SessionIdleTimeout;

    private static string RandomHandle() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
