using System.Globalization;
using Ledningssystem.ServiceDefaults.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Platform.Tests;

public sealed class SwedishCalendarTests
{
    private static readonly string[] Holidays =
    [
        "2026-01-01", "2026-01-06", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-24",
        "2026-06-06", "2026-06-19", "2026-06-20", "2026-10-31", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31",
        "2027-01-01", "2027-01-06", "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-16",
        "2027-06-06", "2027-06-25", "2027-06-26", "2027-11-06", "2027-12-24", "2027-12-25", "2027-12-26", "2027-12-31",
    ];

    public static TheoryData<string> Holidays2026And2027 => new(Holidays);

    [Theory]
    [MemberData(nameof(Holidays2026And2027))]
    public void Every_holiday_of_2026_and_2027_is_a_public_holiday_and_no_working_day(string date)
    {
        Assert.True(SwedishCalendar.IsPublicHoliday(Date(date)));
        Assert.False(SwedishCalendar.IsWorkingDay(Date(date)));
    }

    [Fact]
    public void No_other_day_of_2026_and_2027_is_a_public_holiday()
    {
        var holidays = Holidays.Select(Date).ToHashSet();
        for (var date = Date("2026-01-01"); date.Year < 2028; date = date.AddDays(1))
        {
            Assert.True(holidays.Contains(date) == SwedishCalendar.IsPublicHoliday(date), $"{date:yyyy-MM-dd}");
        }
    }

    [Theory]
    [InlineData("2026-06-18")] // the Thursday before midsommarafton
    [InlineData("2026-10-30")] // the Friday before alla helgons dag
    [InlineData("2027-11-01")] // a Monday; alla helgons dag 2027 is Saturday 6 November
    [InlineData("2026-04-02")] // skärtorsdagen
    public void Weekdays_that_are_not_holidays_are_working_days(string date) =>
        Assert.True(SwedishCalendar.IsWorkingDay(Date(date)));

    [Theory]
    [InlineData("2026-03-07")]
    [InlineData("2026-03-08")]
    public void Weekends_are_no_working_days(string date) => Assert.False(SwedishCalendar.IsWorkingDay(Date(date)));

    [Theory]
    [InlineData("2026-04-02T10:00:00+02:00", 1, "2026-04-07T10:00:00+02:00")] // Easter: skärtorsdag to the Tuesday after
    [InlineData("2026-05-13T10:00:00+02:00", 1, "2026-05-15T10:00:00+02:00")] // over Kristi himmelsfärdsdag
    [InlineData("2026-06-18T09:30:00+02:00", 1, "2026-06-22T09:30:00+02:00")] // over midsommarafton
    [InlineData("2026-12-23T16:00:00+01:00", 1, "2026-12-28T16:00:00+01:00")] // over Christmas
    [InlineData("2026-12-30T08:00:00+01:00", 1, "2027-01-04T08:00:00+01:00")] // over nyårsafton and nyårsdagen
    [InlineData("2027-01-05T08:00:00+01:00", 1, "2027-01-07T08:00:00+01:00")] // over trettondedag jul
    [InlineData("2026-03-02T12:00:00+01:00", 14, "2026-03-20T12:00:00+01:00")] // two plain weeks
    [InlineData("2026-03-02T12:00:00+01:00", 0, "2026-03-02T12:00:00+01:00")]
    [InlineData("2026-10-25T02:30:00+02:00", 0, "2026-10-25T02:30:00+02:00")] // zero days keeps even an hour that occurs twice
    public void Working_days_skip_weekends_and_holidays(string start, int days, string due) =>
        AssertSame(Instant(due), SwedishCalendar.AddWorkingDays(Instant(start), days));

    [Theory]
    [InlineData("2026-03-13T10:00:00+01:00")] // Friday
    [InlineData("2026-03-14T10:00:00+01:00")] // Saturday
    [InlineData("2026-03-15T10:00:00+01:00")] // Sunday
    public void The_start_day_never_counts_so_Friday_and_the_weekend_plus_one_are_Monday(string start) =>
        AssertSame(Instant("2026-03-16T10:00:00+01:00"), SwedishCalendar.AddWorkingDays(Instant(start), 1));

    [Fact]
    public void A_start_on_a_holiday_counts_from_the_next_working_day()
    {
        AssertSame(Instant("2026-04-08T10:00:00+02:00"), SwedishCalendar.AddWorkingDays(Instant("2026-04-03T10:00:00+02:00"), 2));
    }

    [Fact]
    public void Days_are_counted_in_Swedish_time_not_UTC()
    {
        // Friday 23:30 UTC is Saturday 00:30 in Sweden, so the due day is Monday, not Tuesday.
        var due = SwedishCalendar.AddWorkingDays(Instant("2026-03-13T23:30:00Z"), 1);

        AssertSame(Instant("2026-03-16T00:30:00+01:00"), due);
    }

    [Theory]
    [InlineData("2026-03-27T15:00:00+01:00", 2, 71)] // summer time starts on Sunday 29 March
    [InlineData("2026-10-23T15:00:00+02:00", 1, 73)] // summer time ends on Sunday 25 October
    public void Across_a_summer_time_change_the_clock_time_stays_and_the_offset_changes(string friday, int offsetHours, int elapsedHours)
    {
        var start = Instant(friday);

        var due = SwedishCalendar.AddWorkingDays(start, 1);

        Assert.Equal(start.DateTime.AddDays(3), due.DateTime);
        Assert.Equal(TimeSpan.FromHours(offsetHours), due.Offset);
        Assert.Equal(TimeSpan.FromHours(elapsedHours), due - start);
    }

    [Fact]
    public void Negative_days_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishCalendar.AddWorkingDays(Instant("2026-03-02T12:00:00Z"), -1));

    [Fact]
    public void Today_is_the_date_in_Sweden()
    {
        Assert.Equal(Date("2026-06-19"), SwedishCalendar.Today(new FakeTimeProvider(Instant("2026-06-18T22:30:00Z"))));
        Assert.Equal(Date("2026-12-31"), SwedishCalendar.Today(new FakeTimeProvider(Instant("2026-12-31T22:30:00Z"))));
    }

    [Fact]
    public void A_day_starts_at_Swedish_midnight_and_an_instant_has_its_Swedish_date()
    {
        AssertSame(DateTimeOffset.Parse("2026-01-15T00:00:00+01:00", CultureInfo.InvariantCulture), SwedishCalendar.StartOfDay(Date("2026-01-15")));
        AssertSame(DateTimeOffset.Parse("2026-07-15T00:00:00+02:00", CultureInfo.InvariantCulture), SwedishCalendar.StartOfDay(Date("2026-07-15")));
        Assert.Equal(Date("2026-07-16"), SwedishCalendar.DateOf(Instant("2026-07-15T22:00:00Z")));
        Assert.Equal(Date("2026-07-15"), SwedishCalendar.DateOf(Instant("2026-07-15T21:59:59Z")));
    }

    [Fact]
    public void Swedish_time_carries_the_offset_in_force()
    {
        Assert.Equal(TimeSpan.FromHours(1), SwedishCalendar.ToSwedishTime(Instant("2026-03-29T00:59:00Z")).Offset);
        Assert.Equal(TimeSpan.FromHours(2), SwedishCalendar.ToSwedishTime(Instant("2026-03-29T01:00:00Z")).Offset);
    }

    private static void AssertSame(DateTimeOffset expected, DateTimeOffset actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Offset, actual.Offset);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
