using System.Net.Sockets;
using Ledningssystem.ServiceDefaults.Data;
using Npgsql;

namespace Ledningssystem.Platform.Data.Tests;

/// <summary>
/// Which database errors are the operator's or the moment's problem rather than a bug (ADR 0027). SQLite's are provoked
/// for real in Platform.Hosting.Tests (StorageFaultTests); PostgreSQL's are built here as Npgsql reports them, since a
/// full volume, a deadlock at will or an exhausted server cannot be staged reliably in a test.
/// </summary>
public sealed class StorageFailureClassificationTests
{
    [Theory]
    [InlineData("53100", "Full")]
    [InlineData("25006", "NotWritable")]
    [InlineData("58030", "NotWritable")]
    [InlineData("40P01", "Busy")]
    [InlineData("40001", "Busy")]
    [InlineData("55P03", "Busy")]
    [InlineData("53300", "Busy")]
    [InlineData("57P03", "Busy")]
    [InlineData("57P01", "Busy")]
    [InlineData("23505", "None")]
    [InlineData("23503", "None")]
    [InlineData("42P01", "None")]
    public void A_PostgreSQL_error_is_classified_by_its_SQLSTATE(string sqlState, string expected)
    {
        var error = new PostgresException("meddelande", "ERROR", "ERROR", sqlState);

        Assert.Equal(expected, StorageFailures.Classify(error).ToString());
        Assert.Equal(expected, StorageFailures.Classify(new InvalidOperationException("wrapped", error)).ToString());
    }

    [Fact]
    public void An_exhausted_pool_or_an_unreachable_server_is_busy_and_a_bad_statement_is_not()
    {
        Assert.Equal(StorageFailure.Busy, StorageFailures.Classify(new NpgsqlException("The connection pool has been exhausted", new TimeoutException())));
        Assert.Equal(StorageFailure.Busy, StorageFailures.Classify(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.Equal(StorageFailure.None, StorageFailures.Classify(new NpgsqlException("A command is already in progress")));
    }
}
