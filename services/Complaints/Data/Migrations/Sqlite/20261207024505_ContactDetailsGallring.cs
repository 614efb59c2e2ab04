using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactDetailsGallring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ContactRetentionMonths",
                table: "service_levels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 24); // the domain's default: tenants that set their levels before keep contact details 24 months

            migrationBuilder.AddColumn<long>(
                name: "ContactDetailsKeptUntil",
                table: "complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EndedAt",
                table: "complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_ContactDetailsKeptUntil",
                table: "complaints",
                column: "ContactDetailsKeptUntil");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_complaints_ContactDetailsKeptUntil",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "ContactRetentionMonths",
                table: "service_levels");

            migrationBuilder.DropColumn(
                name: "ContactDetailsKeptUntil",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "complaints");
        }
    }
}
