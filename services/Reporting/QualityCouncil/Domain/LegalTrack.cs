namespace Ledningssystem.Reporting.QualityCouncil.Domain;

/// <summary>What an event tells about an incident on the lex Sarah or lex Maria track.</summary>
public sealed record EscalationFact(string IncidentId, string Track)
{
    public string Key => $"{IncidentId}/{Track}";

    public string? UnitId { get; init; }

    public int? Month { get; init; }

    public DateTimeOffset? NotifiedAt { get; init; }
}

/// <summary>An incident on a legal track (lex Sarah, lex Maria, IMY): counted in the month escalated, and whether IVO (or IMY) was notified.</summary>
public sealed class Escalation : IMergedRecord<EscalationFact>
{
    private Escalation()
    {
    }

    public Escalation(EscalationFact fact)
    {
        Key = fact.Key;
        IncidentId = fact.IncidentId;
        Track = fact.Track;
    }

    public string TenantId { get; set; } = "";

    public string Key { get; private set; } = "";

    public string IncidentId { get; private set; } = "";

    /// <summary>The Track's protobuf name, e.g. TRACK_LEX_SARAH.</summary>
    public string Track { get; private set; } = "";

    public string? UnitId { get; private set; }

    public int? Month { get; private set; }

    public DateTimeOffset? NotifiedAt { get; private set; }

    public bool Apply(EscalationFact fact)
    {
        var before = (UnitId, Month, NotifiedAt);
        UnitId ??= fact.UnitId;
        Month ??= fact.Month;
        NotifiedAt = Merge.Earliest(NotifiedAt, fact.NotifiedAt);
        return before != (UnitId, Month, NotifiedAt);
    }

    public IReadOnlyList<Cell> Cells() => [];
}

/// <summary>An adopted risk- och väsentlighetsanalys as the internkontroll topic needs it: its year and which units its controls concern.</summary>
public sealed record ControlPlanFact(string AssessmentId, int Year, DateTimeOffset? AdoptedAt, IReadOnlyList<string> ControlUnitIds);

/// <summary>
/// The internkontrollplan of an adopted RoV, without its texts: the year, when adopted, and one unit id per control
/// (empty for a control of the whole tenant). Adopted once; a repeated event changes nothing.
/// </summary>
public sealed class ControlPlan : IMergedRecord<ControlPlanFact>
{
    private const char Separator = ' ';

    private ControlPlan()
    {
    }

    public ControlPlan(string key) => Key = key;

    public string TenantId { get; set; } = "";

    /// <summary>The RoV's id.</summary>
    public string Key { get; private set; } = "";

    public int Year { get; private set; }

    public DateTimeOffset? AdoptedAt { get; private set; }

    /// <summary>One entry per control, separated by spaces; "-" for a control of the whole tenant (ids hold no spaces).</summary>
    public string ControlUnits { get; private set; } = "";

    public const string WholeTenant = "-";

    public IEnumerable<string> ControlUnitIds => ControlUnits.Length == 0 ? [] : ControlUnits.Split(Separator);

    public bool Apply(ControlPlanFact fact)
    {
        if (Year != 0)
        {
            return false;
        }
        Year = fact.Year;
        AdoptedAt = fact.AdoptedAt;
        ControlUnits = string.Join(Separator, fact.ControlUnitIds.Select(u => u.Length == 0 ? WholeTenant : u));
        return true;
    }

    public IReadOnlyList<Cell> Cells() => [];
}
