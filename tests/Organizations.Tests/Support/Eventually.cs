namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>Waits for state that another process reaches asynchronously (event delivery).</summary>
public static class Eventually
{
    public static async Task EqualsAsync<T>(Func<Task<T>> probe, T expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var actual = await probe();
        while (!EqualityComparer<T>.Default.Equals(actual, expected) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            actual = await probe();
        }
        Assert.Equal(expected, actual);
    }
}
