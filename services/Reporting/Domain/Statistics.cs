namespace Ledningssystem.Reporting.Domain;

/// <summary>The source cases the read model follows.</summary>
public enum CaseType
{
    Incident = 1,
    Complaint = 2,
}

/// <summary>What a counter counts (the contract's Subject).</summary>
public enum Subject
{
    Incidents = 1,
    Complaints = 2,

    /// <summary>Complaints per category: a complaint with two categories counts in both.</summary>
    ComplaintCategories = 3,

    /// <summary>Egenkontroll carried out, with their compliance scores.</summary>
    Inspections = 4,

    /// <summary>Findings of egenkontroll by severity.</summary>
    InspectionFindings = 5,

    /// <summary>Risks in the register by level.</summary>
    Risks = 6,
}

/// <summary>A case's status as its events tell it.</summary>
public enum CaseStatus
{
    New = 1,
    InProgress = 2,
    Closed = 3,
}

/// <summary>
/// One cell of the pre-aggregated statistics: a case contributes one count to each of its cells. <see cref="Month"/>
/// is <see cref="Months"/>' yyyymm number; <see cref="Kind"/> and <see cref="Category"/> are empty when not known.
/// <see cref="Verksamhetsform"/> is a Verksamhetsform's protobuf name, or <see cref="AllVerksamhetsformer"/> for the
/// cell that counts the case whatever its unit runs.
/// </summary>
public readonly record struct CounterKey(
    Subject Subject, string UnitId, int Month, string Kind, string Category, CaseStatus Status, string Verksamhetsform = CounterKey.AllVerksamhetsformer)
{
    /// <summary>The unit id of the cells that sum every unit of the tenant (no unit has an empty id).</summary>
    public const string WholeTenant = "";

    /// <summary>The verksamhetsform of the cells that count every case, whichever verksamhetsformer its unit runs.</summary>
    public const string AllVerksamhetsformer = "";

    /// <summary>The same cell summed over the whole tenant, kept beside the unit's so that a tenant's figures read few rows.</summary>
    public CounterKey ForWholeTenant => this with { UnitId = WholeTenant };

    /// <summary>The same cell counted in one of the unit's verksamhetsformer, kept beside the cell of all of them.</summary>
    public CounterKey In(string verksamhetsform) => this with { Verksamhetsform = verksamhetsform };
}

/// <summary>Whole months as yyyymm numbers, so that a period is a range the counters' key orders.</summary>
public static class Months
{
    public static int Of(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return Of(utc.Year, utc.Month);
    }

    public static int Of(DateOnly day) => Of(day.Year, day.Month);

    public static int Of(int year, int month) => (year * 100) + month;

    public static int Year(int month) => month / 100;

    /// <summary>Months from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static int Span(int from, int to) => ((Year(to) - Year(from)) * 12) + (to % 100) - (from % 100) + 1;

    public static int AddYears(int month, int years) => month + (years * 100);

    public static int AddMonths(int month, int count)
    {
        var index = (Year(month) * 12) + (month % 100) - 1 + count;
        return Of(index / 12, (index % 12) + 1);
    }

    public static string Format(int month) => $"{Year(month):D4}-{month % 100:D2}";

    /// <summary>"YYYY-MM" as a month number, or null when it is not one.</summary>
    public static int? Parse(string text) =>
        text.Length == 7 && text[4] == '-'
            && int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
            && year >= 1900 && month is >= 1 and <= 12
            ? Of(year, month)
            : null;
}
