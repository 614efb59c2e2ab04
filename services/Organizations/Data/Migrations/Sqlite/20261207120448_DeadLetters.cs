using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Organizations.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeadLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "event_dead_letters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Drops = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstDroppedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastDroppedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_dead_letters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_event_dead_letters_EventId",
                table: "event_dead_letters",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_event_dead_letters_LastDroppedAt",
                table: "event_dead_letters",
                column: "LastDroppedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_dead_letters");
        }
    }
}
