using System.Diagnostics;
using System.Globalization;
using Ledningssystem.Platform.Events.Tests.Host.Contracts;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.Platform.Events.Tests.Host;

/// <summary>The subscriber's handler: records each application and moves its copy of the counter.</summary>
internal sealed class CounterIncrementedHandler(HostDb db, FailureSwitch failures, TimeProvider clock) : IEventHandler<CounterIncremented>
{
    public async Task HandleAsync(CounterIncremented message, EventContext context, CancellationToken cancellationToken)
    {
        if (message.Poison && !failures.IsCured(message.CounterId))
        {
            throw new PoisonEventException("the event asks to be dropped");
        }
        if (message.Value < 0)
        {
            throw new DomainRuleException("NEGATIVE_COUNTER", "Räknaren kan inte bli negativ.");
        }
        failures.ThrowWhileFailing(context.EventId, message);
        var counter = await db.Counters.FindAsync([message.CounterId], cancellationToken);
        if (counter is null)
        {
            counter = new Counter { Id = message.CounterId };
            db.Counters.Add(counter);
        }
        counter.Value = message.Value;
        var span = Activity.Current;
        db.AppliedEvents.Add(new AppliedEvent
        {
            EventId = context.EventId,
            CounterId = message.CounterId,
            Value = message.Value,
            Source = context.Source,
            Subject = context.AggregateId,
            OccurredAt = context.OccurredAt?.ToString("O", CultureInfo.InvariantCulture),
            TraceId = span?.TraceId.ToString(),
            ParentSpanId = span?.ParentSpanId.ToString(),
            AppliedAtMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        });
    }
}
