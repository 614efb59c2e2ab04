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
    public const string Realm = "ledningssystem";
    public const string Audience = "ledningssystem";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private ServerProcess? issuer;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("dev-token-issuer-").FullName;

    public static string IssuerDll => Path.Combine(AppContext.BaseDirectory, "DevTokenIssuer.dll");

    public static DemoRealm DemoRealm { get; } = DemoRealm.Load(Path.Combine(AppContext.BaseDirectory, DemoRealm.FileName));

    public string Issuer { get; private set; } = "";

    public RecordsServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = FreePorts.Take(1)[0];
        issuer = await StartIssuerAsync(port, DataDirectory);
        Issuer = $"http://127.0.0.1:{port}/realms/{Realm}";
        Server = await RecordsServer.StartAsync(Issuer, Audience);
        await Server.ReplicateAsync(ReplicateDemoRealmAsync);
    }

    public static Task<ServerProcess> StartIssuerAsync(int port, string dataDirectory) => ServerProcess.StartAsync(
        "dotnet",
        [IssuerDll, "--environment", "Development", "--port", port.ToString(CultureInfo.InvariantCulture), "--Platform:DataDirectory", dataDirectory],
        readyMarker: "listening",
        timeout: TimeSpan.FromSeconds(60));

    public Task<HttpResponseMessage> RequestTokenAsync(IReadOnlyDictionary<string, string> form) =>
        Http.PostAsync(new Uri($"{Issuer}/protocol/openid-connect/token"), new FormUrlEncodedContent(form));

    public async Task<string> PasswordTokenAsync(string username)
    {
        using var response = await RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = DemoRealm.PasswordClients[0],
            ["username"] = username,
            ["password"] = DemoRealm.DemoPassword,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

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
        Directory.Delete(DataDirectory, recursive: true);
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
