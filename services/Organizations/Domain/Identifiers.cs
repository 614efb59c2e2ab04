using System.Text.RegularExpressions;

namespace Ledningssystem.Organizations.Domain;

/// <summary>The ids callers choose: tenants are Keycloak organization aliases; units, assignments and contracts any readable key.</summary>
public static partial class Identifiers
{
    public const int MaxLength = 100;

    /// <summary>Letters, digits, '.', '_' and '-'; never '/', which separates ids in unit paths.</summary>
    public static bool IsValidId(string id) => id.Length <= MaxLength && IdPattern().IsMatch(id);

    /// <summary>Lowercase letters, digits and inner hyphens, as a Keycloak organization alias.</summary>
    public static bool IsValidTenantId(string id) => id.Length <= 63 && TenantIdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex TenantIdPattern();
}
