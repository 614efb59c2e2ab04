import { checklists, inspections } from "../../api/clients";
import { unitName } from "../../api/unit-names";
import type { AppContext, PageView } from "../../app-context";
import type { User } from "../../auth/session";
import {
  AnswerType, FindingState, type Answer, type ChecklistTemplate, type Execution, type Finding,
} from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";
import { announce, h, replace } from "../../ui/dom";
import { actionForm } from "../../ui/action-form";
import { detailRow, section } from "../../ui/details";
import { errorAlert } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { swedishToday } from "../../ui/format";
import { findingSeverityLabels, findingStateLabels, formatScore, yesNoLabels } from "./labels";

/**
 * A carried-out egenkontroll: the compliance score as a bar and a number, every answer with its comment, and the
 * findings ("nej" and "delvis" answers, and free ones), each with the step open to it: decide an action, accept it
 * with a reason, or complete the decided action.
 */
export function executionPage(context: AppContext, executionId: string): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar egenkontrollen…"));
  inspections.getExecution({ executionId })
    .then(async ({ execution }) => {
      const template = (await checklists.getChecklistTemplate({ templateId: execution!.templateId })).template!;
      const findings = await Promise.all(execution!.findingIds.map(async (findingId) => (await inspections.getFinding({ findingId })).finding!));
      show(content, execution!, template, findings, context.user);
    })
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Genomförd egenkontroll", content };
}

function show(content: HTMLElement, execution: Execution, template: ChecklistTemplate, findings: Finding[], user: User): void {
  const unit = h("dd", {}, execution.unitId);
  void unitName(execution.unitId).then((name) => (unit.textContent = name));
  const heading = h("h2", { tabindex: "-1" }, `Resultat: ${formatScore(execution.score)}`);
  replace(content,
    heading,
    h("div", { class: "score-bar", role: "img", "aria-label": `Följsamhet ${formatScore(execution.score)} av 100 %` },
      h("div", { class: "score-fill" })),
    h("dl", {},
      ...detailRow("Checklista", template.name),
      h("dt", {}, "Enhet"), unit,
      ...detailRow("Genomförd", execution.performedOn),
      ...detailRow("Av", execution.performed?.displayName)),
    section("svaren", "Svaren", h("ol", { class: "answers" }, ...template.questions.map((question) => {
      const answer = execution.answers.find((a) => a.questionId === question.questionId);
      return h("li", {}, h("span", { class: "question-text" }, question.text), " ", h("strong", {}, answerText(question.answerType, answer)),
        answer?.comment ? h("p", { class: "answer-text" }, answer.comment) : null);
    }))),
    section("avvikelser-fynd", `Fynd (${findings.length})`,
      findings.length === 0 ? h("p", {}, "Inga fynd: allt följde rutinerna.") : h("ul", { class: "cards" }, ...findings.map((finding) =>
        h("li", {}, findingCard(finding, user, (updated) => {
          show(content, execution, template, findings.map((f) => (f.findingId === updated.findingId ? updated : f)), user);
          announce(`Fyndet är ${findingStateLabels[updated.state].toLowerCase()}.`);
        }))))));
  // The bar's width is the score: set as a style property (the CSP allows no inline style attribute).
  content.querySelector<HTMLElement>(".score-fill")!.style.width = `${Math.max(0, Math.min(100, execution.score))}%`;
}

function answerText(type: AnswerType, answer: Answer | undefined): string {
  if (!answer) {
    return "Ej besvarad";
  }
  return type === AnswerType.YES_NO ? yesNoLabels[answer.yesNo] : answer.value || "Ej besvarad";
}

function findingCard(finding: Finding, user: User, done: (finding: Finding) => void): HTMLElement {
  return h("div", { class: "card finding" },
    h("span", { class: "card-title-plain" }, finding.description),
    h("span", {}, `Allvarlighet: ${findingSeverityLabels[finding.severity]}`),
    h("span", { class: "status" }, `Status: ${findingStateLabels[finding.state]}`),
    finding.action ? h("span", {}, `Åtgärd: ${finding.action.description} – ${finding.action.responsibleName}, senast ${finding.action.dueOn}`) : null,
    finding.action?.followUpNote ? h("span", {}, `Uppföljning: ${finding.action.followUpNote}`) : null,
    finding.acceptedReason ? h("span", {}, `Skäl: ${finding.acceptedReason}`) : null,
    ...findingSteps(finding, user, done));
}

function findingSteps(finding: Finding, user: User, done: (finding: Finding) => void): HTMLElement[] {
  const findingId = finding.findingId;
  if (finding.state === FindingState.ACTION_DECIDED) {
    const note = h("textarea", { name: "followUpNote", required: true, maxlength: "2000", rows: "2" });
    return [actionForm({
      legend: "Följ upp åtgärden", fields: [field("Hur blev det?", note)], submitLabel: "Markera åtgärden som klar",
      action: async () => done((await inspections.completeAction({ findingId, followUpNote: note.value })).finding!),
    })];
  }
  if (finding.state !== FindingState.OPEN) {
    return [];
  }
  const description = h("textarea", { name: "action", required: true, maxlength: "2000", rows: "2" });
  const dueOn = h("input", { type: "date", name: "dueOn", required: true, min: swedishToday() });
  const reason = h("textarea", { name: "reason", required: true, maxlength: "2000", rows: "2" });
  return [
    actionForm({
      legend: "Besluta en åtgärd", hint: "Du blir ansvarig. Åtgärden står på enhetens balanslista tills den är klar.",
      fields: [field("Åtgärd", description), field("Klar senast", dueOn)],
      submitLabel: "Besluta åtgärden",
      action: async () => done((await inspections.decideAction({
        findingId, description: description.value, responsibleUserId: user.id, responsibleName: user.name, dueOn: dueOn.value,
      })).finding!),
    }),
    actionForm({
      legend: "Eller: acceptera utan åtgärd", fields: [field("Varför behövs ingen åtgärd?", reason)], submitLabel: "Acceptera fyndet",
      action: async () => done((await inspections.acceptFinding({ findingId, reason: reason.value })).finding!),
    }),
  ];
}
