using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Incidents.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IncidentOrigin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OriginId",
                table: "incidents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginService",
                table: "incidents",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_incidents_TenantId_OriginService_OriginId",
                table: "incidents",
                columns: new[] { "TenantId", "OriginService", "OriginId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_incidents_TenantId_OriginService_OriginId",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "OriginId",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "OriginService",
                table: "incidents");
        }
    }
}
