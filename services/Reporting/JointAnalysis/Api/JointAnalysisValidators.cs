using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Api;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Reporting.JointAnalysis.Api;

/// <summary>The field rules the joint analysis's requests share.</summary>
internal static class JointAnalysisRules
{
    public const int ConclusionsLength = 20_000;
    public const int MaxActions = 50;
    public const int ActionLength = 2000;
    public const int NameLength = 200;

    public static ValidationErrors HalfYear(this ValidationErrors errors, int year, HalfYear half)
    {
        if (year is < 1901 or > 9999)
        {
            errors.Add("year", "Ange ett år.");
        }
        if (half.ToDomain() is null)
        {
            errors.Add("half", "Ange vilket halvår analysen gäller: första (januari–juni) eller andra (juli–december).");
        }
        return errors;
    }
}

public sealed class GetJointAnalysisBasisValidator : IRequestValidator<GetJointAnalysisBasisRequest>
{
    public void Validate(GetJointAnalysisBasisRequest request, ValidationErrors errors) => errors.UnitId(request.UnitId).HalfYear(request.Year, request.Half);
}

public sealed class RecordJointAnalysisValidator : IRequestValidator<RecordJointAnalysisRequest>
{
    public void Validate(RecordJointAnalysisRequest request, ValidationErrors errors)
    {
        errors.UnitId(request.UnitId).HalfYear(request.Year, request.Half)
            .Required("conclusions", request.Conclusions).MaxLength("conclusions", request.Conclusions, JointAnalysisRules.ConclusionsLength);
        if (request.SupersedesVersion < 0)
        {
            errors.Add("supersedes_version", "Ange vilken version analysen ersätter, eller 0 för den första.");
        }
        if (request.Actions.Count > JointAnalysisRules.MaxActions)
        {
            errors.Add("actions", $"Högst {JointAnalysisRules.MaxActions} åtgärder per analys.");
        }
        for (var i = 0; i < request.Actions.Count; i++)
        {
            var action = request.Actions[i];
            var field = $"actions[{i}]";
            errors.Required($"{field}.action", action.Action).MaxLength($"{field}.action", action.Action, JointAnalysisRules.ActionLength)
                .Required($"{field}.responsible", action.Responsible).MaxLength($"{field}.responsible", action.Responsible, JointAnalysisRules.NameLength);
            if (IsoDates.Parse(action.DueOn) is null)
            {
                errors.Add($"{field}.due_on", "Ange när åtgärden ska vara klar som ÅÅÅÅ-MM-DD.");
            }
        }
    }
}

public sealed class GetJointAnalysisValidator : IRequestValidator<GetJointAnalysisRequest>
{
    public void Validate(GetJointAnalysisRequest request, ValidationErrors errors) =>
        errors.Required("analysis_id", request.AnalysisId).MaxLength("analysis_id", request.AnalysisId, 36);
}

public sealed class ListJointAnalysesValidator : IRequestValidator<ListJointAnalysesRequest>
{
    public void Validate(ListJointAnalysesRequest request, ValidationErrors errors)
    {
        errors.UnitId(request.UnitId).Page(request.PageSize, request.PageToken);
        if (request.Year != 0 && request.Year is < 1901 or > 9999)
        {
            errors.Add("year", "Ange ett år, eller 0 för alla.");
        }
        if (!Enum.IsDefined(request.Half))
        {
            errors.Add("half", "Okänt halvår.");
        }
    }
}
