using System.Globalization;

namespace Ledningssystem.EndToEnd.Tests.Soak;

/// <summary>
/// A test that runs for many minutes: skipped unless LEDNINGSSYSTEM_SOAK gives its length in minutes (10 for the
/// standard run, 30 for the long one); tests/run also leaves out its Category "Soak".
/// </summary>
public sealed class SoakFactAttribute : FactAttribute
{
    public const string Variable = "LEDNINGSSYSTEM_SOAK";

    public SoakFactAttribute()
    {
        if (Duration is null)
        {
            Skip = $"A soak test: set {Variable} to its length in minutes (e.g. {Variable}=10) to run it.";
        }
    }

    /// <summary>The length LEDNINGSSYSTEM_SOAK asks for, or null when it is not a positive number of minutes.</summary>
    public static TimeSpan? Duration =>
        double.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes > 0
            ? TimeSpan.FromMinutes(minutes)
            : null;
}
