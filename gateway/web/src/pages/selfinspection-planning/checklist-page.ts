import { checklists } from "../../api/clients";
import type { AppContext, PageView } from "../../app-context";
import { writesChecklists } from "../../access";
import { TemplateState, type ChecklistTemplate } from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";
import { actionForm } from "../../ui/action-form";
import { detailRow, section } from "../../ui/details";
import { announce, h, replace, uniqueId } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { answerTypeLabels, templateStateLabels } from "./labels";
import { planningPaths } from "./planning-paths";
import { questionEditor } from "./question-editor";

/**
 * One checklist template version: its questions; for writers publishing a draft, a new version of a published one
 * (its questions to change), and sharing a published one with named organisations or all.
 */
export function checklistPage(context: AppContext, templateId: string): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar checklistan…"));
  checklists.getChecklistTemplate({ templateId })
    .then((answer) => renderTemplate(content, answer.template!, context))
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Checklista", content };
}

function renderTemplate(content: HTMLElement, template: ChecklistTemplate, context: AppContext): void {
  const writes = writesChecklists(context.roles);
  const refresh = (next: ChecklistTemplate, message: string) => {
    renderTemplate(content, next, context);
    announce(message);
  };
  const sharing = template.sharedWithAllTenants ? "Alla organisationer" : template.sharedWithTenantIds.join(", ");
  replace(content,
    h("h2", { class: "status" }, `${template.name}, version ${template.templateVersion} – ${templateStateLabels[template.state]}`),
    h("dl", { class: "details" },
      ...detailRow("Delas med", sharing),
      ...detailRow("Antagen från", template.upstreamTenantId)),
    section("fragor", "Frågor", h("ol", { class: "questions" }, ...template.questions.map((question) =>
      h("li", {}, h("strong", {}, question.text),
        h("span", { class: "hint" }, ` ${answerTypeLabels[question.answerType]}; ${question.required ? "måste besvaras" : "frivillig"}; vikt ${question.weight || 1}`),
        question.choices.length > 0 ? h("span", { class: "hint" }, `; val: ${question.choices.join(", ")}`) : null)))),
    writes && template.state === TemplateState.DRAFT ? actionForm({
      legend: "Publicera",
      hint: "Den publicerade versionen används när kontrollerna genomförs; en tidigare publicerad version ersätts.",
      submitLabel: "Publicera checklistan",
      busyLabel: "Publicerar…",
      action: async () => refresh((await checklists.publishChecklistTemplate({ templateId: template.templateId })).template!, "Checklistan är publicerad."),
    }) : null,
    writes && template.state === TemplateState.PUBLISHED ? shareForm(template, refresh) : null,
    writes && template.state === TemplateState.PUBLISHED ? reviseForm(template, context.navigate) : null,
    h("p", {}, h("a", { href: planningPaths.checklists }, "Alla checklistor")));
}

function shareForm(template: ChecklistTemplate, refresh: (next: ChecklistTemplate, message: string) => void): HTMLFormElement {
  const all = h("input", { type: "checkbox", name: "toAllTenants", id: uniqueId("alla"), checked: template.sharedWithAllTenants });
  const tenants = h("input", { name: "tenantIds", maxlength: "4000", autocomplete: "off", value: template.sharedWithTenantIds.join(", ") });
  return actionForm({
    legend: "Dela med andra organisationer",
    hint: "Till exempel så att utförarna gör jämförbara kontroller. Det ersätter den tidigare delningen av versionen.",
    fields: [h("div", { class: "checkbox" }, all, h("label", { for: all.id }, "Med alla organisationer")),
      field("Organisationer (frivilligt)", tenants, "Organisationernas id, åtskilda med komma.")],
    submitLabel: "Dela",
    busyLabel: "Delar…",
    action: async () => {
      const tenantIds = tenants.value.split(",").map((id) => id.trim()).filter(Boolean);
      const answer = await checklists.shareChecklistTemplate({ templateId: template.templateId, tenantIds, toAllTenants: all.checked });
      refresh(answer.template!, "Delningen är sparad.");
    },
  });
}

function reviseForm(template: ChecklistTemplate, navigate: (path: string) => void): HTMLElement {
  const questions = questionEditor(template.questions);
  return h("details", {}, h("summary", {}, "Ny version med ändrade frågor"), actionForm({
    legend: `Version ${template.templateVersion + 1}`,
    fields: [questions.element],
    submitLabel: "Spara den nya versionen",
    action: async () => {
      const answer = await checklists.reviseChecklistTemplate({ templateId: template.templateId, questions: questions.questions() });
      navigate(planningPaths.checklist(answer.template!.templateId));
    },
  }));
}
