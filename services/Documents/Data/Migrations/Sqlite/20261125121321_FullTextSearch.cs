using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ledningssystem.Documents.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // FTS5 over the documents table (external content, rowid = Sequence), kept by triggers; unicode61 with
            // remove_diacritics 0 so that å, ä and ö stay letters of their own (ADR 0011).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE documents_fts USING fts5(
                    "Title", "SearchText", content='documents', content_rowid='Sequence',
                    tokenize='unicode61 remove_diacritics 0');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
                    INSERT INTO documents_fts(rowid, "Title", "SearchText") VALUES (new."Sequence", new."Title", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
                    INSERT INTO documents_fts(documents_fts, rowid, "Title", "SearchText") VALUES ('delete', old."Sequence", old."Title", old."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER documents_fts_update AFTER UPDATE OF "Title", "SearchText" ON documents BEGIN
                    INSERT INTO documents_fts(documents_fts, rowid, "Title", "SearchText") VALUES ('delete', old."Sequence", old."Title", old."SearchText");
                    INSERT INTO documents_fts(rowid, "Title", "SearchText") VALUES (new."Sequence", new."Title", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER documents_fts_update;");
            migrationBuilder.Sql("DROP TRIGGER documents_fts_delete;");
            migrationBuilder.Sql("DROP TRIGGER documents_fts_insert;");
            migrationBuilder.Sql("DROP TABLE documents_fts;");
        }
    }
}
