import { risks } from "../../api/clients";
import type { AppContext, PageView } from "../../app-context";
import { worksOnRisks } from "../../access";
import { AnalysisSubject, type RiskAnalysisSummary } from "../../gen/ledningssystem/risks/v1/risks_pb";
import { actionForm } from "../../ui/action-form";
import { section } from "../../ui/details";
import { h, replace } from "../../ui/dom";
import { field, select } from "../../ui/fields";
import { swedishToday } from "../../ui/format";
import { specifiedValues } from "../../ui/labels";
import { pagedList } from "../../ui/paged-list";
import { unitAndYearForm, type UnitChoice } from "../unit-chooser";
import { analysisStateLabels, subjectLabels } from "./labels";
import { riskPlanningPaths } from "./risk-planning-paths";

/**
 * Riskanalyser: a unit subtree's analyses (paged) and a new one: what it is about (the unit, a process or rutin, a
 * planned change), the title, the day it was held and who took part.
 */
export function analysesPage(context: AppContext): PageView {
  const area = h("div", {});
  return {
    title: "Riskanalyser",
    content: h("div", {},
      h("p", {}, "En riskanalys görs för enhetens verksamhet, en process eller inför en förändring. Risker som hittas läggs till i analysen och bedöms."),
      unitAndYearForm(false, (choice) => showAnalyses(area, choice, context)),
      area),
  };
}

function showAnalyses(area: HTMLElement, choice: UnitChoice, context: AppContext): void {
  replace(area,
    section("riskanalyser", "Riskanalyser", pagedList({
      label: "Riskanalyser",
      emptyText: "Inga riskanalyser för enheten.",
      load: async (pageToken) => {
        const page = await risks.listRiskAnalyses({ unitId: choice.unitId, pageSize: 20, pageToken });
        return { items: page.analyses, nextPageToken: page.nextPageToken };
      },
      renderItem: analysisCard,
    })),
    worksOnRisks(context.roles) ? newAnalysisForm(choice.unitId, context.navigate) : null);
}

function analysisCard(analysis: RiskAnalysisSummary): HTMLElement {
  return h("a", { href: riskPlanningPaths.analysis(analysis.analysisId), class: "card" },
    h("span", { class: "card-title" }, analysis.title),
    h("span", { class: "status" }, `Status: ${analysisStateLabels[analysis.state]}`),
    h("span", {}, `${subjectLabels[analysis.subject]}, ${analysis.heldOn}`));
}

function newAnalysisForm(unitId: string, navigate: (path: string) => void): HTMLFormElement {
  const subject = select("subject", specifiedValues(subjectLabels), subjectLabels);
  const documentId = h("input", { name: "documentId", maxlength: "100", autocomplete: "off" });
  const title = h("input", { name: "title", required: true, maxlength: "200" });
  const heldOn = h("input", { type: "date", name: "heldOn", required: true, value: swedishToday() });
  const participants = h("textarea", { name: "participants", required: true, rows: "4", maxlength: "4000" });
  return actionForm({
    legend: "Ny riskanalys",
    hint: "Analysen gäller den valda enheten.",
    fields: [field("Vad analyseras?", subject), field("Processens eller rutinens dokument-id (vid en process)", documentId),
      field("Rubrik", title), field("Hölls", heldOn),
      field("Deltagare", participants, "En per rad: namn och roll.")],
    submitLabel: "Skapa riskanalysen",
    action: async () => {
      const answer = await risks.createRiskAnalysis({
        unitId, subject: Number(subject.value) as AnalysisSubject, documentId: documentId.value.trim(), title: title.value, heldOn: heldOn.value,
        participants: participants.value.split("\n").map((line) => line.trim()).filter(Boolean),
      });
      navigate(riskPlanningPaths.analysis(answer.analysis!.analysisId));
    },
  });
}
