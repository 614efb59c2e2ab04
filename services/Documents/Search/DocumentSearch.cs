using System.Text;
using Ledningssystem.Documents.Data;
using Ledningssystem.Documents.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Documents.Search;

/// <summary>
/// Full-text matching of documents over title and the newest version's text (ADR 0011): SQLite FTS5 with the
/// unicode61 tokenizer keeping å, ä and ö (every word as a prefix), PostgreSQL's Swedish text search configuration
/// (stemming). The result is an ordinary query: the tenant filter and the caller's filters compose on top of it.
/// </summary>
public static class DocumentSearch
{
    public static IQueryable<Document> Matching(this DocumentsDb db, string query)
    {
        var words = Words(query);
        if (db.Database.IsNpgsql())
        {
            var text = string.Join(' ', words);
            return db.Documents.FromSql($"SELECT * FROM documents WHERE search_vector @@ plainto_tsquery('swedish', {text})");
        }
        var match = string.Join(' ', words.Select(w => $"\"{w}\"*"));
        return db.Documents.FromSql($"SELECT * FROM documents WHERE \"Sequence\" IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH {match})");
    }

    /// <summary>The query's words: runs of letters and digits, so that no search syntax of either engine gets through.</summary>
    public static IReadOnlyList<string> Words(string query)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in query + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        return words;
    }
}
