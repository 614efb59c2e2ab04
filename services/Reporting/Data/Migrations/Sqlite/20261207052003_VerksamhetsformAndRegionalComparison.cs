using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VerksamhetsformAndRegionalComparison : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_statistics_counters",
                table: "statistics_counters");

            migrationBuilder.AddColumn<string>(
                name: "Verksamhetsform",
                table: "statistics_counters",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_statistics_counters",
                table: "statistics_counters",
                columns: new[] { "TenantId", "Subject", "Verksamhetsform", "UnitId", "Month", "Kind", "Category", "Status" });

            migrationBuilder.CreateTable(
                name: "compared_providers",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Named = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_compared_providers", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "service_user_counts",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Verksamhetsform = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_user_counts", x => new { x.TenantId, x.Year, x.Verksamhetsform });
                });

            migrationBuilder.CreateTable(
                name: "unit_verksamhetsformer",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Verksamhetsform = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_verksamhetsformer", x => new { x.TenantId, x.UnitId, x.Verksamhetsform });
                });

            migrationBuilder.CreateIndex(
                name: "IX_statistics_counters_Subject_UnitId_Month_Verksamhetsform",
                table: "statistics_counters",
                columns: new[] { "Subject", "UnitId", "Month", "Verksamhetsform" });

            migrationBuilder.CreateIndex(
                name: "IX_case_records_TenantId_UnitId",
                table: "case_records",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_compared_providers_Pseudonym",
                table: "compared_providers",
                column: "Pseudonym",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_compared_providers_TenantId",
                table: "compared_providers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_service_user_counts_TenantId",
                table: "service_user_counts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_service_user_counts_Year",
                table: "service_user_counts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_unit_verksamhetsformer_TenantId",
                table: "unit_verksamhetsformer",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_verksamhetsformer_Verksamhetsform",
                table: "unit_verksamhetsformer",
                column: "Verksamhetsform");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "compared_providers");

            migrationBuilder.DropTable(
                name: "service_user_counts");

            migrationBuilder.DropTable(
                name: "unit_verksamhetsformer");

            migrationBuilder.DropPrimaryKey(
                name: "PK_statistics_counters",
                table: "statistics_counters");

            migrationBuilder.DropIndex(
                name: "IX_statistics_counters_Subject_UnitId_Month_Verksamhetsform",
                table: "statistics_counters");

            migrationBuilder.DropIndex(
                name: "IX_case_records_TenantId_UnitId",
                table: "case_records");

            migrationBuilder.DropColumn(
                name: "Verksamhetsform",
                table: "statistics_counters");

            migrationBuilder.AddPrimaryKey(
                name: "PK_statistics_counters",
                table: "statistics_counters",
                columns: new[] { "TenantId", "Subject", "UnitId", "Month", "Kind", "Category", "Status" });
        }
    }
}
