using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JointAnalyses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "joint_analyses",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Half = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Conclusions = table.Column<string>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WrittenByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Actions = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_joint_analyses", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_joint_analyses_TenantId",
                table: "joint_analyses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_joint_analyses_TenantId_Id",
                table: "joint_analyses",
                columns: new[] { "TenantId", "Id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_joint_analyses_TenantId_UnitId_Year_Half_Version",
                table: "joint_analyses",
                columns: new[] { "TenantId", "UnitId", "Year", "Half", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "joint_analyses");
        }
    }
}
