namespace Ledningssystem.ServiceDefaults.Calendar;

/// <summary>
/// Days as Swedish staff see them: dates and working days in Swedish local time (Europe/Stockholm, summer time
/// included), with the Swedish public holidays and the days off that agreements treat alike (midsommarafton,
/// julafton, nyårsafton).
/// </summary>
public static class SwedishCalendar
{
    private static readonly TimeZoneInfo Sweden = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>The date in Sweden now.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The date in Sweden at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToSwedishTime(instant).DateTime);

    /// <summary>Midnight in Sweden at the start of <paramref name="date"/> (summer time changes at 02:00 or 03:00, never at midnight).</summary>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Sweden.GetUtcOffset(midnight));
    }

    /// <summary>The instant in Swedish local time, with the UTC offset in force then.</summary>
    public static DateTimeOffset ToSwedishTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Sweden);

    /// <summary>
    /// Nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag,
    /// pingstdagen, nationaldagen, midsommarafton, midsommardagen, alla helgons dag, julafton, juldagen,
    /// annandag jul and nyårsafton. Other Sundays are not listed here.
    /// </summary>
    public static bool IsPublicHoliday(DateOnly date) => (date.Month, date.Day, date.DayOfWeek) switch
    {
        (1, 1, _) or (1, 6, _) or (5, 1, _) or (6, 6, _) or (12, 24, _) or (12, 25, _) or (12, 26, _) or (12, 31, _) => true,
        (6, >= 19 and <= 25, DayOfWeek.Friday) or (6, >= 20 and <= 26, DayOfWeek.Saturday) => true,
        (10, 31, DayOfWeek.Saturday) or (11, <= 6, DayOfWeek.Saturday) => true,
        _ => (date.DayNumber - EasterSunday(date.Year).DayNumber) is -2 or 0 or 1 or 39 or 49,
    };

    /// <summary>Monday to Friday, unless a public holiday.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(date);

    /// <summary>
    /// The instant <paramref name="days"/> working days after <paramref name="start"/>, at the same Swedish clock
    /// time, in Swedish time (its offset is the one in force on that day, so across a summer-time change the
    /// elapsed time is an hour more or less). The start's own date never counts, working day or not: the days counted
    /// are the working days after it, so a start on a non-working day counts from the next working day, and Friday,
    /// Saturday and Sunday plus one working day are all due on Monday (if a working day). Zero days is the start.
    /// </summary>
    public static DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
        {
            return ToSwedishTime(start);
        }
        var local = ToSwedishTime(start).DateTime;
        var date = DateOnly.FromDateTime(local);
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }
        // Summer time starts and ends on Sundays, so a working day's clock time always exists and is never ambiguous.
        var due = date.ToDateTime(TimeOnly.FromDateTime(local));
        return new DateTimeOffset(due, Sweden.GetUtcOffset(due));
    }

    /// <summary>Påskdagen by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
