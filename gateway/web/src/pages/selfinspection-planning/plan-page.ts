import { checklists, inspectionPlans } from "../../api/clients";
import { allPages } from "../../api/all-pages";
import { unitName } from "../../api/unit-names";
import type { AppContext, PageView } from "../../app-context";
import { approvesPlans, plansSelfInspection } from "../../access";
import { PlanState, TemplateState, type Activity, type ChecklistTemplate, type Plan } from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";
import { actionForm } from "../../ui/action-form";
import { detailRow, historySection, section } from "../../ui/details";
import { announce, h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { methodLabels } from "../selfinspection/labels";
import { selfInspectionPaths } from "../selfinspection/selfinspection-paths";
import { activityForm, frequencyText } from "./activity-form";
import { planStateLabels, planStepLabel } from "./labels";
import { planningPaths } from "./planning-paths";

/**
 * One egenkontroll plan: its unit, year, version and state, its activities and history; in a draft, adding and
 * removing activities and, for förvaltningschef and verksamhetschef HSL, fastställa it; an approved plan gets a new
 * version (with the reason) or a copy for next year. The service decides every step and names the state it refuses.
 */
export function planPage(context: AppContext, planId: string): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar planen…"));
  const show = (plan: Plan, templates: ChecklistTemplate[]) => renderPlan(content, plan, templates, context);
  Promise.all([inspectionPlans.getPlan({ planId }), publishedTemplates()])
    .then(([answer, templates]) => show(answer.plan!, templates))
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Egenkontrollplan", content };
}

async function publishedTemplates(): Promise<ChecklistTemplate[]> {
  const all = await allPages(async (pageToken) => {
    const page = await checklists.listChecklistTemplates({ pageSize: 100, pageToken });
    return { items: page.templates, nextPageToken: page.nextPageToken };
  });
  return all.filter((template) => template.state === TemplateState.PUBLISHED);
}

function renderPlan(content: HTMLElement, plan: Plan, templates: ChecklistTemplate[], context: AppContext): void {
  const refresh = (next: Plan, message: string) => {
    renderPlan(content, next, templates, context);
    announce(message);
  };
  const draft = plan.state === PlanState.DRAFT;
  const plans = plansSelfInspection(context.roles);
  const unit = h("dd", {}, plan.unitId);
  void unitName(plan.unitId).then((name) => (unit.textContent = name));
  const templateNames = new Map(templates.map((template) => [template.templateId, template.name]));
  replace(content,
    h("h2", { class: "status" }, `${plan.name} – ${planStateLabels[plan.state]}`),
    h("dl", { class: "details" }, h("dt", {}, "Enhet"), unit, ...detailRow("År", String(plan.year)),
      ...detailRow("Version", String(plan.planVersion))),
    plan.state === PlanState.APPROVED
      ? h("p", {}, h("a", { href: selfInspectionPaths.yearWheel }, "Se kontrollerna i årshjulet")) : null,
    section("aktiviteter", "Aktiviteter",
      plan.activities.length === 0 ? h("p", {}, "Planen har inga aktiviteter än.") : null,
      h("ul", { class: "cards", "aria-label": "Aktiviteter" }, ...plan.activities.map((activity) =>
        h("li", {}, activityCard(activity, templateNames, draft && plans ? removeForm(plan, activity, refresh) : null))))),
    draft && plans ? activityForm(templates, async (activity) => {
      const answer = await inspectionPlans.addActivity({ planId: plan.planId, activity });
      refresh(answer.plan!, `${activity.name} är tillagd.`);
    }) : null,
    draft && approvesPlans(context.roles) ? actionForm({
      legend: "Fastställ planen",
      hint: "Kontrollerna schemaläggs i årshjulet. En fastställd plan ändras genom en ny version.",
      submitLabel: "Fastställ",
      action: async () => refresh((await inspectionPlans.approvePlan({ planId: plan.planId })).plan!, "Planen är fastställd."),
    }) : null,
    plan.state === PlanState.APPROVED && plans ? approvedPlanForms(plan, context.navigate) : null,
    historySection(plan.history, (entry) => planStepLabel(entry.step, entry.toState)));
}

function activityCard(activity: Activity, templateNames: Map<string, string>, remove: HTMLElement | null): HTMLElement {
  const checklist = activity.checklistTemplateId ? templateNames.get(activity.checklistTemplateId) ?? activity.checklistTemplateId : "";
  return h("article", { class: "card activity" },
    h("h3", { class: "card-heading" }, activity.name),
    h("dl", { class: "details" },
      ...detailRow("Metod", methodLabels[activity.method]),
      ...detailRow("Ansvarig", [activity.responsibleRole, activity.responsibleUserId].filter(Boolean).join(", ")),
      ...detailRow("Hur ofta", frequencyText(activity)),
      ...detailRow("Rutin", activity.documentId ? `${activity.documentId}${activity.documentArchived ? " (arkiverad)" : ""}` : ""),
      ...detailRow("Risk", activity.riskId),
      ...detailRow("Checklista", checklist),
      ...detailRow("Hälso- och sjukvård", activity.healthCare ? "Ja" : "")),
    remove);
}

function removeForm(plan: Plan, activity: Activity, refresh: (plan: Plan, message: string) => void): HTMLFormElement {
  return actionForm({
    submitLabel: "Ta bort",
    accessibleLabel: `Ta bort ${activity.name}`,
    busyLabel: "Tar bort…",
    action: async () => {
      const answer = await inspectionPlans.removeActivity({ planId: plan.planId, activityId: activity.activityId });
      refresh(answer.plan!, `${activity.name} är borttagen.`);
    },
  });
}

function approvedPlanForms(plan: Plan, navigate: (path: string) => void): HTMLElement {
  const reason = h("textarea", { name: "reason", required: true, maxlength: "1000", rows: "3" });
  return h("div", { class: "stack" },
    actionForm({
      legend: "Ändra den fastställda planen",
      hint: "En ny version börjar som ett utkast med samma aktiviteter. När den fastställs ersätter den den här.",
      fields: [field("Varför ändras planen?", reason)],
      submitLabel: "Påbörja en ny version",
      action: async () => navigate(planningPaths.plan((await inspectionPlans.revisePlan({ planId: plan.planId, reason: reason.value })).plan!.planId)),
    }),
    actionForm({
      legend: `Plan för ${plan.year + 1}`,
      hint: "Nästa års plan börjar som en kopia av de återkommande aktiviteterna, alla från januari.",
      submitLabel: `Kopiera till ${plan.year + 1}`,
      action: async () => navigate(planningPaths.plan((await inspectionPlans.copyPlanToNextYear({ planId: plan.planId })).plan!.planId)),
    }));
}
