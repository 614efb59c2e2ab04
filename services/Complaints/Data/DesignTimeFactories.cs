using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Complaints.Data;

internal sealed class SqliteComplaintsDbFactory : SqliteDesignTimeFactory<SqliteComplaintsDb>;

internal sealed class PostgresComplaintsDbFactory : PostgresDesignTimeFactory<PostgresComplaintsDb>;
