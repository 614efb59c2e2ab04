namespace Ledningssystem.Platform.Events.Tests.Support;

/// <summary>Waits for something that happens asynchronously in another process.</summary>
public static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}; last seen: {value}");
            }
            await Task.Delay(100);
        }
    }

    public static Task<List<T>> WaitForCountAsync<T>(Func<Task<List<T>>> probe, int count, TimeSpan timeout, string what) =>
        WaitForAsync(probe, rows => rows.Count >= count, timeout, $"{count} {what}");
}
