using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpComparisonAndAnnualReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite cannot change a primary key in place. EF rebuilds such a table between PRAGMA foreign_keys
            // statements, which cannot run in the migration's transaction (and warn at every start); nothing refers to
            // the counters, so the rebuild is written out here and runs in the transaction. The counts so far are the
            // cells of all verksamhetsformer; RebuildStatistics fills the cells of each (docs/reporting.md).
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_statistics_counters" (
                    "TenantId" TEXT NOT NULL,
                    "Subject" INTEGER NOT NULL,
                    "Verksamhetsform" TEXT NOT NULL DEFAULT '',
                    "UnitId" TEXT NOT NULL,
                    "Month" INTEGER NOT NULL,
                    "Kind" TEXT NOT NULL,
                    "Category" TEXT NOT NULL,
                    "Status" INTEGER NOT NULL,
                    "Count" INTEGER NOT NULL,
                    "ScoreHundredths" INTEGER NOT NULL DEFAULT 0,
                    CONSTRAINT "PK_statistics_counters" PRIMARY KEY ("TenantId", "Subject", "Verksamhetsform", "UnitId", "Month", "Kind", "Category", "Status"));
                INSERT INTO "ef_temp_statistics_counters" ("TenantId", "Subject", "UnitId", "Month", "Kind", "Category", "Status", "Count")
                    SELECT "TenantId", "Subject", "UnitId", "Month", "Kind", "Category", "Status", "Count" FROM "statistics_counters";
                DROP TABLE "statistics_counters";
                ALTER TABLE "ef_temp_statistics_counters" RENAME TO "statistics_counters";
                CREATE INDEX "IX_statistics_counters_TenantId" ON "statistics_counters" ("TenantId");
                """);

            migrationBuilder.CreateTable(
                name: "annual_report_export_files",
                columns: table => new
                {
                    ExportId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_report_export_files", x => x.ExportId);
                });

            migrationBuilder.CreateTable(
                name: "annual_report_exports",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReportId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_report_exports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "annual_report_reminders",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_report_reminders", x => new { x.TenantId, x.Year, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "annual_reports",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FrozenFigures = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_reports", x => x.Sequence);
                });

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

            migrationBuilder.CreateTable(
                name: "annual_report_history",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Step = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AnnualReportSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_report_history", x => x.Number);
                    table.ForeignKey(
                        name: "FK_annual_report_history_annual_reports_AnnualReportSequence",
                        column: x => x.AnnualReportSequence,
                        principalTable: "annual_reports",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "annual_report_sections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Section = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    AnnualReportSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_report_sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_annual_report_sections_annual_reports_AnnualReportSequence",
                        column: x => x.AnnualReportSequence,
                        principalTable: "annual_reports",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_annual_report_export_files_TenantId",
                table: "annual_report_export_files",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_annual_report_exports_FinishedAt",
                table: "annual_report_exports",
                column: "FinishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_annual_report_exports_Status_RequestedAt",
                table: "annual_report_exports",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_annual_report_exports_TenantId",
                table: "annual_report_exports",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_annual_report_history_AnnualReportSequence",
                table: "annual_report_history",
                column: "AnnualReportSequence");

            migrationBuilder.CreateIndex(
                name: "IX_annual_report_reminders_TenantId",
                table: "annual_report_reminders",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_annual_report_sections_AnnualReportSequence",
                table: "annual_report_sections",
                column: "AnnualReportSequence");

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_Id",
                table: "annual_reports",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_TenantId",
                table: "annual_reports",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_TenantId_Kind_Year",
                table: "annual_reports",
                columns: new[] { "TenantId", "Kind", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_TenantId_UnitId",
                table: "annual_reports",
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
                name: "annual_report_export_files");

            migrationBuilder.DropTable(
                name: "annual_report_exports");

            migrationBuilder.DropTable(
                name: "annual_report_history");

            migrationBuilder.DropTable(
                name: "annual_report_reminders");

            migrationBuilder.DropTable(
                name: "annual_report_sections");

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

            migrationBuilder.DropTable(
                name: "annual_reports");

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
