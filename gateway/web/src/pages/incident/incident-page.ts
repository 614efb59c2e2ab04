import { incidents } from "../../api/clients";
import { unitName } from "../../api/unit-names";
import type { AppContext, PageView } from "../../app-context";
import { IncidentKind, IncidentState, type Incident } from "../../gen/ledningssystem/incidents/v1/incidents_pb";
import { announce, h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { formatDateTime } from "../../ui/format";
import { row } from "../../ui/sections";
import { deadlineLabels, kindLabels, rootCauseLabels, severityLabels, stateLabels, stepLabel, subtypeLabels } from "../../ui/labels";
import { notificationSection } from "./notification-section";
import { actionItem, nextStepForm } from "./workflow-forms";

const WORKFLOW = [
  IncidentState.REPORTED, IncidentState.TRIAGED, IncidentState.INVESTIGATING,
  IncidentState.ACTIONS_DECIDED, IncidentState.FOLLOW_UP, IncidentState.CLOSED,
];

/**
 * One incident: where it is in the workflow, what was reported, the investigation, actions and outcome as far as the
 * user may see them, and for those who handle it the form of the next step. Another tenant's incident, or one the
 * user may not see, shows the service's message and nothing of the incident.
 */
export function incidentPage(context: AppContext, incidentId: string): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar avvikelsen…"));
  incidents.getIncident({ incidentId })
    .then((answer) => show(content, answer.incident!, context))
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Avvikelse", content };
}

function show(content: HTMLElement, incident: Incident, context: AppContext, afterStep = false): void {
  const rerender = (updated: Incident) => show(content, updated, context, true);
  const status = h("h2", { tabindex: "-1" }, `Status: ${stateLabels[incident.state]}`);
  const unit = h("dd", {}, incident.unitId);
  void unitName(incident.unitId).then((name) => (unit.textContent = name));
  replace(content,
    status,
    workflow(incident.state),
    incident.deadline?.dueAt
      ? h("p", { class: incident.deadline.overdue ? "deadline overdue" : "deadline" },
        `${incident.deadline.overdue ? "Försenad" : "Nästa tidsgräns"}: ${deadlineLabels[incident.deadline.stage]} senast ${formatDateTime(incident.deadline.dueAt)}`)
      : null,
    incident.state === IncidentState.CLOSED
      ? h("section", { class: "outcome", "aria-labelledby": "resultat" }, h("h2", { id: "resultat" }, "Resultat"), h("p", {}, incident.outcome))
      : null,
    h("section", { "aria-labelledby": "rapporten" }, h("h2", { id: "rapporten" }, "Rapporten"),
      h("dl", {},
        ...row("Rapportnummer", incident.incidentId),
        ...row("Vad hände?", incident.whatHappened),
        ...row("När?", formatDateTime(incident.occurredAt)),
        h("dt", {}, "Var?"), unit,
        ...row("Direkta åtgärder", incident.immediateActions),
        ...row("Gäller", incident.involvedPersonReference),
        ...row("Rapporterad av", incident.anonymous ? "Anonym" : incident.reported?.displayName),
        ...row("Typ", incident.kind === IncidentKind.UNSPECIFIED ? "" : kindLabels[incident.kind]),
        ...row("Undertyp", incident.subtype ? subtypeLabels[incident.subtype] : ""),
        ...row("Allvarlighet", incident.severity ? severityLabels[incident.severity] : ""))),
    incident.investigation
      ? h("section", { "aria-labelledby": "utredningen" }, h("h2", { id: "utredningen" }, "Utredningen"),
        h("dl", {},
          ...row("Vad hände?", incident.investigation.whatHappened),
          ...row("Varför?", incident.investigation.why),
          ...row("Orsaker", incident.investigation.rootCauses.map((c) => rootCauseLabels[c]).join(", ")),
          ...row("Förebyggande", incident.investigation.prevention)))
      : null,
    incident.actions.length > 0
      ? h("section", { "aria-labelledby": "atgarder" }, h("h2", { id: "atgarder" }, "Åtgärder"),
        h("ul", {}, ...incident.actions.map((action) => actionItem(incident.incidentId, action, context.handlesIncidents, rerender))))
      : null,
    incident.followUpEffect
      ? h("section", { "aria-labelledby": "uppfoljning" }, h("h2", { id: "uppfoljning" }, "Uppföljning"), h("p", {}, incident.followUpEffect))
      : null,
    context.handlesIncidents ? notificationSection(incident, rerender) : null,
    context.handlesIncidents ? nextStepForm(incident, context.user.id, rerender) : null,
    history(incident));
  if (afterStep) {
    status.focus();
    announce(`Sparat. Status: ${stateLabels[incident.state]}.`);
  }
}

/** The workflow's steps, the current one marked for sight and for screen readers. */
function workflow(current: IncidentState): HTMLElement {
  const position = WORKFLOW.indexOf(current);
  return h("ol", { class: "workflow", "aria-label": "Arbetsgång" }, ...WORKFLOW.map((state, index) =>
    h("li", { class: index < position ? "done" : index === position ? "current" : "", "aria-current": index === position ? "step" : undefined },
      stateLabels[state])));
}

function history(incident: Incident): HTMLElement {
  return h("section", { "aria-labelledby": "historik" }, h("h2", { id: "historik" }, "Historik"),
    h("ol", { class: "history" }, ...incident.history.map((entry) =>
      h("li", {}, `${formatDateTime(entry.actor?.at)} – ${stepLabel(entry.step, entry.toState)}`, entry.actor?.displayName ? ` (${entry.actor.displayName})` : "",
        entry.note ? h("p", {}, entry.note) : null))));
}
