using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Documents.Data;

internal sealed class SqliteDocumentsDbFactory : SqliteDesignTimeFactory<SqliteDocumentsDb>;

internal sealed class PostgresDocumentsDbFactory : PostgresDesignTimeFactory<PostgresDocumentsDb>;
