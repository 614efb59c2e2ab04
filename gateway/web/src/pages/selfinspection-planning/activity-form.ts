import { Frequency, InspectionMethod, type Activity, type ChecklistTemplate } from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";
import { actionForm } from "../../ui/action-form";
import { h, uniqueId } from "../../ui/dom";
import { monthChoice } from "../../ui/month-choice";
import { field, select } from "../../ui/fields";
import { specifiedValues } from "../../ui/labels";
import { capitalise } from "../../ui/text";
import { methodLabels, monthNames } from "../selfinspection/labels";
import { frequencyLabels } from "./labels";

type NewActivity = Omit<Activity, "$typeName" | "activityId" | "documentArchived">;

/**
 * A new activity of a draft plan: what is checked and how, who is responsible (a role, and a person by user id when
 * one is named), how often (the months when chosen) and from which month, the rutin, the risk and the checklist.
 */
export function activityForm(templates: ChecklistTemplate[], add: (activity: NewActivity) => Promise<void>): HTMLFormElement {
  const name = h("input", { name: "name", required: true, maxlength: "200" });
  const method = select("method", specifiedValues(methodLabels), methodLabels);
  const role = h("input", { name: "responsibleRole", required: true, maxlength: "100", value: "Enhetschef" });
  const person = h("input", { name: "responsibleUserId", maxlength: "100", autocomplete: "off" });
  const frequency = select("frequency", specifiedValues(frequencyLabels), frequencyLabels);
  const months = monthChoice("Månader (bara vid valda månader)");
  const startMonth = h("select", { name: "startMonth" }, h("option", { value: "0" }, "Från årets början"),
    ...monthNames.map((month, index) => h("option", { value: String(index + 1) }, capitalise(month))));
  const documentId = h("input", { name: "documentId", maxlength: "100", autocomplete: "off" });
  const riskId = h("input", { name: "riskId", maxlength: "100", autocomplete: "off" });
  const checklist = h("select", { name: "checklistTemplateId" }, h("option", { value: "" }, "Ingen"),
    ...templates.map((template) => h("option", { value: template.templateId }, `${template.name} (version ${template.templateVersion})`)));
  const healthCare = h("input", { type: "checkbox", name: "healthCare", id: uniqueId("hsl") });
  const form = actionForm({
    legend: "Ny aktivitet",
    fields: [
      field("Aktivitet", name), field("Metod", method),
      field("Ansvarig roll", role), field("Ansvarig person (frivilligt)", person, "Personens användar-id. Den personen genomför kontrollen."),
      field("Hur ofta", frequency), months.element, field("Första månaden i år", startMonth, "För en aktivitet som börjar mitt i året."),
      field("Rutin som kontrolleras (frivilligt)", documentId, "Dokumentets id i Dokument."),
      field("Risk som kontrolleras (frivilligt)", riskId, "Riskens id i Risker."),
      field("Checklista (frivilligt)", checklist, "Bara publicerade checklistor kan genomföras."),
      h("div", { class: "checkbox" }, healthCare, h("label", { for: healthCare.id }, "Hälso- och sjukvård (HSL): MAS och verksamhetschef HSL ser och genomför den")),
    ],
    submitLabel: "Lägg till aktiviteten",
    action: async () => {
      await add({
        name: name.value, method: Number(method.value) as InspectionMethod, responsibleRole: role.value, responsibleUserId: person.value.trim(),
        frequency: Number(frequency.value) as Frequency, months: months.months(),
        startMonth: Number(startMonth.value), documentId: documentId.value.trim(), riskId: riskId.value.trim(),
        checklistTemplateId: checklist.value, healthCare: healthCare.checked,
      });
    },
  });
  return form;
}

/** How often an activity runs, in words: the frequency, the chosen months and a mid-year start. */
export function frequencyText(activity: Activity): string {
  const months = activity.frequency === Frequency.CHOSEN_MONTHS
    ? `: ${activity.months.map((month) => monthNames[month - 1]).join(", ")}` : "";
  const start = activity.startMonth > 1 ? `, från ${monthNames[activity.startMonth - 1]}` : "";
  return `${frequencyLabels[activity.frequency]}${months}${start}`;
}
