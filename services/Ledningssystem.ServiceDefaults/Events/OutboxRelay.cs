using System.Collections.Concurrent;
using System.Diagnostics;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// Delivers the outbox: in sequence order, the events of one aggregate one after another and different aggregates
/// in parallel. A failed event waits (exponential backoff with jitter) and holds back only its own aggregate's later
/// events. An event leaves the outbox only after a 2xx answer, so a crash at any point repeats deliveries at worst,
/// which the subscribers' inboxes suppress. Woken by commits in this process, otherwise it polls. Of the replicas
/// sharing a database only the one holding the <see cref="RelayLease{TContext}"/> delivers.
/// </summary>
internal sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IEventTransport transport,
    OutboxSignal signal,
    RelayLease<TContext> lease,
    EventsTelemetry telemetry,
    TimeProvider clock,
    IOptions<EventsOptions> options,
    ILogger<OutboxRelay<TContext>> logger,
    DatabaseReadiness? readiness = null) : BackgroundService
    where TContext : PlatformDbContext
{
    private EventsOptions Settings => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = Settings.PollInterval;
                try
                {
                    if (readiness is null or { IsReady: true } && await lease.TryLeadAsync(stoppingToken))
                    {
                        wait = await RelayOnceAsync(stoppingToken);
                    }
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    LogRoundFailed(logger, exception);
                }
                if (!lease.IsLeading)
                {
                    // Commits in this process are the leader's to deliver; the lease is tried on the poll interval only.
                    await Task.Delay(wait, stoppingToken);
                }
                else if (wait > TimeSpan.Zero)
                {
                    await signal.WaitAsync(wait, stoppingToken);
                }
            }
        }
        finally
        {
            await lease.ReleaseAsync();
        }
    }

    /// <summary>One round: deliver a batch, record the outcomes, and say how long to wait before the next round.</summary>
    private async Task<TimeSpan> RelayOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var batch = await OutboxQueries.Deliverable(db, clock.GetUtcNow(), Settings.BatchSize).ToListAsync(cancellationToken);
        if (batch.Count > 0)
        {
            var outcomes = new ConcurrentQueue<(OutboxMessage Message, DeliveryResult Result)>();
            try
            {
                await DeliverAsync(batch, outcomes, cancellationToken);
            }
            finally
            {
                // Also when stopping: what was delivered is recorded, so a restart repeats as little as possible.
                await RecordAsync(db, outcomes, CancellationToken.None);
            }
        }
        telemetry.SetOldestPending(await OutboxQueries.OldestPendingAsync(db, cancellationToken));
        if (batch.Count == Settings.BatchSize)
        {
            return TimeSpan.Zero;
        }
        var now = clock.GetUtcNow();
        var nextRetry = await OutboxQueries.NextRetryAsync(db, now, cancellationToken);
        return nextRetry is { } due && due - now < Settings.PollInterval ? due - now : Settings.PollInterval;
    }

    private Task DeliverAsync(List<OutboxMessage> batch, ConcurrentQueue<(OutboxMessage, DeliveryResult)> outcomes, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            batch.GroupBy(m => m.AggregateId),
            new ParallelOptions { MaxDegreeOfParallelism = Settings.MaxParallelDeliveries, CancellationToken = cancellationToken },
            async (aggregate, token) =>
            {
                foreach (var message in aggregate)
                {
                    var result = await DeliverOneAsync(message, token);
                    outcomes.Enqueue((message, result));
                    if (!result.Done)
                    {
                        break;
                    }
                }
            });

    private async Task<DeliveryResult> DeliverOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var activity = EventsTelemetry.ActivitySource.StartActivity(
            $"send {message.Topic}", ActivityKind.Producer, EventsTelemetry.ParentFrom(message.TraceParent));
        EventsTelemetry.Describe(activity, "send", message.Topic, message.EventId.ToString());
        activity?.SetTag("ledningssystem.events.attempt", message.Attempts + 1);
        // The subscriber's span joins this one, as it would join Dapr's span behind a sidecar.
        var cloudEvent = CloudEventJson.Write(message, Settings.Source!, EventsTelemetry.TraceParentOf(activity) ?? message.TraceParent);
        DeliveryResult result;
        try
        {
            result = await transport.DeliverAsync(message, cloudEvent, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            result = DeliveryResult.Failed(exception.Message);
        }
        if (!result.Done)
        {
            activity?.SetStatus(ActivityStatusCode.Error, result.Note);
        }
        return result;
    }

    private async Task RecordAsync(TContext db, IEnumerable<(OutboxMessage Message, DeliveryResult Result)> outcomes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var delivered = new List<long>();
        foreach (var (message, result) in outcomes)
        {
            var topic = new KeyValuePair<string, object?>("messaging.destination.name", message.Topic);
            if (result.Done)
            {
                telemetry.Delivered.Add(1, topic);
                if (result.Note is null)
                {
                    delivered.Add(message.Sequence);
                }
                else
                {
                    await OutboxQueries.MarkDroppedAsync(db, message.Sequence, result.Note, now, cancellationToken);
                }
                continue;
            }
            var attempts = message.Attempts + 1;
            var delay = RetryBackoff.After(attempts, Settings.RetryInitialDelay, Settings.RetryMaxDelay);
            telemetry.FailedAttempts.Add(1, topic);
            LogAttemptFailed(logger, message.EventId, message.Type, message.AggregateId, attempts, delay.TotalSeconds, result.Note!);
            await OutboxQueries.MarkFailedAsync(db, message.Sequence, attempts, now + delay, result.Note!, cancellationToken);
        }
        if (delivered.Count > 0)
        {
            await OutboxQueries.MarkDeliveredAsync(db, delivered, now, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of event {EventId} ({Type}, aggregate {AggregateId}) failed on attempt {Attempts}; retrying in {DelaySeconds:0.0} s: {Error}")]
    private static partial void LogAttemptFailed(ILogger logger, Guid eventId, string type, string aggregateId, int attempts, double delaySeconds, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay round failed; trying again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
