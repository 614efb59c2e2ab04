namespace Ledningssystem.Reporting.AnnualReports.Domain;

public enum AnnualReportKind
{
    /// <summary>Patientsäkerhetsberättelse (PSL 3 kap. 10 §).</summary>
    PatientSafety = 1,

    /// <summary>Kvalitetsberättelse (SOSFS 2011:9).</summary>
    Quality = 2,
}

public enum AnnualReportState
{
    Draft = 1,
    InReview = 2,

    /// <summary>Fastställd: the text and the figures no longer change.</summary>
    Approved = 3,

    /// <summary>Available to anyone who asks.</summary>
    Published = 4,
}

/// <summary>The sections Socialstyrelsen recommends, in the order of the document.</summary>
public enum ReportSection
{
    GoalsAndStrategies = 1,
    OrganisationalResponsibility = 2,
    FollowUpStructure = 3,
    Cooperation = 4,
    RiskAnalysis = 5,
    SelfInspection = 6,
    Incidents = 7,
    Complaints = 8,
    Results = 9,
    ComingYear = 10,
}

/// <summary>The Swedish words of the documents.</summary>
public static class AnnualReportTexts
{
    public static string Name(AnnualReportKind kind) => kind switch
    {
        AnnualReportKind.PatientSafety => "Patientsäkerhetsberättelse",
        AnnualReportKind.Quality => "Kvalitetsberättelse",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Title(AnnualReportKind kind, int year) => $"{Name(kind)} {year}";

    public static string Heading(ReportSection section, AnnualReportKind kind) => section switch
    {
        ReportSection.GoalsAndStrategies => "Övergripande mål och strategier",
        ReportSection.OrganisationalResponsibility => kind == AnnualReportKind.PatientSafety
            ? "Organisatoriskt ansvar för patientsäkerhetsarbetet"
            : "Organisatoriskt ansvar för kvalitetsarbetet",
        ReportSection.FollowUpStructure => "Struktur för uppföljning och utvärdering",
        ReportSection.Cooperation => kind == AnnualReportKind.PatientSafety ? "Samverkan för att förebygga vårdskador" : "Samverkan",
        ReportSection.RiskAnalysis => "Riskanalys",
        ReportSection.SelfInspection => "Egenkontroll",
        ReportSection.Incidents => "Avvikelser",
        ReportSection.Complaints => "Klagomål och synpunkter",
        ReportSection.Results => "Resultat",
        ReportSection.ComingYear => "Mål och strategier för kommande år",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    public static string State(AnnualReportState state) => state switch
    {
        AnnualReportState.Draft => "utkast",
        AnnualReportState.InReview => "under granskning",
        AnnualReportState.Approved => "fastställd",
        AnnualReportState.Published => "publicerad",
        _ => state.ToString(),
    };
}
