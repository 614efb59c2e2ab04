using Ledningssystem.ServiceDefaults.Api;
using System.Text.RegularExpressions;
using Google.Protobuf.Collections;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Documents.Data;
using Ledningssystem.Rpc.Validation;

namespace Ledningssystem.Documents.Api;

/// <summary>The size and shape rules every request meets before its handler runs.</summary>
internal static partial class Rules
{
    public const int MaxListItems = 50;
    public const int MaxQueryLength = 200;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex IdPattern();

    public static ValidationErrors Id(this ValidationErrors errors, string field, string value)
    {
        if (!IdPattern().IsMatch(value))
        {
            errors.Add(field, "Ange ett id av bokstäver (a–z), siffror, '.', '_' och '-', högst 100 tecken.");
        }
        return errors;
    }

    public static ValidationErrors OptionalId(this ValidationErrors errors, string field, string value) =>
        value.Length == 0 ? errors : errors.Id(field, value);

    public static ValidationErrors Version(this ValidationErrors errors, string field, int number)
    {
        if (number <= 0)
        {
            errors.Add(field, "Ange versionens nummer (1 eller högre).");
        }
        return errors;
    }

    public static ValidationErrors Markdown(this ValidationErrors errors, string field, string value) =>
        errors.MaxLength(field, value, Columns.ContentLength);

    public static ValidationErrors ShortText(this ValidationErrors errors, string field, string value) =>
        errors.MaxLength(field, value, Columns.ShortTextLength);

    public static ValidationErrors Count<T>(this ValidationErrors errors, string field, RepeatedField<T> list, int max = MaxListItems)
    {
        if (list.Count > max)
        {
            errors.Add(field, $"Högst {max} värden är tillåtna (fick {list.Count}).");
        }
        return errors;
    }

    public static ValidationErrors Defined<T>(this ValidationErrors errors, string field, T value, bool required = true)
        where T : struct, Enum
    {
        if ((required && Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0) || !Enum.IsDefined(value))
        {
            errors.Add(field, "Välj ett giltigt värde.");
        }
        return errors;
    }

    public static ValidationErrors Details(this ValidationErrors errors, DocumentDetails? details)
    {
        if (details is null)
        {
            return errors.Add("details", "Dokumentets uppgifter saknas.");
        }
        errors.Required("details.title", details.Title).MaxLength("details.title", details.Title, Columns.TitleLength);
        errors.Defined("details.kind", details.Kind);
        errors.Id("details.owner_unit_id", details.OwnerUnitId);
        errors.Defined("details.responsible_role", details.ResponsibleRole);
        errors.Defined("details.approving_role", details.ApprovingRole);
        errors.ShortText("details.follow_up_method", details.FollowUpMethod);
        if (details.ReviewIntervalMonths is < 0 or > 120)
        {
            errors.Add("details.review_interval_months", "Ange 0–120 månader.");
        }
        if (!IsoDates.IsDate(details.NextReviewDate))
        {
            errors.Add("details.next_review_date", "Ange datumet som ÅÅÅÅ-MM-DD.");
        }
        errors.Count("details.legal_references", details.LegalReferences);
        foreach (var (reference, i) in details.LegalReferences.Select((r, i) => (r, i)))
        {
            errors.Required($"details.legal_references[{i}].code", reference.Code)
                .MaxLength($"details.legal_references[{i}].code", reference.Code, 100)
                .MaxLength($"details.legal_references[{i}].title", reference.Title, 300)
                .MaxLength($"details.legal_references[{i}].url", reference.Url, 500);
            if (reference.Code.Contains('|', StringComparison.Ordinal))
            {
                errors.Add($"details.legal_references[{i}].code", "Tecknet '|' är inte tillåtet.");
            }
        }
        errors.Count("details.scope_unit_ids", details.ScopeUnitIds);
        foreach (var (unit, i) in details.ScopeUnitIds.Select((u, i) => (u, i)))
        {
            errors.Id($"details.scope_unit_ids[{i}]", unit);
        }
        errors.Count("details.scope_verksamhetsformer", details.ScopeVerksamhetsformer);
        foreach (var (form, i) in details.ScopeVerksamhetsformer.Select((f, i) => (f, i)))
        {
            errors.Required($"details.scope_verksamhetsformer[{i}]", form).MaxLength($"details.scope_verksamhetsformer[{i}]", form, 40);
        }
        errors.Count("details.samverkan_partners", details.SamverkanPartners);
        foreach (var (partner, i) in details.SamverkanPartners.Select((p, i) => (p, i)))
        {
            errors.Required($"details.samverkan_partners[{i}]", partner).MaxLength($"details.samverkan_partners[{i}]", partner, 200);
        }
        return errors;
    }
}
