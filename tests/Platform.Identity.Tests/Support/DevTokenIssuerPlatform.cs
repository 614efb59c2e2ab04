using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Ledningssystem.DevTokenIssuer.Realm;
using Ledningssystem.Identity.Tests.Server;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.Testing;

namespace Ledningssystem.Identity.Tests.Support;

/// <summary>
/// The DevTokenIssuer as a process (as AppHost runs it) with its own data folder, and the records service
/// trusting it, with the demo realm's tenants, units and role assignments replicated as the Organizations
/// seed will publish them.
/// </summary>
public sealed class DevTokenIssuerPlatform : IAsyncLifetime
{
    public const string Realm = DevTokenIssuerProcess.Realm;
    public const string Audience = DevTokenIssuerProcess.Audience;

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private DevTokenIssuerProcess? issuer;

    public static DemoRealm DemoRealm { get; } = DemoRealm.Load(Path.Combine(AppContext.BaseDirectory, DemoRealm.FileName));

    public string Issuer => issuer!.Issuer;

    public string DataDirectory => issuer!.DataDirectory;

    public RecordsServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        issuer = await DevTokenIssuerProcess.StartAsync();
        Server = await RecordsServer.StartAsync(Issuer, Audience);
        await Server.ReplicateAsync(ReplicateDemoRealmAsync);
    }

    public Task<HttpResponseMessage> RequestTokenAsync(IReadOnlyDictionary<string, string> form) => issuer!.RequestTokenAsync(form);

    public Task<string> PasswordTokenAsync(string username) => issuer!.PasswordTokenAsync(username);

    public static async Task<string> KeyIdAsync(string issuerUrl)
    {
        var jwks = await Http.GetFromJsonAsync<JsonElement>(new Uri($"{issuerUrl}/protocol/openid-connect/certs"));
        return jwks.GetProperty("keys")[0].GetProperty("kid").GetString()!;
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        if (issuer is not null)
        {
            await issuer.DisposeAsync();
        }
    }

    private static async Task ReplicateDemoRealmAsync(IAccessModelWriter writer)
    {
        foreach (var tenant in DemoRealm.Tenants)
        {
            await writer.UpsertTenantAsync(tenant.Id, tenant.Name, suspended: false);
        }
        foreach (var unit in DemoRealm.Units)
        {
            await writer.UpsertUnitAsync(unit.Tenant, unit.Id, unit.Name, unit.Parent);
        }
        foreach (var user in DemoRealm.Users.Concat(DemoRealm.ServiceAccounts.Select(s => s.Account)))
        {
            await writer.AssignRoleAsync(new RoleAssignment(
                user.Tenant, "demo-" + user.Username, user.Sub, Enum.Parse<Role>(user.Role), user.Unit, DateTimeOffset.UtcNow.AddDays(-1), null));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DevTokenIssuerGroup : ICollectionFixture<DevTokenIssuerPlatform>
{
    public const string Name = "dev-token-issuer";
}
