namespace Ledningssystem.ServiceDefaults.Access;

public sealed class AccessOptions
{
    public const string SectionName = "Access";

    /// <summary>
    /// How long a replica of the service answers access checks from what it read, when the Organizations event that
    /// changes it was applied by another replica of the same service (the one that applies it forgets at once).
    /// </summary>
    public TimeSpan CacheMaxAge { get; set; } = TimeSpan.FromSeconds(10);
}
