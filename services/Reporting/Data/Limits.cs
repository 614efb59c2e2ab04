namespace Ledningssystem.Reporting.Data;

/// <summary>Column sizes: ids as the source services allow them, names of protobuf types and enum values.</summary>
internal static class Limits
{
    public const int IdLength = 100;
    public const int NameLength = 100;
}
