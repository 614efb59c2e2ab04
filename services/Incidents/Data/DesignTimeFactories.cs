using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Incidents.Data;

internal sealed class SqliteIncidentsDbFactory : SqliteDesignTimeFactory<SqliteIncidentsDb>;

internal sealed class PostgresIncidentsDbFactory : PostgresDesignTimeFactory<PostgresIncidentsDb>;
