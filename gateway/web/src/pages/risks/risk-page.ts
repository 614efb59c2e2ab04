import { risks } from "../../api/clients";
import { unitName } from "../../api/unit-names";
import type { PageView } from "../../app-context";
import {
  ActionStatus, AssessmentKind, CloseOutcome, RiskState, type Risk, type RiskMatrix,
} from "../../gen/ledningssystem/risks/v1/risks_pb";
import { actionForm } from "../../ui/action-form";
import { announce, h, replace } from "../../ui/dom";
import { detailRow, historySection, section } from "../../ui/details";
import { errorAlert } from "../../ui/feedback";
import { capitalise } from "../../ui/text";
import { field, select } from "../../ui/fields";
import { formatDate, formatDateTime, swedishToday } from "../../ui/format";
import { assessmentKindLabels, closeOutcomeLabels, linkKindLabels, riskLevelLabels, riskStateLabels } from "./labels";

type Done = (risk: Risk) => void;

/**
 * One risk of the register: what it is, every assessment (before and after actions) with its grounds, the actions,
 * links and the egenkontroller of its control with their results, the history, and the steps open to it: assess on the tenant's current matrix, decide and complete actions,
 * close it as accepted or eliminated.
 */
export function riskPage(riskId: string): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar risken…"));
  Promise.all([risks.getRisk({ riskId }), risks.getRiskMatrix({})])
    .then(([{ risk }, { matrix }]) => show(content, risk!, matrix!))
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Risk", content };
}

function show(content: HTMLElement, risk: Risk, matrix: RiskMatrix, afterStep = false): void {
  const done: Done = (updated) => show(content, updated, matrix, true);
  const latest = risk.assessments.at(-1);
  const status = h("h2", { tabindex: "-1" },
    `${risk.title}: ${riskStateLabels[risk.state]}${latest ? `, nivå ${riskLevelLabels[latest.level].toLowerCase()}` : ""}`);
  const unit = h("dd", {}, risk.unitId);
  void unitName(risk.unitId).then((name) => (unit.textContent = name));
  replace(content,
    status,
    h("dl", {},
      ...detailRow("Beskrivning", risk.description),
      ...detailRow("Orsak", risk.cause),
      ...detailRow("Vad kan hända?", risk.possibleConsequence),
      h("dt", {}, "Enhet"), unit,
      ...detailRow("Ägare", risk.owner),
      ...detailRow("Identifierad", risk.identifiedOn),
      ...detailRow("Avslutad", risk.closeOutcome ? `${closeOutcomeLabels[risk.closeOutcome]}: ${risk.closeReason}` : "")),
    section("bedomningar", "Bedömningar", risk.assessments.length === 0
      ? h("p", {}, "Risken är inte bedömd ännu.")
      : h("ol", { class: "history" }, ...risk.assessments.map((a) =>
        h("li", {}, `${assessmentKindLabels[a.kind]}: sannolikhet ${a.probability}, konsekvens ${a.consequence} – ${riskLevelLabels[a.level]}`,
          ` (${formatDateTime(a.assessed?.at)}, ${a.assessed?.displayName ?? ""})`, a.grounds ? h("p", {}, a.grounds) : null)))),
    risk.actions.length > 0
      ? section("riskatgarder", "Åtgärder", h("ul", {}, ...risk.actions.map((action) =>
        h("li", {}, `${action.description} – ${action.responsible}, `,
          action.status === ActionStatus.COMPLETED ? `genomförd ${action.completedOn}` : `senast ${action.dueOn}`,
          action.status === ActionStatus.PLANNED && risk.state !== RiskState.CLOSED
            ? actionForm({
              submitLabel: "Markera som genomförd", accessibleLabel: `Markera som genomförd: ${action.description}`,
              action: async () => done((await risks.completeRiskAction({ riskId: risk.riskId, actionId: action.actionId, completedOn: swedishToday() })).risk!),
            })
            : null))))
      : null,
    risk.links.length > 0
      ? section("risklankar", "Kopplingar", h("ul", {}, ...risk.links.map((link) => h("li", {}, `${linkKindLabels[link.kind]} ${link.targetId}`))))
      : null,
    risk.controlResults.length > 0
      ? section("riskkontroller", "Genomförda kontroller", h("ul", {}, ...risk.controlResults.map((result) =>
        h("li", {}, `${formatDate(result.completedAt)}: resultat ${result.score.toLocaleString("sv-SE")} %, `,
          result.findings === 1 ? "1 brist" : `${result.findings} brister`))))
      : null,
    ...stepForms(risk, matrix, done),
    historySection(risk.history, (entry) => capitalise(entry.step)));
  if (afterStep) {
    status.focus();
    announce(`Sparat. ${status.textContent}.`);
  }
}

function stepForms(risk: Risk, matrix: RiskMatrix, done: Done): HTMLElement[] {
  if (risk.state === RiskState.CLOSED) {
    return [];
  }
  const riskId = risk.riskId;
  const forms = [assessForm(risk, matrix, done)];
  if (risk.state === RiskState.ASSESSED) {
    const description = h("textarea", { name: "action", required: true, maxlength: "2000", rows: "2" });
    const responsible = h("input", { name: "responsible", required: true, maxlength: "200" });
    const dueOn = h("input", { type: "date", name: "dueOn", required: true, min: swedishToday() });
    forms.push(actionForm({
      legend: "Besluta en åtgärd", fields: [field("Åtgärd", description), field("Ansvarig", responsible, "Namn eller roll."), field("Klar senast", dueOn)],
      submitLabel: "Besluta åtgärden",
      action: async () => done((await risks.decideRiskAction({ riskId, description: description.value, responsible: responsible.value, dueOn: dueOn.value })).risk!),
    }));
  }
  const outcomes = risk.state === RiskState.ASSESSED ? [CloseOutcome.ACCEPTED, CloseOutcome.ELIMINATED] : [CloseOutcome.ELIMINATED];
  const outcome = select("outcome", outcomes, closeOutcomeLabels);
  const reason = h("textarea", { name: "reason", required: true, maxlength: "2000", rows: "2" });
  forms.push(actionForm({
    legend: "Avsluta risken", fields: [field("Utfall", outcome), field("Motivering", reason)], submitLabel: "Avsluta risken",
    action: async () => done((await risks.closeRisk({ riskId, outcome: Number(outcome.value), reason: reason.value })).risk!),
  }));
  return forms;
}

/** An assessment on the tenant's current matrix: the scales' own words, and the grounds. */
function assessForm(risk: Risk, matrix: RiskMatrix, done: Done): HTMLElement {
  const hasCompletedAction = risk.actions.some((action) => action.status === ActionStatus.COMPLETED);
  const kinds = risk.state === RiskState.ASSESSED && hasCompletedAction
    ? [AssessmentKind.INITIAL, AssessmentKind.RESIDUAL] : [AssessmentKind.INITIAL];
  const kind = select("kind", kinds, assessmentKindLabels);
  kind.value = String(kinds.at(-1));
  const scale = (name: string, labels: string[]) => h("select", { name, required: true }, h("option", { value: "" }, "Välj…"),
    ...labels.map((label, index) => h("option", { value: String(index + 1) }, `${index + 1} – ${label}`)));
  const probability = scale("probability", matrix.probabilityLabels);
  const consequence = scale("consequence", matrix.consequenceLabels);
  const grounds = h("textarea", { name: "grounds", required: true, maxlength: "2000", rows: "3" });
  return actionForm({
    legend: risk.assessments.length === 0 ? "Bedöm risken" : "Bedöm risken igen",
    hint: "Restrisken (efter åtgärder) kan bedömas när minst en åtgärd är genomförd.",
    fields: [field("Bedömning", kind), field("Sannolikhet", probability), field("Konsekvens", consequence), field("Grund för bedömningen", grounds)],
    submitLabel: "Spara bedömningen",
    action: async () => done((await risks.assessRisk({
      riskId: risk.riskId, kind: Number(kind.value), probability: Number(probability.value), consequence: Number(consequence.value), grounds: grounds.value,
    })).risk!),
  });
}
