using System.Security.Cryptography;
using System.Text;

namespace Ledningssystem.Complaints.Domain;

/// <summary>
/// The reference a sender quotes ("KL-7Q4M-X2PD") and the secret follow-up code that opens the complaint with it. Both
/// are drawn from an alphabet without the characters people confuse (0/O, 1/I/L). Only the code's SHA-256 hash is kept.
/// </summary>
public static class ComplaintCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>20 characters of 31: about 99 bits.</summary>
    public const int CodeCharacters = 20;

    public static string NewReference() => $"KL-{Random(4)}-{Random(4)}";

    /// <summary>Four groups of five, easy to copy by hand.</summary>
    public static string NewFollowUpCode()
    {
        var raw = Random(CodeCharacters);
        return string.Join('-', Enumerable.Range(0, CodeCharacters / 5).Select(i => raw.Substring(i * 5, 5)));
    }

    /// <summary>The hex SHA-256 of the code as typed, without separators and case.</summary>
    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));

    /// <summary>Whether <paramref name="code"/> hashes to <paramref name="hash"/>, in time independent of where they differ.</summary>
    public static bool Matches(string code, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code)), Encoding.ASCII.GetBytes(hash));

    /// <summary>The reference as typed: upper case, surrounding blanks removed.</summary>
    public static string NormalizeReference(string reference) => reference.Trim().ToUpperInvariant();

    private static string Normalize(string code) =>
        new([.. code.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant)]);

    private static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
