namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>When to try a failed delivery again.</summary>
internal static class RetryBackoff
{
    /// <summary>
    /// Doubles from <paramref name="initial"/> per failed attempt up to <paramref name="max"/>, then keeps a random
    /// half of it ("equal jitter") so that events that failed together do not all come back at once.
    /// </summary>
    public static TimeSpan After(int failedAttempts, TimeSpan initial, TimeSpan max)
    {
        var ceiling = Math.Min(initial.TotalMilliseconds * Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30)), max.TotalMilliseconds);
#pragma warning disable CA5394 // jitter needs spread, not unpredictability
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
#pragma warning restore CA5394
    }
}
