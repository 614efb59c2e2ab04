import { complaints, staffProviderDirectory } from "../../api/clients";
import { ComplaintKind, ComplaintState, type Category, type Complaint } from "../../gen/ledningssystem/complaints/v1/complaints_pb";
import { actionForm } from "../../ui/action-form";
import { h, replace, uniqueId } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { fromLocalInputValue, swedishToday, toLocalInputValue } from "../../ui/format";
import { listAllProviders, providerAndUnitSelects } from "./provider-directory";

type Done = (complaint: Complaint) => void;

/** The form of the complaint's next step in its workflow (docs/complaints.md); null when it has ended. */
export function nextStepForm(complaint: Complaint, done: Done): HTMLElement | null {
  const complaintId = complaint.complaintId;
  switch (complaint.state) {
    case ComplaintState.RECEIVED: {
      const on = h("input", { type: "date", name: "acknowledgedOn", required: true, value: swedishToday(), max: swedishToday() });
      const note = h("textarea", { name: "note", maxlength: "2000", rows: "2" });
      return actionForm({
        legend: "Mottagningsbekräftelse", hint: "Den dag avsändaren fick veta att ärendet tagits emot.",
        fields: [field("Skickad", on), field("Anteckning (frivilligt)", note)],
        submitLabel: "Bekräfta mottagandet",
        action: async () => done((await complaints.acknowledgeComplaint({ complaintId, acknowledgedOn: on.value, note: note.value })).complaint!),
      });
    }
    case ComplaintState.ACKNOWLEDGED:
      return actionForm({
        legend: "Utredning", hint: "Utred vad som hänt innan du svarar.", submitLabel: "Starta utredningen",
        action: async () => done((await complaints.startInvestigation({ complaintId })).complaint!),
      });
    case ComplaintState.INVESTIGATING: {
      const text = h("textarea", { name: "answer", required: true, maxlength: "4000", rows: "5" });
      const actions = h("textarea", { name: "actions", maxlength: "4000", rows: "3" });
      const confidentiality = h("textarea", { name: "confidentialityNote", maxlength: "2000", rows: "2" });
      return actionForm({
        legend: "Svar", hint: "Svaret och åtgärderna visas för avsändaren när hen följer ärendet med sin kod.",
        fields: [field("Svar till avsändaren", text), field("Åtgärder (frivilligt)", actions),
          field("Sekretess (frivilligt)", confidentiality, "Om sekretess begränsar svaret: varför. Syns bara för handläggare.")],
        submitLabel: "Skicka svaret",
        action: async () => done((await complaints.answerComplaint({
          complaintId, text: text.value, actions: actions.value, confidentialityNote: confidentiality.value,
        })).complaint!),
      });
    }
    case ComplaintState.ANSWERED:
      return actionForm({
        legend: "Avsluta", hint: "Ärendet är besvarat.", submitLabel: "Avsluta ärendet",
        action: async () => done((await complaints.closeComplaint({ complaintId })).complaint!),
      });
    case ComplaintState.CLOSED: {
      const reason = h("textarea", { name: "reason", required: true, maxlength: "2000", rows: "3" });
      return actionForm({
        legend: "Öppna igen", fields: [field("Varför öppnas ärendet igen?", reason)], submitLabel: "Öppna ärendet igen",
        action: async () => done((await complaints.reopenComplaint({ complaintId, reason: reason.value })).complaint!),
      });
    }
    default:
      return null;
  }
}

const FORWARDABLE = [ComplaintState.RECEIVED, ComplaintState.ACKNOWLEDGED, ComplaintState.INVESTIGATING];
const MAY_RAISE_INCIDENT = [ComplaintState.RECEIVED, ComplaintState.ACKNOWLEDGED, ComplaintState.INVESTIGATING, ComplaintState.ANSWERED];

/** The steps beside the workflow: classify, raise a linked incident, hand over to another provider. */
export function otherStepForms(complaint: Complaint, categories: Category[], ownTenant: string, done: Done): HTMLElement[] {
  const forms: HTMLElement[] = [];
  if (complaint.state !== ComplaintState.CLOSED && complaint.state !== ComplaintState.FORWARDED) {
    forms.push(folded("Klassificera", classifyForm(complaint, categories, done)));
  }
  if (MAY_RAISE_INCIDENT.includes(complaint.state) && complaint.kind !== ComplaintKind.PRAISE && !complaint.linkedIncidentId) {
    forms.push(folded("Skapa en avvikelse av klagomålet", raiseIncidentForm(complaint, done)));
  }
  if (FORWARDABLE.includes(complaint.state)) {
    const placeholder = h("div", {}, h("p", { class: "loading" }, "Hämtar vårdgivare…"));
    const forward = folded("Lämna över till en annan vårdgivare", placeholder);
    // The directory is fetched when the handler opens the step, not on every view of the complaint.
    forward.addEventListener("toggle", () => {
      if (forward.open && !placeholder.querySelector("form")) {
        loadForwardForm(placeholder, complaint.complaintId, ownTenant, done);
      }
    });
    forms.push(forward);
  }
  return forms;
}

/** A step beside the workflow, folded until asked for. */
function folded(summary: string, form: HTMLElement): HTMLDetailsElement {
  return h("details", { class: "more-step" }, h("summary", {}, summary), form);
}

/** The tenant's categories and whether hälso- och sjukvård is concerned (then MAS and verksamhetschef HSL handle it). */
function classifyForm(complaint: Complaint, categories: Category[], done: Done): HTMLElement {
  const boxes = categories.map((category) => {
    const box = h("input", { type: "checkbox", name: "category", value: category.categoryId, id: uniqueId("kategori") });
    box.checked = complaint.categoryIds.includes(category.categoryId);
    return { category, box, row: h("div", { class: "checkbox" }, box, h("label", { for: box.id }, category.name)) };
  });
  const healthCare = h("input", { type: "checkbox", name: "healthCare", id: uniqueId("hsl") });
  healthCare.checked = complaint.healthCare;
  return actionForm({
    legend: "Klassificering", hint: "Högst tio kategorier.",
    fields: [h("fieldset", {}, h("legend", {}, "Kategorier"), ...boxes.map((b) => b.row)),
      h("div", { class: "checkbox" }, healthCare, h("label", { for: healthCare.id }, "Gäller hälso- och sjukvård (HSL)"))],
    submitLabel: "Spara klassificeringen",
    action: async () => done((await complaints.classifyComplaint({
      complaintId: complaint.complaintId,
      categoryIds: boxes.filter((b) => b.box.checked).map((b) => b.category.categoryId),
      healthCare: healthCare.checked,
    })).complaint!),
  });
}

function raiseIncidentForm(complaint: Complaint, done: Done): HTMLElement {
  const whatHappened = h("textarea", { name: "whatHappened", required: true, maxlength: "4000", rows: "4" });
  const occurredAt = h("input", { type: "datetime-local", name: "occurredAt", max: toLocalInputValue(new Date()) });
  const immediate = h("textarea", { name: "immediateActions", maxlength: "2000", rows: "2" });
  return actionForm({
    legend: "Skapa avvikelse",
    hint: "Om klagomålet visar på ett fel, en brist eller en vårdskada. Skriv med egna ord; avsändarens text kopieras inte.",
    fields: [field("Vad hände?", whatHappened), field("När hände det? (frivilligt)", occurredAt, "Svensk tid. Tomt: dagen ärendet kom in."),
      field("Vad gjordes direkt? (frivilligt)", immediate)],
    submitLabel: "Skapa avvikelsen",
    action: async () => done((await complaints.raiseIncident({
      complaintId: complaint.complaintId,
      whatHappened: whatHappened.value,
      occurredAt: occurredAt.value ? fromLocalInputValue(occurredAt.value) : undefined,
      immediateActions: immediate.value,
    })).complaint!),
  });
}

/** Hand over to another provider's unit, chosen from the public directory (the caller's own tenant left out). */
function loadForwardForm(placeholder: HTMLElement, complaintId: string, ownTenant: string, done: Done): void {
  listAllProviders(staffProviderDirectory)
    .then((providers) => {
      const alerts = h("div", {});
      const { provider, unit } = providerAndUnitSelects(staffProviderDirectory, providers.filter((p) => p.tenantId !== ownTenant), alerts);
      const reason = h("textarea", { name: "reason", required: true, maxlength: "2000", rows: "3" });
      replace(placeholder, actionForm({
        legend: "Överlämning",
        hint: "När klagomålet gäller en annan huvudmans eller vårdgivares verksamhet. Det blir ett nytt ärende där.",
        fields: [field("Vårdgivare", provider), field("Enhet", unit), alerts, field("Varför lämnas det över?", reason)],
        submitLabel: "Lämna över",
        action: async () => done((await complaints.forwardComplaint({
          complaintId, tenantId: provider.value, unitId: unit.value, reason: reason.value,
        })).complaint!),
      }));
    })
    .catch((error: unknown) => replace(placeholder, errorAlert(error)));
}
