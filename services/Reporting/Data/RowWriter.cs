using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ledningssystem.Reporting.Data;

/// <summary>
/// Writes many rows of one entity type in the caller's transaction with one prepared multi-row statement, executed
/// again for every full chunk, without EF Core's change tracking. Column names and value conversions come from the
/// EF model, so a row is stored exactly as EF Core would store it on either provider.
/// </summary>
/// <remarks>
/// The ingestion of a batch of events writes thousands of rows. Through EF Core (or one statement with thousands of
/// parameters) SQLite spent most of the time preparing the statement and binding its parameters by name, which costs
/// in proportion to the square of the parameters in one statement; a modest chunk, prepared once, keeps both small,
/// and on PostgreSQL a chunk is still one round trip.
/// </remarks>
internal sealed class RowWriter<TEntity>
{
    private const int RowsPerStatement = 32;

    private readonly ReportingDb db;
    private readonly IProperty[] properties;
    private readonly string head;
    private readonly string tail;

    /// <param name="columns">The entity's properties, in the order of the values of each row.</param>
    /// <param name="tail">What follows the VALUES, e.g. an ON CONFLICT clause.</param>
    public RowWriter(ReportingDb db, IReadOnlyList<string> columns, string tail = "")
    {
        this.db = db;
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        properties = [.. columns.Select(c => entity.FindProperty(c) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no {c}."))];
        head = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""))}) VALUES ";
        this.tail = tail;
    }

    /// <summary>Writes the rows; returns the rows the database reports as inserted or updated.</summary>
    public async Task<int> WriteAsync(IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var written = 0;
            DbCommand? full = null;
            try
            {
                foreach (var chunk in rows.Chunk(RowsPerStatement))
                {
                    if (chunk.Length < RowsPerStatement)
                    {
                        await using var last = Create(chunk.Length);
                        Bind(last, chunk);
                        written += await last.ExecuteNonQueryAsync(cancellationToken);
                        continue;
                    }
                    if (full is null)
                    {
                        full = Create(RowsPerStatement);
                        Bind(full, chunk);
                        await full.PrepareAsync(cancellationToken);
                    }
                    else
                    {
                        Bind(full, chunk);
                    }
                    written += await full.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            finally
            {
                if (full is not null)
                {
                    await full.DisposeAsync();
                }
            }
            return written;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private DbCommand Create(int rows)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var text = new StringBuilder(head);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < properties.Length; column++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{(row * properties.Length) + column}");
                // Typed by the property's own mapping, as EF Core does for its own statements.
                command.Parameters.Add(properties[column].GetRelationalTypeMapping().CreateParameter(command, name, null, nullable: true));
                text.Append(column == 0 ? "" : ", ").Append(name);
            }
            text.Append(')');
        }
        command.CommandText = text.Append(' ').Append(tail).ToString();
        return command;
    }

    private void Bind(DbCommand command, object?[][] rows)
    {
        for (var row = 0; row < rows.Length; row++)
        {
            for (var column = 0; column < properties.Length; column++)
            {
                var value = rows[row][column];
                var converter = properties[column].GetTypeMapping().Converter;
                command.Parameters[(row * properties.Length) + column].Value =
                    (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }
        }
    }
}
