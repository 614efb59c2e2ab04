using System.Collections.Concurrent;
using System.Diagnostics;
using Ledningssystem.Platform.Hosting.Tests.Sample.V1;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.Platform.Hosting.Tests.Sample;

/// <summary>What the subscriber side saw: each handled event with the trace it was handled in.</summary>
public sealed class ReceivedNotes
{
    public ConcurrentDictionary<string, ActivityTraceId> Traces { get; } = new();
}

public sealed class NoteCreatedHandler(ReceivedNotes received) : IEventHandler<NoteCreated>
{
    public Task HandleAsync(NoteCreated message, EventContext context, CancellationToken cancellationToken)
    {
        received.Traces[message.NoteId] = Activity.Current?.TraceId ?? default;
        return Task.CompletedTask;
    }
}
