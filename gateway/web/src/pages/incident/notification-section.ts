import { incidents } from "../../api/clients";
import { IncidentKind, IncidentState, type Incident } from "../../gen/ledningssystem/incidents/v1/incidents_pb";
import { actionForm } from "../../ui/action-form";
import { h, uniqueId } from "../../ui/dom";
import { field } from "../../ui/fields";
import { formatDateTime } from "../../ui/format";
import { section } from "../../ui/sections";

type Done = (incident: Incident) => void;

/** What the decision asks, and of whom, for each kind with a duty to notify (docs/incidents.md). */
const QUESTIONS: Partial<Record<IncidentKind, { heading: string; question: string; authority: string; hint: string }>> = {
  [IncidentKind.LEX_SARAH]: {
    heading: "Lex Sarah", authority: "IVO",
    question: "Är det ett allvarligt missförhållande eller en påtaglig risk för ett allvarligt missförhållande?",
    hint: "Om ja anmäls det till IVO snarast.",
  },
  [IncidentKind.HEALTH_CARE]: {
    heading: "Lex Maria", authority: "IVO",
    question: "Har händelsen medfört eller kunnat medföra en allvarlig vårdskada?",
    hint: "MAS beslutar. Om ja blir det ett lex Maria-ärende som anmäls till IVO snarast.",
  },
  [IncidentKind.PERSONAL_DATA_BREACH]: {
    heading: "Personuppgiftsincident", authority: "IMY",
    question: "Ska incidenten anmälas till IMY?",
    hint: "Anmälan ska göras inom 72 timmar från att incidenten upptäcktes.",
  },
};

/**
 * The duty to notify an authority, for handlers of a notifiable incident: the decision with its grounds, then the
 * notification document to download and upload in the authority's e-service, then "sent" with the authority's
 * reference; for lex Maria also that the patient was informed. Null for incidents without such a duty.
 */
export function notificationSection(incident: Incident, done: Done): HTMLElement | null {
  const questions = QUESTIONS[incident.kind];
  if (!questions || incident.state === IncidentState.REPORTED) {
    return null;
  }
  const decision = incident.notification?.decided ? incident.notification : undefined;
  const open = incident.state !== IncidentState.CLOSED && !incident.locked;
  return section(questions.heading,
    decision
      ? h("dl", {},
        h("dt", {}, "Beslut"), h("dd", {}, decision.notify ? `Anmäls till ${questions.authority}` : `Anmäls inte till ${questions.authority}`),
        h("dt", {}, "Skäl"), h("dd", {}, decision.grounds),
        h("dt", {}, "Beslutat av"), h("dd", {}, `${decision.decided?.displayName ?? ""} ${formatDateTime(decision.decided?.at)}`),
        decision.sent ? h("dt", {}, "Anmälan skickad") : null,
        decision.sent ? h("dd", {}, [formatDateTime(decision.sent.at), decision.sent.displayName, decision.sentReference && `referens ${decision.sentReference}`].filter(Boolean).join(", ")) : null)
      : open ? decisionForm(incident.incidentId, questions.question, questions.hint, done) : null,
    decision?.notify ? notificationDocument(incident.incidentId, questions.authority) : null,
    decision?.notify && !decision.sent ? markSentForm(incident.incidentId, questions.authority, done) : null,
    incident.kind === IncidentKind.HEALTH_CARE && decision?.notify ? patientInformation(incident, done) : null);
}

function decisionForm(incidentId: string, question: string, hint: string, done: Done): HTMLElement {
  const name = uniqueId("anmalan");
  const answer = (value: string, label: string) => {
    const radio = h("input", { type: "radio", name, value, id: uniqueId("svar"), required: true });
    return { radio, row: h("div", { class: "checkbox" }, radio, h("label", { for: radio.id }, label)) };
  };
  const yes = answer("ja", "Ja");
  const no = answer("nej", "Nej");
  const grounds = h("textarea", { name: "grounds", required: true, rows: "4", maxlength: "4000" });
  return actionForm({
    legend: "Beslut om anmälan",
    hint,
    fields: [h("fieldset", {}, h("legend", {}, question), yes.row, no.row), field("Skäl för beslutet", grounds)],
    submitLabel: "Spara beslutet", busyLabel: "Sparar…",
    action: async () => done((await incidents.decideNotification({ incidentId, notify: yes.radio.checked, grounds: grounds.value })).incident!),
  });
}

/** The notification as the service writes it (Markdown text), saved by the browser under the service's file name. */
function notificationDocument(incidentId: string, authority: string): HTMLElement {
  return actionForm({
    submitLabel: `Hämta anmälan till ${authority}`, busyLabel: "Hämtar…",
    action: async () => {
      const document = await incidents.getNotificationDocument({ incidentId });
      const url = URL.createObjectURL(new Blob([document.content as BlobPart], { type: document.mediaType }));
      const link = h("a", { href: url, download: document.fileName });
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  });
}

function markSentForm(incidentId: string, authority: string, done: Done): HTMLElement {
  const reference = h("input", { name: "reference", maxlength: "200", autocomplete: "off" });
  return actionForm({
    legend: `Anmälan skickad till ${authority}`,
    hint: `Ladda upp anmälan i ${authority}s e-tjänst och markera den sedan som skickad. Därefter kan utredningen och beslutet inte ändras.`,
    fields: [field(`${authority}s diarienummer eller kvittens (frivilligt)`, reference)],
    submitLabel: "Markera som skickad", busyLabel: "Sparar…",
    action: async () => done((await incidents.markNotificationSent({ incidentId, reference: reference.value })).incident!),
  });
}

function patientInformation(incident: Incident, done: Done): HTMLElement {
  if (incident.patientInformedAt) {
    return h("p", {}, `Patienten informerades ${formatDateTime(incident.patientInformedAt)}: ${incident.patientInformedNote}`);
  }
  const note = h("textarea", { name: "patientInformed", required: true, rows: "3", maxlength: "2000" });
  return actionForm({
    legend: "Information till patienten",
    hint: "Patienten (eller närstående) ska informeras om händelsen (PSL 3 kap. 8 §).",
    fields: [field("Hur och av vem informerades patienten?", note)],
    submitLabel: "Spara informationen", busyLabel: "Sparar…",
    action: async () => done((await incidents.recordPatientInformed({ incidentId: incident.incidentId, note: note.value })).incident!),
  });
}
