using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Documents.Api;

/// <summary>The read acknowledgement requests.</summary>
internal sealed class AcknowledgementValidators :
    IRequestValidator<SetAcknowledgementTargetsRequest>, IRequestValidator<AcknowledgeVersionRequest>,
    IRequestValidator<ListAcknowledgementStatusRequest>, IRequestValidator<SendAcknowledgementRemindersRequest>,
    IRequestValidator<ListDocumentsToReadRequest>
{
    public void Validate(SetAcknowledgementTargetsRequest request, ValidationErrors errors)
    {
        errors.Id("document_id", request.DocumentId).Count("targets", request.Targets);
        foreach (var (target, i) in request.Targets.Select((t, i) => (t, i)))
        {
            errors.Defined($"targets[{i}].role", target.Role).Id($"targets[{i}].unit_id", target.UnitId);
        }
    }

    public void Validate(AcknowledgeVersionRequest request, ValidationErrors errors) =>
        errors.Id("document_id", request.DocumentId).Version("version_number", request.VersionNumber);

    public void Validate(ListAcknowledgementStatusRequest request, ValidationErrors errors) => errors
        .Id("document_id", request.DocumentId)
        .Version("version_number", request.VersionNumber)
        .Page(request.PageSize, request.PageToken);

    public void Validate(SendAcknowledgementRemindersRequest request, ValidationErrors errors) => errors.Id("document_id", request.DocumentId);

    public void Validate(ListDocumentsToReadRequest request, ValidationErrors errors) => errors.Page(request.PageSize, request.PageToken);
}
