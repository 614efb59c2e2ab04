using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.Data;

internal sealed class SqliteReportingDbFactory : SqliteDesignTimeFactory<SqliteReportingDb>;

internal sealed class PostgresReportingDbFactory : PostgresDesignTimeFactory<PostgresReportingDb>;
