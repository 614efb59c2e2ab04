namespace Ledningssystem.Reporting.Domain;

/// <summary>A count as the nämnd may see it.</summary>
public readonly record struct DisclosedCount(long Value, bool Suppressed);

/// <summary>
/// Small-count suppression for what leaves the organisation: a count from 1 to threshold − 1 is shown as "färre än
/// threshold". Where a total is shown and exactly one of its parts is suppressed, the part could be worked out by
/// subtraction, so the smallest other non-zero part is suppressed too.
/// </summary>
public static class Disclosure
{
    public static DisclosedCount Of(long count, int threshold) => new(count, count > 0 && count < threshold);

    /// <summary>The parts of <paramref name="total"/>, in their order, suppressed so that none can be derived.</summary>
    public static IReadOnlyList<DisclosedCount> Parts(DisclosedCount total, IReadOnlyList<long> parts, int threshold)
    {
        var disclosed = parts.Select(part => Of(part, threshold)).ToArray();
        if (!total.Suppressed && disclosed.Count(d => d.Suppressed) == 1)
        {
            var next = Enumerable.Range(0, disclosed.Length)
                .Where(i => !disclosed[i].Suppressed && disclosed[i].Value > 0)
                .OrderBy(i => disclosed[i].Value)
                .Cast<int?>()
                .FirstOrDefault();
            if (next is { } index)
            {
                disclosed[index] = disclosed[index] with { Suppressed = true };
            }
        }
        return disclosed;
    }

    public static string Text(DisclosedCount count, int threshold) =>
        count.Suppressed ? $"färre än {threshold}" : count.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
