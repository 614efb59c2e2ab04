using Ledningssystem.Rpc.Errors;

namespace Ledningssystem.Rpc.Validation;

/// <summary>Collects field violations; the helpers cover the rules most requests share.</summary>
public sealed class ValidationErrors
{
    private readonly List<FieldViolation> violations = [];

    public IReadOnlyList<FieldViolation> Violations => violations;

    public bool IsEmpty => violations.Count == 0;

    public ValidationErrors Add(string field, string description)
    {
        violations.Add(new FieldViolation(field, description));
        return this;
    }

    public ValidationErrors Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Fältet måste fyllas i.");
        }
        return this;
    }

    public ValidationErrors MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"Högst {maxLength} tecken är tillåtna (fick {value.Length}).");
        }
        return this;
    }

    public ValidationErrors PageSize(string field, int pageSize, int max = 500)
    {
        if (pageSize < 0 || pageSize > max)
        {
            Add(field, $"Sidstorleken måste vara mellan 0 och {max}.");
        }
        return this;
    }

    /// <summary>Throws INVALID_ARGUMENT with the collected violations, if any.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw RpcErrors.InvalidArgument(violations);
        }
    }
}
