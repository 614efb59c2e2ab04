using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.SelfInspection.Data;

internal sealed class SqliteSelfInspectionDbFactory : SqliteDesignTimeFactory<SqliteSelfInspectionDb>;

internal sealed class PostgresSelfInspectionDbFactory : PostgresDesignTimeFactory<PostgresSelfInspectionDb>;
