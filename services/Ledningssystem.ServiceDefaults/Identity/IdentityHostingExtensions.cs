using Grpc.AspNetCore.Server;
using Ledningssystem.Rpc.Interceptors;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Identity;

/// <summary>
/// Token validation against the realm (configuration section "Identity"), the <see cref="ICallerAccessor"/> and
/// the data layer's <see cref="ICallerSource"/>, and <see cref="CallerInterceptor"/> on every gRPC service:
/// <code>
/// builder.AddLedningssystemRpc();
/// builder.Services.AddLedningssystemIdentity();
/// </code>
/// </summary>
public static class IdentityHostingExtensions
{
    public static IServiceCollection AddLedningssystemIdentity(this IServiceCollection services)
    {
        services.AddLedningssystemTokenValidation();
        services.AddSingleton<ICallerSource>(provider => provider.GetRequiredService<HttpCallerAccessor>());

        // After exception shielding and telemetry (so refusals are counted and nothing leaks), before validation
        // (so an unauthenticated caller learns nothing about the request's shape).
        services.AddOptions<GrpcServiceOptions>().PostConfigure(grpc =>
        {
            grpc.Interceptors.Add<CallerInterceptor>();
            var registration = grpc.Interceptors[^1];
            var validation = grpc.Interceptors.ToList().FindIndex(r => r.Type == typeof(ValidationInterceptor));
            if (validation >= 0)
            {
                grpc.Interceptors.RemoveAt(grpc.Interceptors.Count - 1);
                grpc.Interceptors.Insert(validation, registration);
            }
        });
        return services;
    }

    /// <summary>
    /// Only the token validation and the <see cref="ICallerAccessor"/>, for a host in front of the services (the
    /// gateway) that authenticates callers but runs no gRPC services and owns no data.
    /// </summary>
    public static IServiceCollection AddLedningssystemTokenValidation(this IServiceCollection services)
    {
        services.AddOptions<IdentityProviderOptions>()
            .BindConfiguration(IdentityProviderOptions.SectionName)
            .Validate(HasUsableAuthority, "Identity:Authority must be an absolute https URL (http only with Identity:RequireHttpsMetadata=false).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Audience), "Identity:Audience must be set.")
            .ValidateOnStart();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();

        services.AddHttpContextAccessor();
        services.AddSingleton<HttpCallerAccessor>();
        services.AddSingleton<ICallerAccessor>(provider => provider.GetRequiredService<HttpCallerAccessor>());
        return services;
    }

    private static bool HasUsableAuthority(IdentityProviderOptions options) =>
        Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority)
        && (authority.Scheme == Uri.UriSchemeHttps || (authority.Scheme == Uri.UriSchemeHttp && !options.RequireHttpsMetadata));
}
