using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PraiseFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FeedbackSharedAt",
                table: "complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackSharedBy",
                table: "complaints",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackSharedByName",
                table: "complaints",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackText",
                table: "complaints",
                type: "TEXT",
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
