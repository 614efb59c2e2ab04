using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpAndRegionalComparison : Migration
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

            migrationBuilder.AddColumn<long>(
                name: "ScoreHundredths",
                table: "statistics_counters",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddPrimaryKey(
                name: "PK_statistics_counters",
                table: "statistics_counters",
                columns: new[] { "TenantId", "Subject", "Verksamhetsform", "UnitId", "Month", "Kind", "Category", "Status" });

            migrationBuilder.CreateTable(
                name: "balance_items",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_balance_items", x => new { x.TenantId, x.Key });
                });

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
                name: "control_plans",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AdoptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ControlUnits = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_control_plans", x => new { x.TenantId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "council_protocols",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Occasion = table.Column<int>(type: "INTEGER", nullable: true),
                    FromMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    ToMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Present = table.Column<string>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_council_protocols", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "escalations",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IncidentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Track = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_escalations", x => new { x.TenantId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "inspection_executions",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ScoreHundredths = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_executions", x => new { x.TenantId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "inspection_findings",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActionDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_findings", x => new { x.TenantId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "risks",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LevelAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risks", x => new { x.TenantId, x.Key });
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
                name: "IX_balance_items_TenantId",
                table: "balance_items",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_balance_items_TenantId_UnitId_DueOn",
                table: "balance_items",
                columns: new[] { "TenantId", "UnitId", "DueOn" });

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
                name: "IX_control_plans_TenantId",
                table: "control_plans",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_council_protocols_TenantId",
                table: "council_protocols",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_council_protocols_TenantId_Id",
                table: "council_protocols",
                columns: new[] { "TenantId", "Id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_council_protocols_TenantId_UnitId_HeldOn",
                table: "council_protocols",
                columns: new[] { "TenantId", "UnitId", "HeldOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_escalations_TenantId",
                table: "escalations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_executions_TenantId",
                table: "inspection_executions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_findings_TenantId",
                table: "inspection_findings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_risks_TenantId",
                table: "risks",
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
                name: "balance_items");

            migrationBuilder.DropTable(
                name: "compared_providers");

            migrationBuilder.DropTable(
                name: "control_plans");

            migrationBuilder.DropTable(
                name: "council_protocols");

            migrationBuilder.DropTable(
                name: "escalations");

            migrationBuilder.DropTable(
                name: "inspection_executions");

            migrationBuilder.DropTable(
                name: "inspection_findings");

            migrationBuilder.DropTable(
                name: "risks");

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

            migrationBuilder.DropColumn(
                name: "ScoreHundredths",
                table: "statistics_counters");

            migrationBuilder.AddPrimaryKey(
                name: "PK_statistics_counters",
                table: "statistics_counters",
                columns: new[] { "TenantId", "Subject", "UnitId", "Month", "Kind", "Category", "Status" });
        }
    }
}
