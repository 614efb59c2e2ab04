namespace Ledningssystem.Documents.Api;

/// <summary>Dates as Swedish staff see them: effective and review dates are days in Sweden, not in UTC.</summary>
public static class SwedishCalendar
{
    private static readonly TimeZoneInfo Sweden = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Sweden).DateTime);
}
