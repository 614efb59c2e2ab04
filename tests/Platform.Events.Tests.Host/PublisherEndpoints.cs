using System.Diagnostics;
using Ledningssystem.Platform.Events.Tests.Host.Contracts;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Platform.Events.Tests.Host;

/// <summary>Asks the publisher to increment a counter <paramref name="Count"/> times in one transaction, each with its event.</summary>
public sealed record PublishRequest(
    string Tenant,
    string Counter,
    int Count = 1,
    bool Rollback = false,
    int FailTimes = 0,
    bool FailUntilHealed = false,
    bool Poison = false);

public sealed record PublishResponse(IReadOnlyList<string> EventIds, long LastValue);

internal static class PublisherEndpoints
{
    public static readonly ActivitySource CallSource = new("Ledningssystem.Tests.Calls");

    public static void MapPublisher(this WebApplication app) => app.MapPost("/publish", PublishAsync);

    /// <summary>
    /// Stands in for an API call that changes state: a server span under the caller's traceparent, then one
    /// transaction. Takes its arguments from the query: the RPC layer reads every JSON POST as a Connect call.
    /// </summary>
    private static async Task<PublishResponse> PublishAsync([AsParameters] PublishRequest request, HttpContext http, HostDb db, IEventPublisher publisher)
    {
        using var call = CallSource.StartActivity("call", ActivityKind.Server, EventsTelemetry.ParentFrom(http.Request.Headers.TraceParent));
        using var tenant = TenantContext.Use(request.Tenant);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var counter = await db.Counters.FindAsync(request.Counter);
        if (counter is null)
        {
            counter = new Counter { Id = request.Counter };
            db.Counters.Add(counter);
        }
        var eventIds = new List<string>();
        for (var i = 0; i < request.Count; i++)
        {
            counter.Value++;
            var message = new CounterIncremented
            {
                CounterId = counter.Id,
                Value = counter.Value,
                FailTimes = request.FailTimes,
                FailUntilHealed = request.FailUntilHealed,
                Poison = request.Poison,
            };
            eventIds.Add(publisher.Publish(message, counter.Id).ToString());
        }
        await db.SaveChangesAsync();
        if (request.Rollback)
        {
            await transaction.RollbackAsync();
        }
        else
        {
            await transaction.CommitAsync();
        }
        return new PublishResponse(eventIds, counter.Value);
    }
}
