namespace Ledningssystem.AppHost;

/// <summary>The repository the launcher was built from (then the current directory's, for a launcher copied elsewhere).</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ledningssystem.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Hittar inte Ledningssystem.sln; kör från repositoriets katalog.");
    }
}
