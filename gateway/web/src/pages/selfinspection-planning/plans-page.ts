import { inspectionPlans } from "../../api/clients";
import { unitName } from "../../api/unit-names";
import type { AppContext, PageView } from "../../app-context";
import { plansSelfInspection } from "../../access";
import type { PlanSummary } from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";
import { actionForm } from "../../ui/action-form";
import { h, replace } from "../../ui/dom";
import { section } from "../../ui/details";
import { field } from "../../ui/fields";
import { pagedList } from "../../ui/paged-list";
import { selfInspectionPaths } from "../selfinspection/selfinspection-paths";
import { unitAndYearForm, type UnitChoice } from "../unit-chooser";
import { planStateLabels } from "./labels";
import { planningPaths } from "./planning-paths";

/**
 * Egenkontrollplaner: a unit subtree's plans of a year, every version (paged), and for planners a new plan for the
 * unit and year; the service refuses a second plan for the same unit and year with its message.
 */
export function plansPage(context: AppContext): PageView {
  const area = h("div", {});
  return {
    title: "Egenkontrollplaner",
    content: h("div", {},
      h("p", {}, "En plan per enhet och år. Lägg till aktiviteterna i utkastet; när planen fastställs hamnar de i ",
        h("a", { href: selfInspectionPaths.yearWheel }, "årshjulet"), ". ",
        h("a", { href: planningPaths.checklists }, "Checklistor"), " skrivs och publiceras för hela organisationen."),
      unitAndYearForm(true, (choice) => showPlans(area, choice, context)),
      area),
  };
}

function showPlans(area: HTMLElement, choice: UnitChoice, context: AppContext): void {
  replace(area,
    section("planer", `Planer ${choice.year}`, pagedList({
      label: `Egenkontrollplaner ${choice.year}`,
      emptyText: "Det finns ingen plan för enheten det här året.",
      load: async (pageToken) => {
        const page = await inspectionPlans.listPlans({ unitId: choice.unitId, year: choice.year, pageSize: 20, pageToken });
        return { items: page.plans, nextPageToken: page.nextPageToken };
      },
      renderItem: planCard,
    })),
    plansSelfInspection(context.roles) ? newPlanForm(choice, context.navigate) : null);
}

function planCard(plan: PlanSummary): HTMLElement {
  return h("a", { href: planningPaths.plan(plan.planId), class: "card" },
    h("span", { class: "card-title" }, plan.name),
    h("span", { class: "status" }, `Status: ${planStateLabels[plan.state]}`),
    h("span", {}, `Version ${plan.planVersion}`));
}

function newPlanForm(choice: UnitChoice, navigate: (path: string) => void): HTMLFormElement {
  const name = h("input", { name: "name", required: true, maxlength: "200" });
  void unitName(choice.unitId).then((unit) => (name.value ||= `Egenkontroll ${unit} ${choice.year}`));
  return actionForm({
    legend: `Ny plan för ${choice.year}`,
    hint: "Planen gäller den valda enheten. Välj organisationens översta enhet för en plan för hela verksamheten.",
    fields: [field("Planens namn", name)],
    submitLabel: "Skapa planen",
    action: async () => {
      const answer = await inspectionPlans.createPlan({ unitId: choice.unitId, year: choice.year, name: name.value });
      navigate(planningPaths.plan(answer.plan!.planId));
    },
  });
}
