namespace Ledningssystem.Incidents.Domain;

/// <summary>
/// What a step means outside the incident: whether it escalated the incident onto a notification track, and which
/// notice, if any, goes to the nämnder that contract the provider.
/// </summary>
public readonly record struct StepOutcome(bool Escalated, NoticeKind? ProviderNotice)
{
    public static StepOutcome Nothing => default;
}
