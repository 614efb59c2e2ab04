using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>Runs what <see cref="PlatformDbContext.AfterCommit"/> deferred once the context's transaction commits; a rollback discards it.</summary>
internal sealed class CommitCallbacks : DbTransactionInterceptor
{
    public static readonly CommitCallbacks Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as PlatformDbContext)?.RunCommitted();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as PlatformDbContext)?.RunCommitted();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as PlatformDbContext)?.DiscardCommitted();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as PlatformDbContext)?.DiscardCommitted();
        return Task.CompletedTask;
    }
}
