using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Reporting.JointAnalysis.Domain;

/// <summary>Who analyses klagomål and lex Sarah reports together, and who reads the analysis.</summary>
public static class JointAnalysisPermissions
{
    /// <summary>MAS, verksamhetschef, förvaltningschef and kvalitetsutvecklare: those who investigate and compile lex Sarah reports and klagomål.</summary>
    public static readonly Permission Write = new(
        "reporting.joint-analysis.write", Role.Mas, Role.HealthCareManager, Role.AdministrationHead, Role.QualityDeveloper);

    /// <summary>The writers and the nämnd, which follows up the quality of the work.</summary>
    public static readonly Permission Read = new(
        "reporting.joint-analysis.read", Role.Mas, Role.HealthCareManager, Role.AdministrationHead, Role.QualityDeveloper, Role.Committee);
}
