using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Complaints.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ComplaintForwarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ForwardedFromReference",
                table: "complaints",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardedFromTenantId",
                table: "complaints",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardedFromUnitId",
                table: "complaints",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardedToReference",
                table: "complaints",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardedToTenantId",
                table: "complaints",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardedToUnitId",
                table: "complaints",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ForwardedFromReference",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "ForwardedFromTenantId",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "ForwardedFromUnitId",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "ForwardedToReference",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "ForwardedToTenantId",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "ForwardedToUnitId",
                table: "complaints");
        }
    }
}
