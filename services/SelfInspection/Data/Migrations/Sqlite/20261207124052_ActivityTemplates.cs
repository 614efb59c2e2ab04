using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.SelfInspection.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActivityTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "activity",
                table: "checklist_templates",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "activity",
                table: "checklist_templates");
        }
    }
}
