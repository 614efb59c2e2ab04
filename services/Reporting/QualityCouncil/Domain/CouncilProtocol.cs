using Ledningssystem.Reporting.Domain;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.QualityCouncil.Domain;

/// <summary>The kvalitetsråd of the year (seed 001's årshjul): what the underlag prepares for.</summary>
public enum CouncilOccasion
{
    Tertial1 = 1,
    Tertial2 = 2,
    AnnualReport = 3,
    AnnualPlan = 4,
}

/// <summary>The agenda's topics the underlag fills; a decision under none of them is övrigt.</summary>
public enum CouncilTopic
{
    Complaints = 1,
    InternalControl = 2,
    SocialCareDeficiencies = 3,
    HealthCareIncidents = 4,
    LexSarahAndLexMaria = 5,
    Inspections = 6,
    BalanceLists = 7,
}

/// <summary>A decision (beslut/åtgärd) of the council: what, who carries it out, when it is followed up.</summary>
public sealed class CouncilDecision
{
    private CouncilDecision()
    {
    }

    public CouncilDecision(CouncilTopic? topic, string decision, string responsible, DateOnly followUpOn)
    {
        Topic = topic;
        Decision = decision;
        Responsible = responsible;
        FollowUpOn = followUpOn;
    }

    public CouncilTopic? Topic { get; private set; }

    public string Decision { get; private set; } = "";

    public string Responsible { get; private set; } = "";

    public DateOnly FollowUpOn { get; private set; }

    public bool SameAs(CouncilDecision other) =>
        Topic == other.Topic && Decision == other.Decision && Responsible == other.Responsible && FollowUpOn == other.FollowUpOn;
}

/// <summary>
/// The protocol of a held kvalitetsråd of a unit or avdelning: when, who was present, the decisions, and the underlag
/// (as protobuf JSON) as it was when recorded, so that the protocol keeps the figures the council saw. Names of staff
/// are personal data: changes go to the audit trail by themselves, reads are recorded by the API.
/// </summary>
public sealed class CouncilProtocol : ITenantOwned, IPersonalData
{
    private readonly List<CouncilDecision> decisions = [];

    private CouncilProtocol()
    {
    }

    public string Id { get; private set; } = "";

    public string TenantId { get; set; } = "";

    public string UnitId { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    /// <summary>Null for an underlag of explicit months.</summary>
    public CouncilOccasion? Occasion { get; private set; }

    /// <summary>The underlag's first and last month (<see cref="Months"/>' yyyymm).</summary>
    public int FromMonth { get; private set; }

    public int ToMonth { get; private set; }

    public List<string> Present { get; private set; } = [];

    public IReadOnlyList<CouncilDecision> Decisions => decisions;

    public string Basis { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public string AuditId => Id;

    /// <summary>A protocol of a meeting held today or earlier, whose decisions are followed up on or after it.</summary>
    public static CouncilProtocol Record(
        string id, string unitId, DateOnly heldOn, CouncilOccasion? occasion, int fromMonth, int toMonth, IReadOnlyList<string> present,
        IReadOnlyList<CouncilDecision> decided, string basis, string recordedBy, DateOnly today, DateTimeOffset now)
    {
        if (heldOn > today)
        {
            throw new ReportingRuleException("HELD_IN_FUTURE", "Ett protokoll kan bara föras för ett kvalitetsråd som har hållits.");
        }
        if (decided.Any(d => d.FollowUpOn < heldOn))
        {
            throw new ReportingRuleException("FOLLOW_UP_BEFORE_MEETING", "Ett beslut kan inte följas upp före kvalitetsrådet.");
        }
        var protocol = new CouncilProtocol
        {
            Id = id, UnitId = unitId, HeldOn = heldOn, Occasion = occasion, FromMonth = fromMonth, ToMonth = toMonth,
            Present = [.. present], Basis = basis, RecordedBy = recordedBy, RecordedAt = now,
        };
        protocol.decisions.AddRange(decided);
        return protocol;
    }

    /// <summary>Whether a repeated request records this protocol again (a retry), rather than another one for the same day.</summary>
    public bool SameAs(CouncilOccasion? occasion, int fromMonth, int toMonth, IReadOnlyList<string> present, IReadOnlyList<CouncilDecision> decided) =>
        Occasion == occasion && FromMonth == fromMonth && ToMonth == toMonth && Present.SequenceEqual(present, StringComparer.Ordinal)
        && decisions.Count == decided.Count && decisions.Zip(decided).All(p => p.First.SameAs(p.Second));
}
