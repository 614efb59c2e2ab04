namespace Ledningssystem.Complaints.Domain;

/// <summary>Sizes of what callers write; validators refuse more and the columns hold exactly this much.</summary>
public static class Limits
{
    public const int IdLength = 100;
    public const int UserIdLength = 200;
    public const int NameLength = 200;
    public const int Subject = 200;
    public const int LongText = 4000;
    public const int ShortText = 2000;
    public const int Email = 254;
    public const int Phone = 40;
    public const int PostalAddress = 500;
    public const int CategoryName = 100;
    public const int Categories = 10;
    public const int Reference = 12;
    public const int FollowUpCode = 40;
    public const int CodeHash = 64;

    /// <summary>The earliest instant an incident raised from a complaint may have occurred; the latest is now.</summary>
    public static readonly DateTimeOffset EarliestOccurredAt = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
