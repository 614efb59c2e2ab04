import type { AppContext, PageView } from "./app-context";
import { checklistPage } from "./pages/selfinspection-planning/checklist-page";
import { checklistsPage } from "./pages/selfinspection-planning/checklists-page";
import { planPage } from "./pages/selfinspection-planning/plan-page";
import { planningPaths } from "./pages/selfinspection-planning/planning-paths";
import { plansPage } from "./pages/selfinspection-planning/plans-page";
import { analysesPage } from "./pages/risk-planning/analyses-page";
import { analysisPage } from "./pages/risk-planning/analysis-page";
import { matrixPage } from "./pages/risk-planning/matrix-page";
import { riskPlanningPaths } from "./pages/risk-planning/risk-planning-paths";
import { rovPage } from "./pages/risk-planning/rov-page";

/** The planning pages (egenkontroll plans and checklists, riskanalyser, the RoV, the matrix) by address; null for others. */
export function planningPageFor(path: string, context: AppContext): PageView | null {
  const plan = /^\/egenkontroll\/planer\/([^/]+)$/.exec(path);
  if (plan) {
    return planPage(context, decodeURIComponent(plan[1]));
  }
  const checklist = /^\/egenkontroll\/checklistor\/([^/]+)$/.exec(path);
  if (checklist) {
    return checklistPage(context, decodeURIComponent(checklist[1]));
  }
  const analysis = /^\/risker\/analyser\/([^/]+)$/.exec(path);
  if (analysis) {
    return analysisPage(context, decodeURIComponent(analysis[1]));
  }
  switch (path) {
    case planningPaths.plans:
      return plansPage(context);
    case planningPaths.checklists:
      return checklistsPage(context);
    case riskPlanningPaths.analyses:
      return analysesPage(context);
    case riskPlanningPaths.rov:
      return rovPage(context);
    case riskPlanningPaths.matrix:
      return matrixPage(context);
    default:
      return null;
  }
}
