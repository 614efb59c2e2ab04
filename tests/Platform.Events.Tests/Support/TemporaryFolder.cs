namespace Ledningssystem.Platform.Events.Tests.Support;

/// <summary>A folder for one test's database files, deleted by its owner's cleanup.</summary>
public sealed class TemporaryFolder
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ledningssystem-events-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Delete() => Directory.Delete(Path, recursive: true);
}
