using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace Ledningssystem.Testing;

/// <summary>
/// The development token issuer (services/DevTokenIssuer) as a process, as AppHost runs it, with its own data
/// folder; hands out demo users' access tokens. The test project must reference DevTokenIssuer.csproj so that
/// DevTokenIssuer.dll sits beside the tests.
/// </summary>
public sealed class DevTokenIssuerProcess : IAsyncDisposable
{
    public const string Realm = "ledningssystem";
    public const string Audience = "ledningssystem";
    public const string PasswordClient = "ledningssystem-web";
    public const string DemoPassword = "demo";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private readonly ServerProcess process;
    private readonly ConcurrentDictionary<string, Task<string>> demoTokens = new();
    private readonly bool ownsDataDirectory;

    private DevTokenIssuerProcess(ServerProcess process, string dataDirectory, bool ownsDataDirectory, int port)
    {
        this.process = process;
        this.ownsDataDirectory = ownsDataDirectory;
        DataDirectory = dataDirectory;
        Issuer = $"http://127.0.0.1:{port}/realms/{Realm}";
    }

    /// <summary>Where the issuer keeps its signing key; a second issuer started on it signs with the same key.</summary>
    public string DataDirectory { get; }

    public static string IssuerDll => Path.Combine(AppContext.BaseDirectory, "DevTokenIssuer.dll");

    /// <summary>The issuer URL, i.e. the value services take as Identity:Authority.</summary>
    public string Issuer { get; }

    /// <summary>Configuration a service under test needs to trust this issuer.</summary>
    public IReadOnlyDictionary<string, string?> IdentitySettings => new Dictionary<string, string?>
    {
        ["Identity:Authority"] = Issuer,
        ["Identity:Audience"] = Audience,
        ["Identity:RequireHttpsMetadata"] = "false",
    };

    public static async Task<DevTokenIssuerProcess> StartAsync(int? port = null, string? dataDirectory = null)
    {
        var chosenPort = port ?? FreePorts.Take(1)[0];
        var folder = dataDirectory ?? Directory.CreateTempSubdirectory("dev-token-issuer-").FullName;
        var process = await ServerProcess.StartAsync(
            "dotnet",
            [IssuerDll, "--environment", "Development", "--port", chosenPort.ToString(CultureInfo.InvariantCulture), "--Platform:DataDirectory", folder],
            readyMarker: "listening",
            timeout: TimeSpan.FromSeconds(60));
        return new DevTokenIssuerProcess(process, folder, ownsDataDirectory: dataDirectory is null, chosenPort);
    }

    public Task<HttpResponseMessage> RequestTokenAsync(IReadOnlyDictionary<string, string> form) =>
        Http.PostAsync(new Uri($"{Issuer}/protocol/openid-connect/token"), new FormUrlEncodedContent(form));

    /// <summary>A demo user's access token (password grant with the demo password).</summary>
    public Task<string> PasswordTokenAsync(string username) => AccessTokenAsync(username, new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["client_id"] = PasswordClient,
        ["username"] = username,
        ["password"] = DemoPassword,
    });

    /// <summary>Another system's access token: the client-credentials grant of a service account in demo-realm.json.</summary>
    public Task<string> ServiceAccountTokenAsync(string clientId, string secret) => AccessTokenAsync(clientId, new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = secret,
    });

    private async Task<string> AccessTokenAsync(string forWhom, IReadOnlyDictionary<string, string> form)
    {
        using var response = await RequestTokenAsync(form);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token for {forWhom} refused: {(int)response.StatusCode} {body}");
        }
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A demo user's access token, requested once and reused: fixtures call as the same users in many tests.</summary>
    public Task<string> DemoTokenAsync(string username) => demoTokens.GetOrAdd(username, PasswordTokenAsync);

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        if (ownsDataDirectory)
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
