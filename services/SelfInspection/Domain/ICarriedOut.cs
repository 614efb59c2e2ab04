namespace Ledningssystem.SelfInspection.Domain;

/// <summary>What decides who carries out and follows up an occurrence, an execution or a finding: its unit, whether it is HSL, and the person named responsible.</summary>
public interface ICarriedOut
{
    string Id { get; }

    string UnitId { get; }

    bool HealthCare { get; }

    string? ResponsibleUserId { get; }
}
