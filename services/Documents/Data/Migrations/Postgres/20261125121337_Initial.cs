using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ledningssystem.Documents.Data.Migrations.Postgres
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
                name: "document_acknowledgements",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "text", nullable: false),
                    DocumentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_acknowledgements", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "document_links",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "text", nullable: false),
                    ParentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChildId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_links", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "document_settings",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequireTwoPersonApproval = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_settings", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "document_shares",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "text", nullable: false),
                    DocumentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TargetTenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_shares", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "document_versions",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "text", nullable: false),
                    DocumentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangeSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ContentMarkdown = table.Column<string>(type: "character varying(500000)", maxLength: 500000, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    FileContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileSizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    FileSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FileBlobKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FileText = table.Column<string>(type: "character varying(500000)", maxLength: 500000, nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublishedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_versions", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "text", nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerUnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ResponsibleRole = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ApprovingRole = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    FollowUpMethod = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReviewIntervalMonths = table.Column<int>(type: "integer", nullable: false),
                    NextReviewDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LegalReferences = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    LegalReferenceCodes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ScopeUnitIds = table.Column<List<string>>(type: "text[]", nullable: false),
                    ScopeVerksamhetsformer = table.Column<List<string>>(type: "text[]", nullable: false),
                    SamverkanPartners = table.Column<List<string>>(type: "text[]", nullable: false),
                    AcknowledgementTargets = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    LatestVersionNumber = table.Column<int>(type: "integer", nullable: false),
                    LatestStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublishedVersionNumber = table.Column<int>(type: "integer", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(500000)", maxLength: 500000, nullable: false),
                    UpstreamTenantId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UpstreamDocumentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UpstreamVersionNumber = table.Column<int>(type: "integer", nullable: false),
                    LocalSections = table.Column<string>(type: "character varying(500000)", maxLength: 500000, nullable: false),
                    ReviewAheadNoticeFor = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewDueNoticeFor = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Sequence);
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
                name: "IX_document_acknowledgements_TenantId",
                table: "document_acknowledgements",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_document_acknowledgements_TenantId_DocumentId_VersionNumber~",
                table: "document_acknowledgements",
                columns: new[] { "TenantId", "DocumentId", "VersionNumber", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_document_links_TenantId",
                table: "document_links",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_document_links_TenantId_ParentId_ChildId",
                table: "document_links",
                columns: new[] { "TenantId", "ParentId", "ChildId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_document_settings_TenantId",
                table: "document_settings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_document_shares_TargetTenantId",
                table: "document_shares",
                column: "TargetTenantId");

            migrationBuilder.CreateIndex(
                name: "IX_document_shares_TenantId",
                table: "document_shares",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_document_shares_TenantId_DocumentId_TargetTenantId",
                table: "document_shares",
                columns: new[] { "TenantId", "DocumentId", "TargetTenantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_document_versions_TenantId",
                table: "document_versions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_document_versions_TenantId_DocumentId_Number",
                table: "document_versions",
                columns: new[] { "TenantId", "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_TenantId",
                table: "documents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_TenantId_Id",
                table: "documents",
                columns: new[] { "TenantId", "Id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_UpstreamTenantId_UpstreamDocumentId",
                table: "documents",
                columns: new[] { "UpstreamTenantId", "UpstreamDocumentId" });

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
                name: "document_acknowledgements");

            migrationBuilder.DropTable(
                name: "document_links");

            migrationBuilder.DropTable(
                name: "document_settings");

            migrationBuilder.DropTable(
                name: "document_shares");

            migrationBuilder.DropTable(
                name: "document_versions");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "event_inbox");

            migrationBuilder.DropTable(
                name: "event_outbox");
        }
    }
}
