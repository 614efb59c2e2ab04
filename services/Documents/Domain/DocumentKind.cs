namespace Ledningssystem.Documents.Domain;

/// <summary>The kinds of governing documents; stored by name, numbered as in the API.</summary>
public enum DocumentKind
{
    Policy = 1,
    Process,
    Rutin,
    Riktlinje,
    Blankett,
    Checklista,
    Instruktion,
}

/// <summary>A version's place in its lifecycle; numbered as in the API.</summary>
public enum VersionStatus
{
    Draft = 1,
    ForReview,
    Approved,
    Published,
    Superseded,
    Archived,
}

public static class VersionStatusNames
{
    /// <summary>The state's Swedish name, for messages people read.</summary>
    public static string Swedish(this VersionStatus status) => status switch
    {
        VersionStatus.Draft => "utkast",
        VersionStatus.ForReview => "för granskning",
        VersionStatus.Approved => "godkänd",
        VersionStatus.Published => "publicerad",
        VersionStatus.Superseded => "ersatt",
        VersionStatus.Archived => "arkiverad",
        _ => status.ToString(),
    };

    /// <summary>The state as the API's enum names it (without prefix), for ErrorInfo metadata programs read.</summary>
    public static string Code(this VersionStatus status) => status switch
    {
        VersionStatus.ForReview => "FOR_REVIEW",
        _ => status.ToString().ToUpperInvariant(),
    };
}
