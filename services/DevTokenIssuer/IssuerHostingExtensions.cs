using System.Net;
using Ledningssystem.DevTokenIssuer.Login;
using Ledningssystem.DevTokenIssuer.Realm;
using Ledningssystem.DevTokenIssuer.Signing;
using Ledningssystem.DevTokenIssuer.Tokens;
using Microsoft.Extensions.Options;

namespace Ledningssystem.DevTokenIssuer;

internal static class IssuerHostingExtensions
{
    /// <summary>
    /// Loopback only, on DevTokenIssuer:Port; the demo realm from the output folder; the signing key under
    /// Platform:DataDirectory (default ./.data), created on first start.
    /// </summary>
    public static WebApplicationBuilder AddDevTokenIssuer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IssuerSettings>()
            .BindConfiguration(IssuerSettings.SectionName)
            .Validate(s => s.Port is > 0 and <= 65535, "DevTokenIssuer:Port must be a port number.")
            .Validate(s => s.TokenLifetime > TimeSpan.Zero, "DevTokenIssuer:TokenLifetime must be positive.")
            .ValidateOnStart();
        var port = builder.Configuration.GetValue($"{IssuerSettings.SectionName}:{nameof(IssuerSettings.Port)}", new IssuerSettings().Port);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        var dataDirectory = Path.GetFullPath(builder.Configuration["Platform:DataDirectory"] ?? ".data");
        services.AddSingleton(_ => SigningKey.LoadOrCreate(Path.Combine(dataDirectory, "dev-token-issuer", "signing-key.pem")));
        services.AddSingleton(_ => DemoRealm.Load(Path.Combine(AppContext.BaseDirectory, DemoRealm.FileName)));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AccessTokenFactory>();
        services.AddSingleton<TokenEndpoint>();
        services.AddSingleton<LoginSessions>();
        services.AddSingleton<AuthorizationEndpoint>();
        services.AddSingleton<LogoutEndpoint>();
        return builder;
    }

    public static string IssuerOf(this WebApplication app) => app.Services.GetRequiredService<IOptions<IssuerSettings>>().Value.Issuer;
}
