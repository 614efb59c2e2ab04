using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Rpc.Validation;

namespace Ledningssystem.Documents.Api;

/// <summary>The tenant's document rules.</summary>
internal sealed class DocumentSettingsValidators : IRequestValidator<UpdateDocumentSettingsRequest>
{
    public void Validate(UpdateDocumentSettingsRequest request, ValidationErrors errors)
    {
        if (request.Settings is null)
        {
            errors.Add("settings", "Inställningarna saknas.");
        }
    }
}
