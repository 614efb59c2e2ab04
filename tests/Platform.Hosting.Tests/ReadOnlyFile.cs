using Ledningssystem.Testing;

namespace Ledningssystem.Platform.Hosting.Tests;

/// <summary>
/// Makes a file unwritable for new opens, as a volume remounted read-only would: by its mode, or, for root (whom the
/// mode does not stop, as in CI), by the immutable flag.
/// </summary>
internal static class ReadOnlyFile
{
    private static bool IsRoot => Environment.UserName == "root";

    public static Task MakeAsync(string path) => IsRoot ? Run("chattr", "+i", path) : Run("chmod", "a-w", path);

    public static Task UndoAsync(string path) => IsRoot ? Run("chattr", "-i", path) : Run("chmod", "u+w", path);

    private static async Task Run(string program, string change, string path)
    {
        var result = await ExternalProcess.RunAsync(program, [change, path], timeout: TimeSpan.FromSeconds(10));
        Assert.True(result.ExitCode == 0, result.Output);
    }
}
