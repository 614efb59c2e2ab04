using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Incidents.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportRequestId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequestId",
                table: "incidents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_incidents_TenantId_ReporterId_RequestId",
                table: "incidents",
                columns: new[] { "TenantId", "ReporterId", "RequestId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_incidents_TenantId_ReporterId_RequestId",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "incidents");
        }
    }
}
