using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ledningssystem.SelfInspection.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_role_assignments",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ValidFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidTo = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_role_assignments", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "access_tenants",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Suspended = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_tenants", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "access_units",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ParentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Path = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_units", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CorrelationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checklist_templates",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SeriesId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TemplateVersion = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SharedWithTenantIds = table.Column<List<string>>(type: "character varying(100)[]", nullable: false),
                    SharedWithAllTenants = table.Column<bool>(type: "boolean", nullable: false),
                    UpstreamTenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UpstreamTemplateId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    questions = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checklist_templates", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "event_inbox",
                columns: table => new
                {
                    EventId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_inbox", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "event_outbox",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AggregateId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    TraceParent = table.Column<string>(type: "character varying(55)", maxLength: 55, nullable: true),
                    OccurredAt = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: false),
                    DeliveredAt = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_outbox", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "executions",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OccurrenceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TemplateId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PerformedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PerformedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PerformedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PerformedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    HealthCare = table.Column<bool>(type: "boolean", nullable: false),
                    ResponsibleUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    answers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_executions", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExecutionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    QuestionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HealthCare = table.Column<bool>(type: "boolean", nullable: false),
                    ResponsibleUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActionDescription = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ActionResponsibleUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ActionResponsibleName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ActionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ActionDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FollowUpNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AcceptedReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OverdueAnnounced = table.Column<bool>(type: "boolean", nullable: false),
                    IncidentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_findings", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "inspection_plans",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PlanVersion = table.Column<int>(type: "integer", nullable: false),
                    PreviousPlanId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    activities = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_plans", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "occurrences",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlanId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActivityName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CancelReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ExecutionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    HealthCare = table.Column<bool>(type: "boolean", nullable: false),
                    ResponsibleUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RiskId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ChecklistTemplateId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OverdueAnnounced = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_occurrences", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "finding_history",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ToState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FindingSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finding_history", x => x.Number);
                    table.ForeignKey(
                        name: "FK_finding_history_findings_FindingSequence",
                        column: x => x.FindingSequence,
                        principalTable: "findings",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_plan_history",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ToState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    InspectionPlanSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_plan_history", x => x.Number);
                    table.ForeignKey(
                        name: "FK_inspection_plan_history_inspection_plans_InspectionPlanSequ~",
                        column: x => x.InspectionPlanSequence,
                        principalTable: "inspection_plans",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_access_role_assignments_TenantId",
                table: "access_role_assignments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_access_role_assignments_TenantId_UserId",
                table: "access_role_assignments",
                columns: new[] { "TenantId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_access_tenants_TenantId",
                table: "access_tenants",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_access_units_TenantId",
                table: "access_units",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_access_units_TenantId_Path",
                table: "access_units",
                columns: new[] { "TenantId", "Path" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_TenantId",
                table: "audit_entries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_TenantId_EntityType_EntityId",
                table: "audit_entries",
                columns: new[] { "TenantId", "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_checklist_templates_Id",
                table: "checklist_templates",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checklist_templates_TenantId",
                table: "checklist_templates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_checklist_templates_TenantId_SeriesId_TemplateVersion",
                table: "checklist_templates",
                columns: new[] { "TenantId", "SeriesId", "TemplateVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_event_inbox_ProcessedAt",
                table: "event_inbox",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_event_outbox_EventId",
                table: "event_outbox",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_event_outbox_pending",
                table: "event_outbox",
                column: "Sequence",
                filter: "\"DeliveredAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_event_outbox_waiting",
                table: "event_outbox",
                column: "NextAttemptAt",
                filter: "\"DeliveredAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_executions_Id",
                table: "executions",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_executions_OccurrenceId",
                table: "executions",
                column: "OccurrenceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_executions_TenantId",
                table: "executions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_executions_TenantId_UnitId",
                table: "executions",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_finding_history_FindingSequence",
                table: "finding_history",
                column: "FindingSequence");

            migrationBuilder.CreateIndex(
                name: "IX_findings_ActionDueAt",
                table: "findings",
                column: "ActionDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_findings_ExecutionId",
                table: "findings",
                column: "ExecutionId");

            migrationBuilder.CreateIndex(
                name: "IX_findings_Id",
                table: "findings",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_findings_TenantId",
                table: "findings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_findings_TenantId_UnitId",
                table: "findings",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plan_history_InspectionPlanSequence",
                table: "inspection_plan_history",
                column: "InspectionPlanSequence");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plans_Id",
                table: "inspection_plans",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plans_TenantId",
                table: "inspection_plans",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plans_TenantId_UnitId",
                table: "inspection_plans",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plans_TenantId_UnitId_Year",
                table: "inspection_plans",
                columns: new[] { "TenantId", "UnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_occurrences_DueAt",
                table: "occurrences",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_occurrences_Id",
                table: "occurrences",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_occurrences_PlanId",
                table: "occurrences",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_occurrences_TenantId",
                table: "occurrences",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_occurrences_TenantId_UnitId_Year",
                table: "occurrences",
                columns: new[] { "TenantId", "UnitId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_role_assignments");

            migrationBuilder.DropTable(
                name: "access_tenants");

            migrationBuilder.DropTable(
                name: "access_units");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "checklist_templates");

            migrationBuilder.DropTable(
                name: "event_inbox");

            migrationBuilder.DropTable(
                name: "event_outbox");

            migrationBuilder.DropTable(
                name: "executions");

            migrationBuilder.DropTable(
                name: "finding_history");

            migrationBuilder.DropTable(
                name: "inspection_plan_history");

            migrationBuilder.DropTable(
                name: "occurrences");

            migrationBuilder.DropTable(
                name: "findings");

            migrationBuilder.DropTable(
                name: "inspection_plans");
        }
    }
}
