using System.Globalization;

namespace Ledningssystem.ServiceDefaults.Api;

/// <summary>Dates as the API and the events carry them: ISO 8601 (yyyy-MM-dd), empty for none.</summary>
public static class IsoDates
{
    public const string Format = "yyyy-MM-dd";

    public static string ToIso(this DateOnly? date) => date?.ToString(Format, CultureInfo.InvariantCulture) ?? "";

    public static string ToIso(this DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string value) =>
        DateOnly.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool IsDate(string value) => value.Length == 0 || Parse(value) is not null;
}
