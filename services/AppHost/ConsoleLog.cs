namespace Ledningssystem.AppHost;

/// <summary>All processes' output in one place, each line prefixed by the process name.</summary>
internal static class ConsoleLog
{
    private static readonly Lock Gate = new();

    public static void Line(string source, string? text)
    {
        if (text is null)
        {
            return;
        }
        lock (Gate)
        {
            Console.Out.WriteLine($"[{source,-14}] {text}");
        }
    }
}
