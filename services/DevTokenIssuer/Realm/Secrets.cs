using System.Security.Cryptography;
using System.Text;

namespace Ledningssystem.DevTokenIssuer.Realm;

internal static class Secrets
{
    /// <summary>Compares a given password or client secret with the expected one in constant time.</summary>
    public static bool AreEqual(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
