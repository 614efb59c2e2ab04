using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ledningssystem.Reporting.Data.Migrations.Postgres
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
                    ExportId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_report_export_files", x => x.ExportId);
                });

            migrationBuilder.CreateTable(
                name: "annual_report_exports",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReportId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    Step = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_report_exports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "annual_report_reminders",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_report_reminders", x => new { x.TenantId, x.Year, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "annual_reports",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FrozenFigures = table.Column<string>(type: "text", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_reports", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "annual_report_history",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Step = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FromState = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ToState = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    UserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AnnualReportSequence = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Section = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    AnnualReportSequence = table.Column<long>(type: "bigint", nullable: false)
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
