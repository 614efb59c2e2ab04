using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicSubmissionKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubmissionKeyHash",
                table: "complaints",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaints_TenantId_SubmissionKeyHash",
                table: "complaints",
                columns: new[] { "TenantId", "SubmissionKeyHash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_complaints_TenantId_SubmissionKeyHash",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "SubmissionKeyHash",
                table: "complaints");
        }
    }
}
