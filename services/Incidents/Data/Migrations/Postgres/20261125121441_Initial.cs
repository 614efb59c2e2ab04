using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ledningssystem.Incidents.Data.Migrations.Postgres
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
                name: "contract_links",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContractId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProviderTenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contract_links", x => new { x.TenantId, x.ContractId });
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
                name: "incidents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    WhatHappened = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImmediateActions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    InvolvedPersonReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RoutineDocumentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AttachmentReferences = table.Column<string[]>(type: "character varying(500)[]", nullable: false),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    ReporterId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReporterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Subtype = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Severity = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Track = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    TriagedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InvestigationStartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InvestigationWhatHappened = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    InvestigationWhy = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RootCauses = table.Column<string[]>(type: "character varying(30)[]", nullable: false),
                    InvestigationPrevention = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    InvestigatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InvestigatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InvestigatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FollowUpEffect = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NotifyAuthority = table.Column<bool>(type: "boolean", nullable: true),
                    NotificationGrounds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NotificationDecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NotificationDecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NotificationDecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NotificationSentBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NotificationSentByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NotificationSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NotificationReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PatientInformedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PatientInformedNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DeadlineStage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WarnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NearAnnouncedFor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PassedAnnouncedFor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "provider_notices",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EventId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProviderTenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IncidentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Track = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_notices", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "service_levels",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TriageWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    InvestigationStartWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    InvestigationWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    NotificationWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    WarningHours = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_levels", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "incident_actions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ResponsibleUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IncidentSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incident_actions_incidents_IncidentSequence",
                        column: x => x.IncidentSequence,
                        principalTable: "incidents",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_history",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Step = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FromState = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ToState = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IncidentSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_history", x => x.Number);
                    table.ForeignKey(
                        name: "FK_incident_history_incidents_IncidentSequence",
                        column: x => x.IncidentSequence,
                        principalTable: "incidents",
                        principalColumn: "Sequence",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_legal_references",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IncidentSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_legal_references", x => x.Number);
                    table.ForeignKey(
                        name: "FK_incident_legal_references_incidents_IncidentSequence",
                        column: x => x.IncidentSequence,
                        principalTable: "incidents",
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
                name: "IX_contract_links_ProviderTenantId",
                table: "contract_links",
                column: "ProviderTenantId");

            migrationBuilder.CreateIndex(
                name: "IX_contract_links_TenantId",
                table: "contract_links",
                column: "TenantId");

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
                name: "IX_incident_actions_IncidentSequence",
                table: "incident_actions",
                column: "IncidentSequence");

            migrationBuilder.CreateIndex(
                name: "IX_incident_history_IncidentSequence",
                table: "incident_history",
                column: "IncidentSequence");

            migrationBuilder.CreateIndex(
                name: "IX_incident_legal_references_IncidentSequence",
                table: "incident_legal_references",
                column: "IncidentSequence");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_DueAt",
                table: "incidents",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Id",
                table: "incidents",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_incidents_TenantId",
                table: "incidents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_TenantId_ReporterId",
                table: "incidents",
                columns: new[] { "TenantId", "ReporterId" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_TenantId_UnitId",
                table: "incidents",
                columns: new[] { "TenantId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_WarnAt",
                table: "incidents",
                column: "WarnAt");

            migrationBuilder.CreateIndex(
                name: "IX_provider_notices_EventId",
                table: "provider_notices",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_notices_TenantId",
                table: "provider_notices",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_service_levels_TenantId",
                table: "service_levels",
                column: "TenantId");
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
                name: "contract_links");

            migrationBuilder.DropTable(
                name: "event_inbox");

            migrationBuilder.DropTable(
                name: "event_outbox");

            migrationBuilder.DropTable(
                name: "incident_actions");

            migrationBuilder.DropTable(
                name: "incident_history");

            migrationBuilder.DropTable(
                name: "incident_legal_references");

            migrationBuilder.DropTable(
                name: "provider_notices");

            migrationBuilder.DropTable(
                name: "service_levels");

            migrationBuilder.DropTable(
                name: "incidents");
        }
    }
}
