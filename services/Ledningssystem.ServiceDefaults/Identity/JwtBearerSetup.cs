using System.Buffers.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ledningssystem.ServiceDefaults.Identity;

/// <summary>
/// JwtBearer against the realm's discovery document and JWKS, strict: exact issuer and audience, signed tokens
/// only with RS256 or ES256 and a <c>kid</c> the JWKS names, expiry required, 30 s clock skew. A validated token's
/// Keycloak claims become the platform's principal; a token the platform cannot accept is refused, and every
/// refusal's reason is logged here (callers only learn that they must log in).
/// </summary>
internal sealed partial class JwtBearerSetup(IOptions<IdentityProviderOptions> identity, ILogger<JwtBearerSetup> logger)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }
        var settings = identity.Value;
        options.Authority = settings.Authority;
        options.Audience = settings.Audience;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        options.MapInboundClaims = false;
        options.IncludeErrorDetails = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Authority.TrimEnd('/'),
            ValidAudience = settings.Audience,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
            TryAllIssuerSigningKeys = false,
            ValidateIssuerSigningKey = true,
            NameClaimType = CallerClaims.UserName,
            RoleClaimType = CallerClaims.Role,
        };
        var clientId = settings.EffectiveClientId;
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                MapClaims(context, clientId);
                return Task.CompletedTask;
            },
            OnAuthenticationFailed = context =>
            {
                LogRejected(logger, context.Exception.Message);
                return Task.CompletedTask;
            },
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    private void MapClaims(TokenValidatedContext context, string clientId)
    {
        try
        {
            if (context.SecurityToken is not JsonWebToken token)
            {
                throw new TokenRefusedException($"unexpected token type {context.SecurityToken.GetType().Name}");
            }
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.EncodedPayload));
            context.Principal = CallerClaims.ToPrincipal(KeycloakClaims.Read(payload.RootElement, clientId), context.Scheme.Name);
        }
        catch (TokenRefusedException refused)
        {
            LogRejected(logger, refused.Message);
            context.Fail(refused);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bearer token rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}
