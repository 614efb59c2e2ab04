using Ledningssystem.Platform.Events.Tests.Host.Contracts;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Platform.Events.Tests.Host;

/// <summary>
/// With Burst:Total set, commits counter increments one transaction each (round robin over eight counters of
/// tenant "burst") until that many are committed, continuing where an earlier, killed run stopped.
/// Prints "burst attempt N" before each transaction, so a test can kill it mid-burst.
/// </summary>
internal sealed class BurstWriter(IServiceScopeFactory scopes, IConfiguration configuration, IHostApplicationLifetime lifetime) : BackgroundService
{
    public const string Tenant = "burst";
    private const int Counters = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var total = configuration.GetValue<int>("Burst:Total");
        await WhenStartedAsync(stoppingToken);
        using var tenant = TenantContext.Use(Tenant);
        for (var attempt = await CommittedAsync(stoppingToken) + 1; attempt <= total && !stoppingToken.IsCancellationRequested; attempt++)
        {
            Console.WriteLine($"burst attempt {attempt}");
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HostDb>();
            var publisher = scope.ServiceProvider.GetRequiredService<IEventPublisher>();
            var id = $"counter-{attempt % Counters}";
            var counter = await db.Counters.FindAsync([id], stoppingToken);
            if (counter is null)
            {
                counter = new Counter { Id = id };
                db.Counters.Add(counter);
            }
            counter.Value++;
            publisher.Publish(new CounterIncremented { CounterId = id, Value = counter.Value }, id);
            await db.SaveChangesAsync(stoppingToken);
        }
        Console.WriteLine("burst done");
    }

    private async Task<long> CommittedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HostDb>().Counters.SumAsync(c => c.Value, cancellationToken);
    }

    private Task WhenStartedAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(started.SetResult);
        return started.Task.WaitAsync(cancellationToken);
    }
}
