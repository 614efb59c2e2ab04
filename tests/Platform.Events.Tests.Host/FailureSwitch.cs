using System.Collections.Concurrent;
using Ledningssystem.Platform.Events.Tests.Host.Contracts;
using Microsoft.Data.Sqlite;

namespace Ledningssystem.Platform.Events.Tests.Host;

/// <summary>Makes the handler fail the way a busy database does, or reject an event as poison, as far as an event asks for it.</summary>
internal sealed class FailureSwitch
{
    private const int SqliteBusy = 5;
    private readonly ConcurrentDictionary<string, int> receptions = new();
    private readonly ConcurrentDictionary<string, bool> curedCounters = new();
    private volatile bool healed;

    public void Heal() => healed = true;

    /// <summary>The operator's fix of a poison event: from now on the counter's events asking to be dropped are applied.</summary>
    public void Cure(string counterId) => curedCounters[counterId] = true;

    public bool IsCured(string counterId) => curedCounters.ContainsKey(counterId);

    public void ThrowWhileFailing(string eventId, CounterIncremented message)
    {
        var reception = receptions.AddOrUpdate(eventId, 1, (_, count) => count + 1);
        if ((message.FailUntilHealed && !healed) || reception <= message.FailTimes)
        {
            throw new SqliteException("database is locked (simulated)", SqliteBusy);
        }
    }
}
