namespace Ledningssystem.Platform.Events.Tests.Host;

/// <summary>
/// The system clock moved forward on request (POST /clock/advance), so that a test lets an hour of the relay's retry
/// schedule pass in seconds. Timers and delays still run in real time; only what the platform reads as "now" moves.
/// </summary>
internal sealed class AdjustableClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    /// <summary>Moves "now" forward and returns it in Unix milliseconds.</summary>
    public long Advance(TimeSpan by)
    {
        Interlocked.Add(ref offsetTicks, by.Ticks);
        return GetUtcNow().ToUnixTimeMilliseconds();
    }
}
