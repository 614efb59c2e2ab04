using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Ledningssystem.AppHost;

/// <summary>
/// Backup and restore of a one-machine data directory while the platform runs: each SQLite database is copied with
/// <c>VACUUM INTO</c> (one read transaction, so a consistent snapshot that never blocks the writers) and checked, then
/// the other files (the documents' blobs, the issuer's keys) are copied; a blob is written before the database row
/// that refers to it, so every file a copied database names is copied too. A manifest with each file's size and
/// SHA-256 is written last, and the folder only gets its final name once complete.
/// </summary>
internal static class DataBackup
{
    private const string ManifestName = "backup.json";
    private static readonly string[] LiveDatabaseFiles = ["-wal", "-shm", "-journal"];
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<int> BackupAsync(string dataDirectory, string target, CancellationToken ct)
    {
        if (!Directory.Exists(dataDirectory))
        {
            return Refuse($"Datakatalogen {dataDirectory} finns inte; ange den plattformen körs med (--data-dir).");
        }
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() || File.Exists(target))
        {
            return Refuse($"{target} finns redan och är inte tom; en säkerhetskopia skriver aldrig över en annan.");
        }
        var partial = target.TrimEnd(Path.DirectorySeparatorChar) + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }
        Directory.CreateDirectory(partial);
        var started = DateTimeOffset.UtcNow;

        foreach (var database in Directory.EnumerateFiles(dataDirectory, "*.db").Order(StringComparer.Ordinal))
        {
            var copy = Path.Combine(partial, Path.GetFileName(database));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await CopyDatabaseAsync(database, copy, ct);
            ConsoleLog.Line("backup", $"{Path.GetFileName(database)}: {Megabytes(new FileInfo(copy).Length)} MB på {watch.Elapsed.TotalSeconds:0.0} s");
        }
        var files = 0;
        foreach (var file in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(dataDirectory, file);
            // The app API token is the running start's; a restored platform gets a new one.
            if (IsDatabaseFile(relative) || relative == DeadLetterCommand.TokenFile)
            {
                continue;
            }
            var copy = Path.Combine(partial, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            files++;
        }
        ConsoleLog.Line("backup", $"{files} övriga filer (dokumentens filer, nycklar) kopierade.");

        var manifest = new Manifest(started, Path.GetFullPath(dataDirectory), await DescribeAsync(partial, ct));
        await File.WriteAllTextAsync(Path.Combine(partial, ManifestName), JsonSerializer.Serialize(manifest, Json), ct);
        if (Directory.Exists(target))
        {
            Directory.Delete(target);
        }
        Directory.Move(partial, target);
        ConsoleLog.Line("backup", $"Klar: {target} ({manifest.Files.Count} filer, {Megabytes(manifest.Files.Sum(f => f.Bytes))} MB). "
            + $"Återställ med: dotnet run --project services/AppHost -- --restore {target} --data-dir <tom katalog>");
        return 0;
    }

    public static async Task<int> RestoreAsync(string source, string dataDirectory, bool replace, CancellationToken ct)
    {
        var manifestPath = Path.Combine(source, ManifestName);
        if (!File.Exists(manifestPath))
        {
            return Refuse($"{source} är ingen hel säkerhetskopia ({ManifestName} saknas).");
        }
        var manifest = JsonSerializer.Deserialize<Manifest>(await File.ReadAllTextAsync(manifestPath, ct))!;
        var damaged = (await DescribeAsync(source, ct)).Except(manifest.Files).Select(f => f.Path).ToList();
        if (damaged.Count > 0 || manifest.Files.Any(f => !File.Exists(Path.Combine(source, f.Path))))
        {
            return Refuse($"Säkerhetskopian {source} är skadad eller ändrad: {string.Join(", ", damaged.DefaultIfEmpty("filer saknas"))}.");
        }
        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            if (!replace)
            {
                return Refuse($"Datakatalogen {dataDirectory} innehåller data. Återställ till en tom katalog med --data-dir, "
                    + "eller lägg till --fresh för att ersätta den.");
            }
            Directory.Delete(dataDirectory, recursive: true);
        }
        var restoring = dataDirectory.TrimEnd(Path.DirectorySeparatorChar) + ".restoring";
        if (Directory.Exists(restoring))
        {
            Directory.Delete(restoring, recursive: true);
        }
        foreach (var file in manifest.Files)
        {
            var copy = Path.Combine(restoring, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(Path.Combine(source, file.Path), copy);
        }
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory);
        }
        Directory.Move(restoring, dataDirectory);
        ConsoleLog.Line("restore", $"Återställde säkerhetskopian från {manifest.TakenAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} "
            + $"till {dataDirectory} ({manifest.Files.Count} filer). Starta med: dotnet run --project services/AppHost -- --data-dir {dataDirectory}");
        return 0;
    }

    private static async Task CopyDatabaseAsync(string database, string copy, CancellationToken ct)
    {
        await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = database, Mode = SqliteOpenMode.ReadWrite, DefaultTimeout = 30, Pooling = false,
        }.ToString()))
        {
            await source.OpenAsync(ct);
            await using var vacuum = source.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $copy";
            vacuum.Parameters.AddWithValue("$copy", copy);
            await vacuum.ExecuteNonQueryAsync(ct);
        }
        await using var check = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = copy, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        await check.OpenAsync(ct);
        await using var integrity = check.CreateCommand();
        integrity.CommandText = "PRAGMA integrity_check";
        var result = (string?)await integrity.ExecuteScalarAsync(ct);
        if (result != "ok")
        {
            throw new InvalidDataException($"The copy of {database} fails SQLite's integrity check: {result}");
        }
    }

    private static async Task<List<ManifestFile>> DescribeAsync(string folder, CancellationToken ct)
    {
        var files = new List<ManifestFile>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file);
            if (relative == ManifestName)
            {
                continue;
            }
            await using var stream = File.OpenRead(file);
            files.Add(new ManifestFile(relative, stream.Length, Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct))));
        }
        return files;
    }

    private static bool IsDatabaseFile(string relative) =>
        Path.GetDirectoryName(relative) is "" && (relative.EndsWith(".db", StringComparison.Ordinal)
            || LiveDatabaseFiles.Any(suffix => relative.EndsWith(".db" + suffix, StringComparison.Ordinal)));

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.GetCultureInfo("sv-SE"));

    private static int Refuse(string reason)
    {
        ConsoleLog.Line("apphost", reason);
        return 1;
    }

    private sealed record Manifest(DateTimeOffset TakenAt, string DataDirectory, List<ManifestFile> Files);

    private sealed record ManifestFile(string Path, long Bytes, string Sha256);
}
