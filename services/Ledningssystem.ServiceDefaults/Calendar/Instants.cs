namespace Ledningssystem.ServiceDefaults.Calendar;

/// <summary>
/// Instants in whole milliseconds, a precision both databases keep (SQLite's stored ticks 0.1 ms, PostgreSQL 1 µs):
/// an entity then reads back exactly as it was answered, and a repeated request's dates compare equal to the stored.
/// </summary>
public static class Instants
{
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    /// <summary>The clock's present instant in whole milliseconds, in UTC.</summary>
    public static DateTimeOffset Now(this TimeProvider clock) => Truncate(clock.GetUtcNow());
}
