namespace Ledningssystem.Organizations.Domain;

/// <summary>A verksamhetsform a unit runs. Stored by name, so a name never changes once shipped.</summary>
public enum Verksamhetsform
{
    SoL = 1,
    Aldreomsorg,
    Hvb,
    Stodboende,
    SkyddatBoende,
    Lss,
    Hsl,
    Lvu,
    Lvm,
}
