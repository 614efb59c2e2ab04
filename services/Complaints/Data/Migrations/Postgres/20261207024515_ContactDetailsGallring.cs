using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Complaints.Data.Migrations.Postgres
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
                type: "integer",
                nullable: false,
                defaultValue: 24); // the domain's default: tenants that set their levels before keep contact details 24 months

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ContactDetailsKeptUntil",
                table: "complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EndedAt",
                table: "complaints",
                type: "timestamp with time zone",
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
