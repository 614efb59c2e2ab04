using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Organizations.Data;

internal sealed class SqliteOrganizationsDbFactory : SqliteDesignTimeFactory<SqliteOrganizationsDb>;

internal sealed class PostgresOrganizationsDbFactory : PostgresDesignTimeFactory<PostgresOrganizationsDb>;
