using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Documents.Files;

/// <summary>Where files live, by key ("tenant/document/version/sha256"); swapped by configuration (docs/documents.md).</summary>
public interface IBlobStore
{
    Task PutAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>The stored file; throws <see cref="FileNotFoundException"/> for an unknown key.</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>Files in a local directory (Documents:BlobDirectory); written to a temporary name and moved into place.</summary>
public sealed class LocalDirectoryBlobStore(IOptions<DocumentsOptions> options) : IBlobStore
{
    private readonly string root = options.Value.BlobDirectory;

    public async Task PutAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".partial-" + Guid.NewGuid().ToString("N");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key) => Path.Combine(root, BlobKeys.Checked(key).Replace('/', Path.DirectorySeparatorChar));
}

/// <summary>The key scheme every store accepts: '/'-separated segments of letters, digits, '.', '_' and '-', never "..".</summary>
public static partial class BlobKeys
{
    public static string Checked(string key)
    {
        if (!KeyPattern().IsMatch(key) || key.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{key}' is not a blob key.", nameof(key));
        }
        return key;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")]
    private static partial Regex KeyPattern();
}
