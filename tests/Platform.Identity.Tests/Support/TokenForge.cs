using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Ledningssystem.Identity.Tests.Support;

/// <summary>Compact JWS tokens with any header, payload and key: what an attacker or a misconfigured issuer sends.</summary>
public static class TokenForge
{
    public static string Rsa(JsonObject payload, RSA key, string kid, string alg = "RS256")
    {
        var hash = alg switch
        {
            "RS256" => HashAlgorithmName.SHA256,
            "RS512" => HashAlgorithmName.SHA512,
            _ => throw new ArgumentOutOfRangeException(nameof(alg), alg, "RS256 or RS512"),
        };
        return Sign(Header(alg, kid), payload, input => key.SignData(input, hash, RSASignaturePadding.Pkcs1));
    }

    public static string Hs256(JsonObject payload, byte[] secret, string kid) =>
        Sign(Header("HS256", kid), payload, input => HMACSHA256.HashData(secret, input));

    /// <summary><c>alg: none</c> with an empty signature.</summary>
    public static string AlgNone(JsonObject payload) => Sign(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" }, payload, _ => []);

    /// <summary>The token with its payload replaced and its original signature kept.</summary>
    public static string WithPayload(string token, JsonObject payload)
    {
        var parts = token.Split('.');
        return $"{parts[0]}.{Encode(payload)}.{parts[2]}";
    }

    public static JsonObject HeaderOf(string token) => Part(token, 0);

    public static JsonObject PayloadOf(string token) => Part(token, 1);

    private static JsonObject Part(string token, int index) => JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[index]))!.AsObject();

    private static JsonObject Header(string alg, string kid) => new() { ["alg"] = alg, ["typ"] = "JWT", ["kid"] = kid };

    private static string Sign(JsonObject header, JsonObject payload, Func<byte[], byte[]> signature)
    {
        var input = Encode(header) + "." + Encode(payload);
        return input + "." + Base64Url.EncodeToString(signature(Encoding.ASCII.GetBytes(input)));
    }

    private static string Encode(JsonObject part) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(part.ToJsonString()));
}
