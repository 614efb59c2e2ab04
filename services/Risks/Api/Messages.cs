using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.ServiceDefaults.Api;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Risks.Api;

/// <summary>What the API answers: the matrix, riskanalyser, risks as those who work on them see them, summaries without personal data, RoVs.</summary>
public static class Messages
{
    private static readonly Domain.RiskLevel[] AllLevels = Enum.GetValues<Domain.RiskLevel>();

    private static Common.ActorStamp Stamp(string userId, string name, DateTimeOffset at) =>
        new() { UserId = userId, DisplayName = name, At = at.ToProto() };

    public static RiskMatrix ToProto(this Domain.RiskMatrix matrix) => new()
    {
        TenantId = matrix.TenantId,
        Version = matrix.Version,
        ProbabilityLabels = { matrix.ProbabilityLabels },
        ConsequenceLabels = { matrix.ConsequenceLabels },
        Levels = { matrix.Levels.Select(l => l.ToProto()) },
        Styles = { AllLevels.Select(l => new LevelStyle { Level = l.ToProto(), Label = Domain.RiskWords.Swedish(l), Colour = Domain.RiskWords.Colour(l) }) },
        CreatedAt = matrix.CreatedAt.ToProto(),
    };

    public static RiskAnalysis ToProto(this Domain.RiskAnalysis analysis, IEnumerable<string> riskIds) => new()
    {
        AnalysisId = analysis.Id,
        TenantId = analysis.TenantId,
        UnitId = analysis.UnitId,
        Subject = analysis.Subject.ToProto(),
        DocumentId = analysis.DocumentId ?? "",
        Title = analysis.Title,
        HeldOn = analysis.HeldOn.ToIso(),
        Participants = { analysis.Participants },
        State = analysis.State.ToProto(),
        RiskIds = { riskIds },
        Created = Stamp(analysis.CreatedBy, analysis.CreatedByName, analysis.CreatedAt),
        CompletedAt = analysis.CompletedAt.ToProto(),
    };

    public static RiskAnalysisSummary ToSummary(this Domain.RiskAnalysis analysis) => new()
    {
        AnalysisId = analysis.Id,
        UnitId = analysis.UnitId,
        Subject = analysis.Subject.ToProto(),
        Title = analysis.Title,
        HeldOn = analysis.HeldOn.ToIso(),
        State = analysis.State.ToProto(),
    };

    public static RiskSummary ToSummary(this Domain.Risk risk) => new()
    {
        RiskId = risk.Id,
        UnitId = risk.UnitId,
        State = risk.State.ToProto(),
        Title = risk.Title,
        Level = risk.Level.ToProto(),
    };

    public static Risk ToProto(this Domain.Risk risk) => new()
    {
        RiskId = risk.Id,
        TenantId = risk.TenantId,
        UnitId = risk.UnitId,
        AnalysisId = risk.AnalysisId ?? "",
        DocumentId = risk.DocumentId ?? "",
        State = risk.State.ToProto(),
        Title = risk.Title,
        Description = risk.Description,
        Cause = risk.Cause,
        PossibleConsequence = risk.PossibleConsequence,
        Owner = risk.Owner,
        IdentifiedOn = risk.IdentifiedOn.ToIso(),
        Assessments = { risk.Assessments.Select(a => a.ToProto()) },
        Actions =
        {
            risk.Actions.Select(a => new RiskAction
            {
                ActionId = a.Id,
                Description = a.Description,
                Responsible = a.Responsible,
                DueOn = a.DueOn.ToIso(),
                Status = a.Status.ToProto(),
                CompletedOn = a.CompletedOn.ToIso(),
            }),
        },
        Links = { risk.Links.Select(l => new RiskLink { Kind = l.Kind.ToProto(), TargetId = l.TargetId, Linked = Stamp(l.UserId, l.UserName, l.At) }) },
        ControlResults =
        {
            risk.ControlResults.Select(c => new ControlResult
            {
                ExecutionId = c.ExecutionId, UnitId = c.UnitId, Score = c.Score, Findings = c.Findings, CompletedAt = c.CompletedAt.ToProto(),
            }),
        },
        CloseOutcome = risk.CloseOutcome.ToProto(),
        CloseReason = risk.CloseReason ?? "",
        History =
        {
            risk.History.Select(h => new HistoryEntry
            {
                Step = h.Step,
                FromState = h.FromState is { } from ? from.ToProto() : RiskState.Unspecified,
                ToState = h.ToState.ToProto(),
                Actor = Stamp(h.UserId, h.UserName, h.At),
                Note = h.Note,
            }),
        },
    };

    public static Assessment ToProto(this Domain.Assessment assessment) => new()
    {
        Number = assessment.Number,
        Kind = assessment.Kind.ToProto(),
        MatrixVersion = assessment.MatrixVersion,
        Probability = assessment.Probability,
        Consequence = assessment.Consequence,
        Level = assessment.Level.ToProto(),
        Grounds = assessment.Grounds,
        Assessed = Stamp(assessment.UserId, assessment.UserName, assessment.At),
    };

    public static RiskAndMaterialityAnalysis ToProto(this Domain.RiskAndMaterialityAnalysis rov) => new()
    {
        RovId = rov.Id,
        TenantId = rov.TenantId,
        UnitId = rov.UnitId,
        Year = rov.Year,
        State = rov.State.ToProto(),
        Ratings =
        {
            rov.Ratings.Select(r => new MaterialityRating
            {
                RiskId = r.RiskId,
                Title = r.Title,
                UnitId = r.UnitId,
                Level = r.Level.ToProto(),
                Materiality = r.Materiality,
                Chosen = r.Chosen,
                Control = r.Control ?? "",
                ResponsibleRole = r.ResponsibleRole ?? "",
                DocumentId = r.DocumentId ?? "",
                Months = { r.Months },
            }),
        },
        AdoptedAt = rov.AdoptedAt.ToProto(),
    };
}
