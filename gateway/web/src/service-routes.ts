import type { AppContext, PageView } from "./app-context";
import {
  administersTenant, handlesComplaints, holdsQualityCouncil, readsAnnualReports, readsComparison, readsJointAnalysis, readsStatistics, registersComplaints, seesRisks,
  seesSelfInspection,
} from "./access";
import { h } from "./ui/dom";
import { complaintInboxPage } from "./pages/complaints/complaint-inbox-page";
import { complaintPage } from "./pages/complaints/complaint-page";
import { complaintPaths } from "./pages/complaints/complaint-paths";
import { registerComplaintPage } from "./pages/complaints/register-complaint-page";
import { carryOutPage } from "./pages/selfinspection/carry-out-page";
import { executionPage } from "./pages/selfinspection/execution-page";
import { selfInspectionPaths } from "./pages/selfinspection/selfinspection-paths";
import { yearWheelPage } from "./pages/selfinspection/year-wheel-page";
import { riskOverviewPage } from "./pages/risks/risk-overview-page";
import { riskPage } from "./pages/risks/risk-page";
import { riskPaths } from "./pages/risks/risk-paths";
import { organisationPage, organisationPath } from "./pages/organisation/organisation-page";
import { annualReportPage } from "./pages/reporting/annual-report-page";
import { annualReportsPage } from "./pages/reporting/annual-reports-page";
import { comparisonPage } from "./pages/reporting/comparison-page";
import { councilPage } from "./pages/reporting/council-page";
import { jointAnalysisPage } from "./pages/reporting/joint-analysis-page";
import { reportingPaths } from "./pages/reporting/reporting-paths";
import { statisticsPage } from "./pages/reporting/statistics-page";
import { planningPageFor } from "./planning-routes";

/** The pages of Complaints, SelfInspection, Risks, Reporting and the organisation admin, by address; null for other addresses. */
export function servicePageFor(path: string, context: AppContext): PageView | null {
  const planningPage = planningPageFor(path, context);
  if (planningPage) {
    return planningPage;
  }
  if (path === complaintPaths.register) {
    return registerComplaintPage(context);
  }
  const complaint = /^\/klagomal\/([^/]+)$/.exec(path);
  if (complaint) {
    return complaintPage(context, decodeURIComponent(complaint[1]));
  }
  const carryOut = /^\/egenkontroll\/genomfor\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(path);
  if (carryOut) {
    const [planId, activityId, occurrenceId] = carryOut.slice(1).map(decodeURIComponent);
    return carryOutPage(context, planId, activityId, occurrenceId);
  }
  const execution = /^\/egenkontroll\/genomforanden\/([^/]+)$/.exec(path);
  if (execution) {
    return executionPage(context, decodeURIComponent(execution[1]));
  }
  const risk = /^\/risker\/([^/]+)$/.exec(path);
  if (risk) {
    return riskPage(decodeURIComponent(risk[1]));
  }
  const annualReport = /^\/berattelse\/([^/]+)$/.exec(path);
  if (annualReport) {
    return annualReportPage(context, decodeURIComponent(annualReport[1]));
  }
  switch (path) {
    case reportingPaths.statistics:
      return statisticsPage();
    case reportingPaths.council:
      return councilPage();
    case reportingPaths.jointAnalysis:
      return jointAnalysisPage(context);
    case reportingPaths.annualReports:
      return annualReportsPage(context);
    case reportingPaths.comparison:
      return comparisonPage(context);
    case organisationPath:
      return organisationPage(context);
    case riskPaths.overview:
      return riskOverviewPage(context.navigate);
    case complaintPaths.inbox:
      return complaintInboxPage();
    case selfInspectionPaths.yearWheel:
      return yearWheelPage(context);
    default:
      return null;
  }
}

/** The menu's links to those pages, for the roles the user holds. */
export function serviceMenuLinks(context: AppContext): HTMLAnchorElement[] {
  const links: [boolean, string, string][] = [
    [handlesComplaints(context.roles), complaintPaths.inbox, "Klagomål"],
    [registersComplaints(context.roles), complaintPaths.register, "Ta emot klagomål"],
    [seesSelfInspection(context.roles), selfInspectionPaths.yearWheel, "Egenkontroll"],
    [seesRisks(context.roles), riskPaths.overview, "Risker"],
    [readsStatistics(context.roles), reportingPaths.statistics, "Statistik"],
    [holdsQualityCouncil(context.roles), reportingPaths.council, "Kvalitetsråd"],
    [readsJointAnalysis(context.roles), reportingPaths.jointAnalysis, "Halvårsanalys"],
    [readsAnnualReports(context.roles), reportingPaths.annualReports, "Berättelse"],
    [readsComparison(context.roles), reportingPaths.comparison, "Jämförelse"],
    [administersTenant(context.roles), organisationPath, "Organisation"],
  ];
  return links.filter(([shown]) => shown).map(([, href, text]) => h("a", { href }, text));
}
