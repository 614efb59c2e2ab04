using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Ledningssystem.DevTokenIssuer.Signing;

/// <summary>
/// The issuer's RSA key, created once and kept as PKCS#8 PEM under the data folder (readable by its owner only),
/// so that tokens stay valid across restarts. Its <c>kid</c> is the RFC 7638 thumbprint of the public key.
/// </summary>
internal sealed class SigningKey : IDisposable
{
    private readonly RSA rsa;

    private SigningKey(RSA rsa)
    {
        this.rsa = rsa;
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        Modulus = Base64Url.EncodeToString(parameters.Modulus);
        Exponent = Base64Url.EncodeToString(parameters.Exponent);
        var thumbprintInput = $$"""{"e":"{{Exponent}}","kty":"RSA","n":"{{Modulus}}"}""";
        KeyId = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(thumbprintInput)));
    }

    public string KeyId { get; }

    private string Modulus { get; }

    private string Exponent { get; }

    public static SigningKey LoadOrCreate(string path)
    {
        var rsa = RSA.Create();
        try
        {
            if (!File.Exists(path))
            {
                rsa.KeySize = 2048;
                TryWrite(path, rsa.ExportPkcs8PrivateKeyPem());
            }
            rsa.ImportFromPem(File.ReadAllText(path));
            return new SigningKey(rsa);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    /// <summary>The public key as a JWK, as Keycloak's certs endpoint lists it.</summary>
    public JsonObject PublicJwk() => new()
    {
        ["kid"] = KeyId,
        ["kty"] = "RSA",
        ["alg"] = "RS256",
        ["use"] = "sig",
        ["n"] = Modulus,
        ["e"] = Exponent,
    };

    /// <summary>The payload as a compact JWS with RS256.</summary>
    public string Sign(JsonObject payload)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = KeyId };
        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>The payload of a compact JWS this key signed with RS256; null when it is malformed or the signature fails.</summary>
    public JsonObject? VerifiedPayload(string jws)
    {
        var parts = jws.Split('.');
        if (parts.Length != 3 || !Base64Url.IsValid(parts[1]) || !Base64Url.IsValid(parts[2]))
        {
            return null;
        }
        var signed = rsa.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        try
        {
            return signed ? JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])) as JsonObject : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public void Dispose() => rsa.Dispose();

    private static string Encode(JsonObject part) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(part.ToJsonString()));

    /// <summary>Writes a temporary file and renames it into place, so no reader ever sees half a key.</summary>
    private static void TryWrite(string path, string pem)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(temporary, Encoding.ASCII, options))
        {
            writer.Write(pem);
        }
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary); // another instance created the key meanwhile; LoadOrCreate reads that one
        }
    }
}
