using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Risks.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ControlResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "risk_control_results",
                columns: table => new
                {
                    ExecutionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Findings = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RiskSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_control_results", x => x.ExecutionId);
                    table.ForeignKey(
                        name: "FK_risk_control_results_risks_RiskSequence",
                        column: x => x.RiskSequence,
                        principalTable: "risks",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_risk_control_results_RiskSequence",
                table: "risk_control_results",
                column: "RiskSequence");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "risk_control_results");
        }
    }
}
