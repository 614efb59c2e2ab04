using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Ledningssystem.Contracts.Documents.V1;

namespace Ledningssystem.Documents.Api;

/// <summary>A line diff of two texts (DiffPlex's Myers diff; docs/documents.md).</summary>
internal static class TextDiff
{
    public static IEnumerable<DiffLine> Lines(string from, string to) =>
        InlineDiffBuilder.Diff(from, to, ignoreWhiteSpace: false).Lines
            .Where(line => line.Type != ChangeType.Imaginary)
            .Select(line => new DiffLine
            {
                Kind = line.Type switch
                {
                    ChangeType.Inserted => DiffLineKind.Added,
                    ChangeType.Deleted => DiffLineKind.Removed,
                    _ => DiffLineKind.Unchanged,
                },
                Text = line.Text ?? "",
            });
}
