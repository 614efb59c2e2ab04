namespace Ledningssystem.Reporting.AnnualReports.Figures;

/// <summary>The Swedish names of the counters' kinds and months, as the documents print them.</summary>
internal static class FigureLabels
{
    private static readonly string[] MonthNames =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    public static string Month(int month) => MonthNames[month - 1];

    /// <summary>The columns "this year" and "the year before".</summary>
    public static string[] Years(int year) =>
        [year.ToString(System.Globalization.CultureInfo.InvariantCulture), (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)];

    public static string IncidentKind(string kind) => kind switch
    {
        "INCIDENT_KIND_HEALTH_CARE" => "Avvikelser i hälso- och sjukvården (HSL)",
        "INCIDENT_KIND_SOCIAL_CARE" => "Fel och brister (SoL, LSS)",
        "INCIDENT_KIND_LEX_SARAH" => "Rapporter enligt lex Sarah",
        "INCIDENT_KIND_COOPERATION" => "Samverkansavvikelser",
        "INCIDENT_KIND_PERSONAL_DATA_BREACH" => "Personuppgiftsincidenter",
        "" => "Ännu inte bedömda",
        _ => kind,
    };

    public static string ComplaintKind(string kind) => kind switch
    {
        "COMPLAINT_KIND_COMPLAINT" => "Klagomål",
        "COMPLAINT_KIND_OPINION" => "Synpunkter",
        "COMPLAINT_KIND_SUGGESTION" => "Förslag",
        "COMPLAINT_KIND_PRAISE" => "Beröm",
        _ => kind,
    };

    public static string FindingSeverity(string severity) => severity switch
    {
        "SEVERITY_HIGH" => "Hög allvarlighetsgrad",
        "SEVERITY_MEDIUM" => "Medelhög allvarlighetsgrad",
        "SEVERITY_LOW" => "Låg allvarlighetsgrad",
        "" => "Ännu inte bedömda",
        _ => severity,
    };

    public static string RiskLevel(string level) => level switch
    {
        "RISK_LEVEL_VERY_HIGH" => "Mycket hög nivå",
        "RISK_LEVEL_HIGH" => "Hög nivå",
        "RISK_LEVEL_MEDIUM" => "Medelhög nivå",
        "RISK_LEVEL_LOW" => "Låg nivå",
        "" => "Ännu inte bedömda",
        _ => level,
    };
}
