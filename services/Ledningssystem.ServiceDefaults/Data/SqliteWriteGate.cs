using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>
/// Lets the writes of one SQLite file in this process take turns through a first-come-first-served async gate, so
/// that they queue without holding a thread instead of meeting SQLite's busy handler, which sleeps with back-off and
/// lets the file lock stand idle between writers (docs/benchmarks.md, ADR 0030). A turn is taken before a transaction
/// begins, before <c>SaveChanges</c> outside a transaction and before a statement outside a transaction that is not a
/// read (<c>ExecuteUpdate</c>, <c>ExecuteSql</c>); it is given back when the transaction commits, rolls back or fails,
/// when that <c>SaveChanges</c> or statement ends, and at the latest when the context's connection closes (a
/// transaction disposed without commit). Work inside a turn (a <c>SaveChanges</c> in an open transaction) takes no
/// second one. Reads never wait. Another process writing the same file is not in the gate; SQLite's busy timeout
/// still settles that. A writer that waited as long as the busy timeout goes on without its turn and leaves the
/// decision to SQLite, as before the gate.
/// </summary>
internal sealed class SqliteWriteGate : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> GatesByFile = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim gate;
    private readonly ConditionalWeakTable<DbContext, Turn> turns = new();

    private SqliteWriteGate(SemaphoreSlim gate) => this.gate = gate;

    /// <summary>The gate of the file that <paramref name="connectionString"/> names; none for an in-memory database.</summary>
    public static SqliteWriteGate? For(string connectionString)
    {
        var settings = new SqliteConnectionStringBuilder(connectionString);
        if (settings.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(settings.DataSource) || settings.DataSource == ":memory:")
        {
            return null;
        }
        var file = Path.GetFullPath(settings.DataSource);
        return new SqliteWriteGate(GatesByFile.GetOrAdd(file, _ => new SemaphoreSlim(1, 1)));
    }

    private enum Holder
    {
        None,
        SaveChanges,
        Transaction,
        Statement,
    }

    /// <summary>Who in one context took the turn, and whether it got it or went on after waiting too long.</summary>
    private sealed class Turn
    {
        public Holder Holder;
        public bool Entered;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            Enter(context, Holder.SaveChanges);
        }
        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            await EnterAsync(context, Holder.SaveChanges, cancellationToken);
        }
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Leave(eventData.Context, Holder.SaveChanges);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context, Holder.SaveChanges);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Leave(eventData.Context, Holder.SaveChanges);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context, Holder.SaveChanges);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Leave(eventData.Context, Holder.SaveChanges);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context, Holder.SaveChanges);
        return Task.CompletedTask;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(eventData.Context, Holder.Transaction);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(eventData.Context, Holder.Transaction, cancellationToken);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.Context, Holder.Transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context, Holder.Transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.Context, Holder.Transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context, Holder.Transaction);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData)
    {
        if (EndsTransaction(eventData))
        {
            Leave(eventData.Context, Holder.Transaction);
        }
    }

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (IsStatementOutsideTransaction(command, eventData.Context))
        {
            Enter(eventData.Context, Holder.Statement);
        }
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (IsStatementOutsideTransaction(command, eventData.Context))
        {
            await EnterAsync(eventData.Context, Holder.Statement, cancellationToken);
        }
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Leave(eventData.Context, Holder.Statement);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context, Holder.Statement);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Leave(eventData.Context, Holder.Statement);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context, Holder.Statement);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Leave(eventData.Context, Holder.Statement);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context, Holder.Statement);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveWhoeverHolds(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveWhoeverHolds(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveWhoeverHolds(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        LeaveWhoeverHolds(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>A failed savepoint leaves the transaction open, and with it SQLite's lock; a failed begin, commit or rollback does not.</summary>
    private static bool EndsTransaction(TransactionErrorEventData eventData) =>
        !eventData.Action.Contains("Savepoint", StringComparison.OrdinalIgnoreCase);

    private bool IsStatementOutsideTransaction(DbCommand command, DbContext? context) =>
        command.Transaction is null && context is not null && !Holds(context);

    private bool Holds(DbContext context) => turns.TryGetValue(context, out var turn) && turn.Holder != Holder.None;

    private void Enter(DbContext? context, Holder holder)
    {
        if (context is null || Holds(context))
        {
            return;
        }
        var entered = gate.Wait(SqliteConnectionSetup.BusyTimeout);
        Record(context, holder, entered);
    }

    private async ValueTask EnterAsync(DbContext? context, Holder holder, CancellationToken cancellationToken)
    {
        if (context is null || Holds(context))
        {
            return;
        }
        // A cancelled wait throws before anything is recorded, so nothing is given back for it.
        var entered = await gate.WaitAsync(SqliteConnectionSetup.BusyTimeout, cancellationToken);
        Record(context, holder, entered);
    }

    private void Record(DbContext context, Holder holder, bool entered)
    {
        var turn = turns.GetValue(context, _ => new Turn());
        turn.Holder = holder;
        turn.Entered = entered;
    }

    private void Leave(DbContext? context, Holder holder)
    {
        if (context is not null && turns.TryGetValue(context, out var turn) && turn.Holder == holder)
        {
            GiveBack(turn);
        }
    }

    private void LeaveWhoeverHolds(DbContext? context)
    {
        if (context is not null && turns.TryGetValue(context, out var turn) && turn.Holder != Holder.None)
        {
            GiveBack(turn);
        }
    }

    private void GiveBack(Turn turn)
    {
        var entered = turn.Entered;
        turn.Holder = Holder.None;
        turn.Entered = false;
        if (entered)
        {
            gate.Release();
        }
    }
}
