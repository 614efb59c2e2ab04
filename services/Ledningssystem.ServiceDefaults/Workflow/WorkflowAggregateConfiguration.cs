using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.ServiceDefaults.Workflow;

/// <summary>The columns every <see cref="WorkflowAggregate{TState, TEntry}"/> has, mapped once for every service.</summary>
public static class WorkflowAggregateConfiguration
{
    /// <summary>
    /// The table with the keyset pages' sequence as its key; tenant, id (unique), unit (indexed with the tenant) and the
    /// concurrency version; the state by its name. The service maps the rest, the history included.
    /// </summary>
    public static EntityTypeBuilder<TAggregate> IsWorkflowAggregate<TAggregate>(this EntityTypeBuilder<TAggregate> aggregate, string table, int idLength, int stateLength)
        where TAggregate : class, ITenantOwned
    {
        aggregate.ToTable(table);
        aggregate.Property<long>(Pages.SequenceProperty);
        aggregate.HasKey(Pages.SequenceProperty);
        aggregate.Property<string>("TenantId").IsRequired().HasMaxLength(idLength);
        aggregate.Property<string>("Id").IsRequired().HasMaxLength(idLength);
        aggregate.HasIndex("Id").IsUnique();
        aggregate.Property<int>("Version").IsConcurrencyToken();
        aggregate.Property<string>("UnitId").IsRequired().HasMaxLength(idLength);
        aggregate.HasIndex("TenantId", "UnitId");
        aggregate.Property("State").HasConversion<string>().HasMaxLength(stateLength);
        return aggregate;
    }
}
