namespace Ledningssystem.Complaints;

/// <summary>The service's own settings, from the "Complaints" configuration section.</summary>
public sealed class ComplaintsOptions
{
    public const string SectionName = "Complaints";

    /// <summary>How often the deadline monitor looks for deadlines that have passed.</summary>
    public TimeSpan DeadlineScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the gallring job looks for contact details whose time is up.</summary>
    public TimeSpan GallringScanInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How many public submissions one provider (tenant) takes per <see cref="PublicSubmissionWindow"/>, counted in each
    /// replica: a flood aimed at one provider is refused without touching the others (the gateway cannot see the tenant
    /// of a call without a token; it limits each address).
    /// </summary>
    public int PublicSubmissionsPerTenant { get; set; } = 100;

    public TimeSpan PublicSubmissionWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a public submission's request id answers a retry with the complaint saved (and a new follow-up code):
    /// long enough for a sender whose answer was lost to send again, short enough that a request id left in a browser
    /// does not open the complaint for long.
    /// </summary>
    public TimeSpan PublicRetryWindow { get; set; } = TimeSpan.FromHours(1);
}
