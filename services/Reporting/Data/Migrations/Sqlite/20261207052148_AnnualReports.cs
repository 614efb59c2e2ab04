using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnnualReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "annual_reports");
        }
    }
}
