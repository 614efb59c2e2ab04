using System.Buffers.Binary;
using Ledningssystem.Rpc.Validation;

namespace Ledningssystem.ServiceDefaults.Api;

/// <summary>The platform's list conventions: page_size 0..500 (0 means the default) and opaque keyset page tokens.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static int PageSize(int requested) => requested == 0 ? DefaultPageSize : requested;

    /// <summary>A token that continues after <paramref name="lastKey"/>; its encoding is not part of the API.</summary>
    public static string Token(long lastKey)
    {
        Span<byte> bytes = stackalloc byte[9];
        bytes[0] = 1; // format version
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], lastKey);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static bool TryReadToken(string token, out long lastKey)
    {
        lastKey = 0;
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        Span<byte> bytes = stackalloc byte[12];
        if (!Convert.TryFromBase64String(base64, bytes, out var written) || written != 9 || bytes[0] != 1)
        {
            return false;
        }
        lastKey = BinaryPrimitives.ReadInt64BigEndian(bytes[1..9]);
        return true;
    }

    public static ValidationErrors Page(this ValidationErrors errors, int pageSize, string pageToken)
    {
        errors.PageSize("page_size", pageSize, MaxPageSize);
        if (pageToken.Length > 0 && !TryReadToken(pageToken, out _))
        {
            errors.Add("page_token", "Sidmarkören är ogiltig; börja om från första sidan.");
        }
        return errors;
    }
}
