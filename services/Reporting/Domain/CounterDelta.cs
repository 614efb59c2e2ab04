namespace Ledningssystem.Reporting.Domain;

/// <summary>How much a counter moves: its count and the sum of the compliance scores (hundredths) counted in it.</summary>
public readonly record struct CounterDelta(long Count, long ScoreHundredths)
{
    public bool IsZero => Count == 0 && ScoreHundredths == 0;

    public static CounterDelta operator +(CounterDelta a, CounterDelta b) => new(a.Count + b.Count, a.ScoreHundredths + b.ScoreHundredths);

    /// <summary>Adds <paramref name="by"/> to the cell and to the same cell of the whole tenant.</summary>
    public static void Move(Dictionary<CounterKey, CounterDelta> deltas, CounterKey cell, CounterDelta by)
    {
        deltas[cell] = deltas.GetValueOrDefault(cell) + by;
        deltas[cell.ForWholeTenant] = deltas.GetValueOrDefault(cell.ForWholeTenant) + by;
    }
}
