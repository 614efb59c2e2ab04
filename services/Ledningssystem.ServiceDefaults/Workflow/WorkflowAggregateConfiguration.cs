using System.Linq.Expressions;
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

    /// <summary>
    /// The history of steps in a table of its own, numbered in order: the step, the states before and after by name, who
    /// (id and name), when and a note, each entry type naming its properties as every service's HistoryEntry does.
    /// </summary>
    public static EntityTypeBuilder<TAggregate> OwnsWorkflowHistory<TAggregate, TEntry>(
        this EntityTypeBuilder<TAggregate> aggregate, Expression<Func<TAggregate, IEnumerable<TEntry>?>> history, string table, HistoryColumns columns)
        where TAggregate : class
        where TEntry : class
    {
        aggregate.OwnsMany(history, entry =>
        {
            entry.ToTable(table);
            entry.Property<int>("Number");
            entry.HasKey("Number");
            entry.Property<string>("Step").HasMaxLength(columns.Step);
            entry.Property("FromState").HasConversion<string>().HasMaxLength(columns.Step);
            entry.Property("ToState").HasConversion<string>().HasMaxLength(columns.Step);
            entry.Property<string>("UserId").HasMaxLength(columns.UserId);
            entry.Property<string>("UserName").HasMaxLength(columns.UserName);
            entry.Property<string>("Note").HasMaxLength(columns.Note);
        });
        return aggregate;
    }
}

/// <summary>Column sizes of a workflow history: the step and state names, the user's id and name, the note.</summary>
public sealed record HistoryColumns(int Step, int UserId, int UserName, int Note);
