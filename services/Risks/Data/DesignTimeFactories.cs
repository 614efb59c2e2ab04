using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Risks.Data;

internal sealed class SqliteRisksDbFactory : SqliteDesignTimeFactory<SqliteRisksDb>;

internal sealed class PostgresRisksDbFactory : PostgresDesignTimeFactory<PostgresRisksDb>;
