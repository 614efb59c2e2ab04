namespace Ledningssystem.AppHost;

/// <summary>Waits until every process's health URL answers 200, as a person would check before using the platform.</summary>
internal static class Readiness
{
    /// <summary>The names of the processes that were not healthy when the time ran out (empty when all are).</summary>
    public static async Task<IReadOnlyList<string>> WaitAsync(IReadOnlyList<ServiceProcessOptions> services, TimeSpan timeout, Func<bool> anyExited, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var pending = services.Where(s => s.HealthUrl is not null).ToList();
        var deadline = DateTime.UtcNow + timeout;
        while (pending.Count > 0 && DateTime.UtcNow < deadline && !anyExited() && !cancellationToken.IsCancellationRequested)
        {
            foreach (var service in pending.ToList())
            {
                if (await IsHealthyAsync(http, service.HealthUrl!, cancellationToken))
                {
                    pending.Remove(service);
                }
            }
            if (pending.Count > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        return [.. pending.Select(s => s.Name)];
    }

    private static async Task<bool> IsHealthyAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(url), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
