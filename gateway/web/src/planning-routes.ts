import type { AppContext, PageView } from "./app-context";
import { checklistPage } from "./pages/selfinspection-planning/checklist-page";
import { checklistsPage } from "./pages/selfinspection-planning/checklists-page";
import { planPage } from "./pages/selfinspection-planning/plan-page";
import { planningPaths } from "./pages/selfinspection-planning/planning-paths";
import { plansPage } from "./pages/selfinspection-planning/plans-page";

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
  switch (path) {
    case planningPaths.plans:
      return plansPage(context);
    case planningPaths.checklists:
      return checklistsPage(context);
    default:
      return null;
  }
}
