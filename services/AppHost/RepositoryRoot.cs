namespace Ledningssystem.AppHost;

internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
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
