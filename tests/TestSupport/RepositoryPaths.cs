namespace Ledningssystem.Testing;

/// <summary>Locates files of this repository from a running test, wherever its output folder is.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ledningssystem.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"Ledningssystem.sln not found above {AppContext.BaseDirectory}");
    }
}
