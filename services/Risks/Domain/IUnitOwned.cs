namespace Ledningssystem.Risks.Domain;

/// <summary>What belongs to one unit, whose subtree's roles decide who may work on it or see it.</summary>
public interface IUnitOwned
{
    string UnitId { get; }
}
