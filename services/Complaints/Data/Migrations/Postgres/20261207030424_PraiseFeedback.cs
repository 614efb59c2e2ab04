using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Complaints.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PraiseFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FeedbackSharedAt",
                table: "complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackSharedBy",
                table: "complaints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackSharedByName",
                table: "complaints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackText",
                table: "complaints",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_TenantId_FeedbackSharedAt",
                table: "complaints",
                columns: new[] { "TenantId", "FeedbackSharedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_complaints_TenantId_FeedbackSharedAt",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "FeedbackSharedAt",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "FeedbackSharedBy",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "FeedbackSharedByName",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "FeedbackText",
                table: "complaints");
        }
    }
}
