using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Reporting.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlannedOccurrences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspection_occurrences",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ActivityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InternalControl = table.Column<bool>(type: "boolean", nullable: false),
                    CarriedOutAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ScoreHundredths = table.Column<long>(type: "bigint", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OverdueAnnounced = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_occurrences", x => new { x.TenantId, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_occurrences_TenantId",
                table: "inspection_occurrences",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_occurrences_TenantId_UnitId_Month",
                table: "inspection_occurrences",
                columns: new[] { "TenantId", "UnitId", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_occurrences");
        }
    }
}
