namespace Ledningssystem.Testing;

/// <summary>The third-party programs under tests/tools, installed on first use by tests/tools/install.</summary>
public static class TestTools
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static bool installed;

    public static string ToolsDirectory => RepositoryPaths.Combine("tests", "tools");

    public static string Bin(string name) => Path.Combine(ToolsDirectory, "node_modules", ".bin", name);

    public static string NodeModules => Path.Combine(ToolsDirectory, "node_modules");

    public static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (installed)
            {
                return;
            }
            var result = await ExternalProcess.RunAsync(Path.Combine(ToolsDirectory, "install"), [], timeout: TimeSpan.FromMinutes(5));
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"tests/tools/install failed:\n{result.Output}");
            }
            installed = true;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    public static async Task<ProcessResult> BufAsync(IEnumerable<string> arguments, string workingDirectory, TimeSpan? timeout = null)
    {
        await EnsureInstalledAsync();
        return await ExternalProcess.RunAsync(Bin("buf"), arguments, workingDirectory, timeout);
    }
}
