import { checklists } from "../../api/clients";
import type { AppContext, PageView } from "../../app-context";
import { writesChecklists } from "../../access";
import type { ChecklistTemplate } from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";
import { actionForm } from "../../ui/action-form";
import { section } from "../../ui/details";
import { h } from "../../ui/dom";
import { field } from "../../ui/fields";
import { pagedList } from "../../ui/paged-list";
import { templateStateLabels } from "./labels";
import { planningPaths } from "./planning-paths";
import { questionEditor } from "./question-editor";

/**
 * Checklistor: the organisation's checklist templates, every version (paged); for those who write them a new template
 * (a draft) and the templates other organisations share, to adopt.
 */
export function checklistsPage(context: AppContext): PageView {
  const writes = writesChecklists(context.roles);
  return {
    title: "Checklistor för egenkontroll",
    content: h("div", {},
      h("p", {}, "En checklista skrivs som ett utkast och publiceras; en ändring blir en ny version."),
      section("checklistor", "Organisationens checklistor", pagedList({
        label: "Checklistor",
        emptyText: "Det finns inga checklistor än.",
        load: async (pageToken) => {
          const page = await checklists.listChecklistTemplates({ pageSize: 20, pageToken });
          return { items: page.templates, nextPageToken: page.nextPageToken };
        },
        renderItem: templateCard,
      })),
      writes ? newTemplateForm(context.navigate) : null,
      writes ? section("delade", "Delade av andra", sharedTemplates(context.navigate)) : null),
  };
}

function templateCard(template: ChecklistTemplate): HTMLElement {
  return h("a", { href: planningPaths.checklist(template.templateId), class: "card" },
    h("span", { class: "card-title" }, template.name),
    h("span", { class: "status" }, `Status: ${templateStateLabels[template.state]}`),
    h("span", {}, `Version ${template.templateVersion}, ${template.questions.length} frågor`));
}

function newTemplateForm(navigate: (path: string) => void): HTMLFormElement {
  const name = h("input", { name: "name", required: true, maxlength: "200" });
  const questions = questionEditor([]);
  return actionForm({
    legend: "Ny checklista",
    fields: [field("Namn", name), questions.element],
    submitLabel: "Spara utkastet",
    action: async () => {
      const answer = await checklists.createChecklistTemplate({ name: name.value, questions: questions.questions() });
      navigate(planningPaths.checklist(answer.template!.templateId));
    },
  });
}

function sharedTemplates(navigate: (path: string) => void): HTMLElement {
  return pagedList({
    label: "Checklistor delade med organisationen",
    emptyText: "Ingen annan organisation delar en checklista med er.",
    load: async (pageToken) => {
      const page = await checklists.listSharedChecklistTemplates({ pageSize: 20, pageToken });
      return { items: page.templates, nextPageToken: page.nextPageToken };
    },
    renderItem: (template) => h("article", { class: "card" },
      h("h3", { class: "card-heading" }, template.name),
      h("p", {}, `Version ${template.templateVersion} från ${template.tenantId}, ${template.questions.length} frågor: `,
        template.questions.map((question) => question.text).join(" · ")),
      actionForm({
        submitLabel: "Anta",
        accessibleLabel: `Anta ${template.name}`,
        action: async () => navigate(planningPaths.checklist((await checklists.adoptChecklistTemplate({ templateId: template.templateId })).template!.templateId)),
      })),
  });
}
