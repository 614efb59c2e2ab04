namespace Ledningssystem.SelfInspection.Api;

/// <summary>New ids: time-ordered GUIDs, unique on the platform.</summary>
internal static class Ids
{
    public static string New() => Guid.CreateVersion7().ToString();
}
