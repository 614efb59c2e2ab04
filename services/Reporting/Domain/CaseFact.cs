namespace Ledningssystem.Reporting.Domain;

/// <summary>
/// What one event tells about one case. Every field is optional: an event tells only what it knows, and
/// <see cref="CaseRecord.Apply"/> merges it so that the order and the number of deliveries do not matter.
/// </summary>
public sealed record CaseFact(CaseType Type, string CaseId)
{
    public string? UnitId { get; init; }

    /// <summary>The month the case counts in (incidents: reported; complaints: received by the provider).</summary>
    public int? Month { get; init; }

    public string? Kind { get; init; }

    /// <summary>The case's categories as classified at <see cref="CategoriesAt"/>; the latest classification wins.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    public DateTimeOffset? CategoriesAt { get; init; }

    /// <summary>When someone acted on the case (triage, acknowledgement, investigation, answer).</summary>
    public DateTimeOffset? ProgressedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public DateTimeOffset? ReopenedAt { get; init; }
}
