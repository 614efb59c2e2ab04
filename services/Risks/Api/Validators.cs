using Google.Protobuf.Collections;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Limits = Ledningssystem.Risks.Domain.Limits;

namespace Ledningssystem.Risks.Api;

/// <summary>The field rules the service's requests share: every string and list has a limit (<see cref="Limits"/>).</summary>
internal static class RiskRules
{
    public static ValidationErrors Id(this ValidationErrors errors, string field, string value) =>
        errors.Required(field, value).MaxLength(field, value, Limits.IdLength);

    public static ValidationErrors Text(this ValidationErrors errors, string field, string value, int max) =>
        errors.Required(field, value).MaxLength(field, value, max);

    /// <summary>A value of the contract's enum; UNSPECIFIED only where the field is a filter.</summary>
    public static ValidationErrors Defined<TDomain>(this ValidationErrors errors, string field, int value, bool filter = false)
        where TDomain : struct, Enum =>
        (value == 0 ? filter : Enum.IsDefined(typeof(TDomain), value)) ? errors : errors.Add(field, "Välj ett av de tillåtna värdena.");

    /// <summary>A date written YYYY-MM-DD.</summary>
    public static ValidationErrors Date(this ValidationErrors errors, string field, string value) =>
        value.Length > 0 && IsoDates.IsDate(value) ? errors : errors.Add(field, "Skriv datumet som ÅÅÅÅ-MM-DD.");

    /// <summary>A date written YYYY-MM-DD that has come (what happened cannot lie in the future).</summary>
    public static ValidationErrors PastDate(this ValidationErrors errors, string field, string value, WorkflowClock clock) =>
        IsoDates.Parse(value) is { } date && date > clock.Today ? errors.Add(field, "Datumet kan inte ligga i framtiden.") : errors.Date(field, value);

    public static ValidationErrors Between(this ValidationErrors errors, string field, int value, int min, int max) =>
        value >= min && value <= max ? errors : errors.Add(field, $"Ange ett värde från {min} till {max}.");

    public static ValidationErrors Scale(this ValidationErrors errors, string field, RepeatedField<string> labels)
    {
        errors.Between(field, labels.Count, Limits.MinScale, Limits.MaxScale);
        for (var i = 0; i < labels.Count; i++)
        {
            errors.Text($"{field}[{i}]", labels[i].Trim(), Limits.ScaleLabel);
        }
        return errors;
    }

    public static ValidationErrors Subtree(this ValidationErrors errors, string unitId, string on, MatrixBasis basis) =>
        errors.Id("unit_id", unitId).Date("on", on).Defined<Domain.MatrixBasis>("basis", (int)basis);
}

public sealed class GetRiskMatrixValidator : IRequestValidator<GetRiskMatrixRequest>
{
    public void Validate(GetRiskMatrixRequest request, ValidationErrors errors) => errors.Between("version", request.Version, 0, int.MaxValue);
}

public sealed class UpdateRiskMatrixValidator : IRequestValidator<UpdateRiskMatrixRequest>
{
    public void Validate(UpdateRiskMatrixRequest request, ValidationErrors errors)
    {
        errors.Scale("probability_labels", request.ProbabilityLabels).Scale("consequence_labels", request.ConsequenceLabels);
        if (request.Levels.Count != request.ProbabilityLabels.Count * request.ConsequenceLabels.Count)
        {
            errors.Add("levels", "Ange en nivå per cell: antalet sannolikheter gånger antalet konsekvenser.");
        }
        for (var i = 0; i < request.Levels.Count; i++)
        {
            errors.Defined<Domain.RiskLevel>($"levels[{i}]", (int)request.Levels[i]);
        }
    }
}

public sealed class CreateRiskAnalysisValidator(WorkflowClock clock) : IRequestValidator<CreateRiskAnalysisRequest>
{
    public void Validate(CreateRiskAnalysisRequest request, ValidationErrors errors)
    {
        errors.Id("unit_id", request.UnitId)
            .Defined<Domain.AnalysisSubject>("subject", (int)request.Subject)
            .MaxLength("document_id", request.DocumentId, Limits.IdLength)
            .Text("title", request.Title, Limits.Title)
            .PastDate("held_on", request.HeldOn, clock)
            .Between("participants", request.Participants.Count, 1, Limits.Participants);
        if ((request.Subject == AnalysisSubject.Process) != (request.DocumentId.Length > 0))
        {
            errors.Add("document_id", "Ange processens dokument för en riskanalys av en process, och bara då.");
        }
        for (var i = 0; i < request.Participants.Count; i++)
        {
            errors.Text($"participants[{i}]", request.Participants[i].Trim(), Limits.NameLength);
        }
    }
}

public sealed class GetRiskAnalysisValidator : IRequestValidator<GetRiskAnalysisRequest>
{
    public void Validate(GetRiskAnalysisRequest request, ValidationErrors errors) => errors.Id("analysis_id", request.AnalysisId);
}

public sealed class ListRiskAnalysesValidator : IRequestValidator<ListRiskAnalysesRequest>
{
    public void Validate(ListRiskAnalysesRequest request, ValidationErrors errors) =>
        errors.Page(request.PageSize, request.PageToken).MaxLength("unit_id", request.UnitId, Limits.IdLength);
}

public sealed class CompleteRiskAnalysisValidator : IRequestValidator<CompleteRiskAnalysisRequest>
{
    public void Validate(CompleteRiskAnalysisRequest request, ValidationErrors errors) => errors.Id("analysis_id", request.AnalysisId);
}

public sealed class IdentifyRiskValidator(WorkflowClock clock) : IRequestValidator<IdentifyRiskRequest>
{
    public void Validate(IdentifyRiskRequest request, ValidationErrors errors) =>
        errors.Id("unit_id", request.UnitId)
            .MaxLength("analysis_id", request.AnalysisId, Limits.IdLength)
            .MaxLength("document_id", request.DocumentId, Limits.IdLength)
            .Text("title", request.Title.Trim(), Limits.Title)
            .Text("description", request.Description, Limits.LongText)
            .Text("cause", request.Cause, Limits.LongText)
            .Text("possible_consequence", request.PossibleConsequence, Limits.LongText)
            .Text("owner", request.Owner.Trim(), Limits.NameLength)
            .PastDate("identified_on", request.IdentifiedOn, clock);
}

public sealed class GetRiskValidator : IRequestValidator<GetRiskRequest>
{
    public void Validate(GetRiskRequest request, ValidationErrors errors) => errors.Id("risk_id", request.RiskId);
}

public sealed class ListRisksValidator : IRequestValidator<ListRisksRequest>
{
    public void Validate(ListRisksRequest request, ValidationErrors errors) =>
        errors.Page(request.PageSize, request.PageToken)
            .MaxLength("unit_id", request.UnitId, Limits.IdLength)
            .Defined<Domain.RiskState>("state", (int)request.State, filter: true)
            .Defined<Domain.RiskLevel>("level", (int)request.Level, filter: true);
}

public sealed class AssessRiskValidator : IRequestValidator<AssessRiskRequest>
{
    public void Validate(AssessRiskRequest request, ValidationErrors errors) =>
        errors.Id("risk_id", request.RiskId)
            .Defined<Domain.AssessmentKind>("kind", (int)request.Kind)
            .Between("probability", request.Probability, 1, Limits.MaxScale)
            .Between("consequence", request.Consequence, 1, Limits.MaxScale)
            .Text("grounds", request.Grounds, Limits.LongText);
}

public sealed class DecideRiskActionValidator : IRequestValidator<DecideRiskActionRequest>
{
    public void Validate(DecideRiskActionRequest request, ValidationErrors errors) =>
        errors.Id("risk_id", request.RiskId)
            .Text("description", request.Description.Trim(), Limits.ShortText)
            .Text("responsible", request.Responsible.Trim(), Limits.NameLength)
            .Date("due_on", request.DueOn);
}

public sealed class CompleteRiskActionValidator(WorkflowClock clock) : IRequestValidator<CompleteRiskActionRequest>
{
    public void Validate(CompleteRiskActionRequest request, ValidationErrors errors) =>
        errors.Id("risk_id", request.RiskId).Id("action_id", request.ActionId).PastDate("completed_on", request.CompletedOn, clock);
}

public sealed class CloseRiskValidator : IRequestValidator<CloseRiskRequest>
{
    public void Validate(CloseRiskRequest request, ValidationErrors errors) =>
        errors.Id("risk_id", request.RiskId)
            .Defined<Domain.CloseOutcome>("outcome", (int)request.Outcome)
            .Text("reason", request.Reason.Trim(), Limits.ShortText);
}

public sealed class LinkRiskValidator : IRequestValidator<LinkRiskRequest>
{
    public void Validate(LinkRiskRequest request, ValidationErrors errors) =>
        errors.Id("risk_id", request.RiskId).Defined<Domain.LinkKind>("kind", (int)request.Kind).Id("target_id", request.TargetId);
}

public sealed class GetMatrixViewValidator : IRequestValidator<GetMatrixViewRequest>
{
    public void Validate(GetMatrixViewRequest request, ValidationErrors errors) => errors.Subtree(request.UnitId, request.On, request.Basis);
}

public sealed class ListMatrixCellValidator : IRequestValidator<ListMatrixCellRequest>
{
    public void Validate(ListMatrixCellRequest request, ValidationErrors errors) =>
        errors.Subtree(request.UnitId, request.On, request.Basis)
            .Between("probability", request.Probability, 1, Limits.MaxScale)
            .Between("consequence", request.Consequence, 1, Limits.MaxScale)
            .Page(request.PageSize, request.PageToken);
}

public sealed class CreateRiskAndMaterialityAnalysisValidator : IRequestValidator<CreateRiskAndMaterialityAnalysisRequest>
{
    public void Validate(CreateRiskAndMaterialityAnalysisRequest request, ValidationErrors errors) =>
        errors.Id("unit_id", request.UnitId).Between("year", request.Year, Limits.FirstYear, Limits.LastYear);
}

public sealed class GetRiskAndMaterialityAnalysisValidator : IRequestValidator<GetRiskAndMaterialityAnalysisRequest>
{
    public void Validate(GetRiskAndMaterialityAnalysisRequest request, ValidationErrors errors) => errors.Id("rov_id", request.RovId);
}

public sealed class ListRiskAndMaterialityAnalysesValidator : IRequestValidator<ListRiskAndMaterialityAnalysesRequest>
{
    public void Validate(ListRiskAndMaterialityAnalysesRequest request, ValidationErrors errors) => errors.Page(request.PageSize, request.PageToken);
}

public sealed class RateRiskValidator : IRequestValidator<RateRiskRequest>
{
    public void Validate(RateRiskRequest request, ValidationErrors errors) =>
        errors.Id("rov_id", request.RovId).Id("risk_id", request.RiskId).Between("materiality", request.Materiality, 1, Limits.MaxMateriality);
}

public sealed class ChooseControlValidator : IRequestValidator<ChooseControlRequest>
{
    public void Validate(ChooseControlRequest request, ValidationErrors errors)
    {
        errors.Id("rov_id", request.RovId)
            .Id("risk_id", request.RiskId)
            .Text("control", request.Control.Trim(), Limits.ShortText)
            .Text("responsible_role", request.ResponsibleRole.Trim(), Limits.NameLength)
            .MaxLength("document_id", request.DocumentId, Limits.IdLength)
            .Between("months", request.Months.Count, 0, 12);
        for (var i = 0; i < request.Months.Count; i++)
        {
            errors.Between($"months[{i}]", request.Months[i], 1, 12);
        }
    }
}

public sealed class AdoptRiskAndMaterialityAnalysisValidator : IRequestValidator<AdoptRiskAndMaterialityAnalysisRequest>
{
    public void Validate(AdoptRiskAndMaterialityAnalysisRequest request, ValidationErrors errors) => errors.Id("rov_id", request.RovId);
}
