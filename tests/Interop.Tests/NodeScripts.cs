using Ledningssystem.Testing;

namespace Ledningssystem.Interop.Tests;

/// <summary>The grpc-js scripts under tests/Interop/node.</summary>
public static class NodeScripts
{
    public static string Path(string script) => RepositoryPaths.Combine("tests", "Interop", "node", script);

    public static Task<ProcessResult> RunAsync(string script, params string[] arguments) =>
        ExternalProcess.RunAsync("node", [Path(script), .. arguments], timeout: TimeSpan.FromSeconds(60));
}
