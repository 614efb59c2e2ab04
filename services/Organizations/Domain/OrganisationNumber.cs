namespace Ledningssystem.Organizations.Domain;

/// <summary>
/// A Swedish organisationsnummer: ten digits, the last a Luhn check digit over the other nine, written NNNNNN-NNNN.
/// An enskild näringsidkare uses a personnummer in the same form, so no further rule on the digits applies.
/// </summary>
public sealed record OrganisationNumber
{
    private OrganisationNumber(string value) => Value = value;

    /// <summary>NNNNNN-NNNN.</summary>
    public string Value { get; }

    /// <summary>Reads NNNNNN-NNNN or NNNNNNNNNN (surrounding spaces ignored) with a valid check digit.</summary>
    public static bool TryParse(string? text, out OrganisationNumber number)
    {
        number = null!;
        var digits = text?.Trim() ?? "";
        if (digits.Length == 11 && digits[6] == '-')
        {
            digits = digits.Remove(6, 1);
        }
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit) || !HasValidCheckDigit(digits))
        {
            return false;
        }
        number = new OrganisationNumber($"{digits[..6]}-{digits[6..]}");
        return true;
    }

    public static OrganisationNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not an organisationsnummer.");

    public override string ToString() => Value;

    // Luhn: from the left, every other digit (the first, third, ...) is doubled and its digits summed.
    private static bool HasValidCheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var value = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += value / 10 + value % 10;
        }
        return sum % 10 == 0;
    }
}
