namespace Ledningssystem.AppHost;

/// <summary>What the launcher starts, from the "Platform" configuration section.</summary>
public sealed class PlatformOptions
{
    /// <summary>Folder (relative to the repository root) holding every process's SQLite files and keys.</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>Configuration every platform process gets (identity provider, event delivery), as environment variables.</summary>
    public Dictionary<string, string> Environment { get; set; } = [];

    /// <summary>The platform's processes in start order.</summary>
    public List<ServiceProcessOptions> Services { get; set; } = [];
}

public sealed class ServiceProcessOptions
{
    /// <summary>Short name used as the log prefix, e.g. "organizations".</summary>
    public string Name { get; set; } = "";

    /// <summary>Project path relative to the repository root.</summary>
    public string Project { get; set; } = "";

    /// <summary>Extra configuration handed to the process as environment variables.</summary>
    public Dictionary<string, string> Environment { get; set; } = [];
}
