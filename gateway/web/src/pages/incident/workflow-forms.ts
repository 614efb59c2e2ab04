import { incidents } from "../../api/clients";
import {
  ActionStatus, IncidentState, type Incident, type IncidentAction, type RootCause,
} from "../../gen/ledningssystem/incidents/v1/incidents_pb";
import { h, uniqueId } from "../../ui/dom";
import { withProgress } from "../../ui/feedback";
import { field, select } from "../../ui/fields";
import { formatDate, fromLocalInputValue } from "../../ui/format";
import { kindLabels, rootCauseLabels, severityLabels, specifiedValues, subtypeLabels } from "../../ui/labels";

type Done = (incident: Incident) => void;
type Step = () => Promise<{ incident?: Incident }>;

/** The form for the incident's next workflow step, for those who handle it; null when nothing is left to do here. */
export function nextStepForm(incident: Incident, userId: string, done: Done): HTMLElement | null {
  const id = incident.incidentId;
  switch (incident.state) {
    case IncidentState.REPORTED:
      return triageForm(id, done);
    case IncidentState.TRIAGED:
      return stepForm("Utredning", "Utredningen startar nu och ska vara klar inom två veckor.", [], "Starta utredningen", done,
        () => incidents.startInvestigation({ incidentId: id }));
    case IncidentState.INVESTIGATING:
      return incident.investigation ? decideActionsForm(id, userId, done) : investigationForm(id, done);
    case IncidentState.ACTIONS_DECIDED:
      return incident.actions.every((action) => action.status === ActionStatus.DONE)
        ? textStepForm("Uppföljning", "Vilken effekt fick åtgärderna?", "Spara uppföljningen", done,
          (effect) => incidents.followUpIncident({ incidentId: id, effect }))
        : null;
    case IncidentState.FOLLOW_UP:
      return textStepForm("Avsluta", "Vad ledde rapporten till? (Det här ser den som rapporterade.)", "Avsluta avvikelsen", done,
        (outcome) => incidents.closeIncident({ incidentId: id, outcome }));
    default:
      return null;
  }
}

/** A decided action with "Markera som klar" while it is open. */
export function actionItem(incidentId: string, action: IncidentAction, canHandle: boolean, done: Done): HTMLElement {
  const status = action.status === ActionStatus.DONE ? "Klar" : `Senast ${formatDate(action.dueAt)}`;
  const item = h("li", {}, h("span", {}, action.description), " – ", h("span", {}, status));
  if (canHandle && action.status === ActionStatus.OPEN) {
    item.append(" ", stepForm("", "", [], "Markera som klar", done,
      () => incidents.completeAction({ incidentId, actionId: action.actionId }), `Markera som klar: ${action.description}`));
  }
  return item;
}

function triageForm(incidentId: string, done: Done): HTMLElement {
  const kind = select("kind", specifiedValues(kindLabels), kindLabels);
  const subtype = select("subtype", specifiedValues(subtypeLabels), subtypeLabels, false);
  const severity = select("severity", specifiedValues(severityLabels), severityLabels);
  return stepForm("Bedömning", "Vilken sorts avvikelse är det och hur allvarlig?",
    [field("Typ", kind), field("Undertyp (frivilligt)", subtype, "Fall, läkemedel m.m. för HSL; missförhållande för lex Sarah."), field("Allvarlighet", severity)],
    "Spara bedömningen", done,
    () => incidents.triageIncident({ incidentId, kind: Number(kind.value), subtype: Number(subtype.value), severity: Number(severity.value) }));
}

function investigationForm(incidentId: string, done: Done): HTMLElement {
  const whatHappened = h("textarea", { name: "whatHappened", required: true, rows: "4" });
  const why = h("textarea", { name: "why", required: true, rows: "4" });
  const prevention = h("textarea", { name: "prevention", required: true, rows: "3" });
  const causes = specifiedValues(rootCauseLabels).map((cause) => {
    const box = h("input", { type: "checkbox", name: "rootCause", value: String(cause), id: uniqueId("orsak") });
    return { cause, box, row: h("div", { class: "checkbox" }, box, h("label", { for: box.id }, rootCauseLabels[cause])) };
  });
  return stepForm("Utredning", "Vad hände, varför, och hur förhindrar vi att det händer igen?",
    [field("Vad hände?", whatHappened), field("Varför hände det?", why),
      h("fieldset", {}, h("legend", {}, "Orsaker"), ...causes.map((c) => c.row)),
      field("Hur förhindrar vi att det händer igen?", prevention)],
    "Spara utredningen", done,
    () => incidents.completeInvestigation({
      incidentId, whatHappened: whatHappened.value, why: why.value, prevention: prevention.value,
      rootCauses: causes.filter((c) => c.box.checked).map((c) => c.cause as RootCause),
    }));
}

function decideActionsForm(incidentId: string, userId: string, done: Done): HTMLElement {
  const description = h("textarea", { name: "action", required: true, rows: "3" });
  const dueDate = h("input", { type: "date", name: "dueAt", required: true });
  return stepForm("Åtgärd", "Besluta en åtgärd. Du blir ansvarig för den.",
    [field("Åtgärd", description), field("Klar senast", dueDate)],
    "Besluta åtgärden", done,
    () => incidents.decideActions({
      incidentId,
      actions: [{ description: description.value, responsibleUserId: userId, dueAt: fromLocalInputValue(`${dueDate.value}T16:00`) }],
    }));
}

function textStepForm(legend: string, label: string, submitLabel: string, done: Done, call: (text: string) => Promise<{ incident?: Incident }>): HTMLElement {
  const text = h("textarea", { name: "text", required: true, rows: "4" });
  return stepForm(legend, "", [field(label, text)], submitLabel, done, () => call(text.value));
}

/**
 * A step as a form: its fields in a fieldset, a submit button that shows progress, the service's message on a
 * refusal, and the updated incident handed on when the step succeeds.
 */
function stepForm(legend: string, hint: string, fields: HTMLElement[], submitLabel: string, done: Done, step: Step, accessibleLabel?: string): HTMLElement {
  const alerts = h("div", {});
  const submit = h("button", { type: "submit", "aria-label": accessibleLabel }, submitLabel);
  const body = legend
    ? h("fieldset", {}, h("legend", {}, legend), hint ? h("p", { class: "hint" }, hint) : null, ...fields)
    : null;
  const form = h("form", { class: legend ? "stack step" : "inline" }, body, alerts, submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void withProgress(submit, "Sparar…", alerts, async () => {
      const answer = await step();
      done(answer.incident!);
    });
  });
  return form;
}
