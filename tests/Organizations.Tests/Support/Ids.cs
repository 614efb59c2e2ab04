namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>Ids no other test uses, so that tests sharing one service do not meet.</summary>
public static class Ids
{
    public static string New(string prefix) => $"{prefix}.{Guid.NewGuid().ToString("N")[..10]}";
}
