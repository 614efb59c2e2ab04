using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Documents.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The Swedish text search configuration (stemming), title weighted above the text (ADR 0011).
            migrationBuilder.Sql("""
                ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('swedish', coalesce("Title", '')), 'A') ||
                    setweight(to_tsvector('swedish', coalesce("SearchText", '')), 'B')) STORED;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_documents_search_vector ON documents USING GIN (search_vector);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_documents_search_vector;");
            migrationBuilder.Sql("ALTER TABLE documents DROP COLUMN search_vector;");
        }
    }
}
