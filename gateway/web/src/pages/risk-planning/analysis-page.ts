import { create } from "@bufbuild/protobuf";
import { risks } from "../../api/clients";
import { unitName } from "../../api/unit-names";
import type { AppContext, PageView } from "../../app-context";
import { worksOnRisks } from "../../access";
import { RiskAnalysisState, RiskSummarySchema, type Risk, type RiskAnalysis } from "../../gen/ledningssystem/risks/v1/risks_pb";
import { actionForm } from "../../ui/action-form";
import { detailRow, section } from "../../ui/details";
import { announce, h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { formatDateTime } from "../../ui/format";
import { identifyRiskForm } from "../risks/identify-risk-form";
import { riskCard } from "../risks/risk-card";
import { analysisStateLabels, subjectLabels } from "./labels";

/**
 * One riskanalys: what and when, who took part, its risks (each to its page, where it is assessed); while open,
 * adding a risk and completing it (the service wants at least one risk and every one assessed or closed).
 */
export function analysisPage(context: AppContext, analysisId: string): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar riskanalysen…"));
  risks.getRiskAnalysis({ analysisId })
    .then(async (answer) => renderAnalysis(content, answer.analysis!, await risksOf(answer.analysis!), context))
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Riskanalys", content };
}

function risksOf(analysis: RiskAnalysis): Promise<Risk[]> {
  return Promise.all(analysis.riskIds.map(async (riskId) => (await risks.getRisk({ riskId })).risk!));
}

function renderAnalysis(content: HTMLElement, analysis: RiskAnalysis, found: Risk[], context: AppContext): void {
  const open = analysis.state === RiskAnalysisState.OPEN && worksOnRisks(context.roles);
  const unit = h("dd", {}, analysis.unitId);
  void unitName(analysis.unitId).then((name) => (unit.textContent = name));
  replace(content,
    h("h2", { class: "status" }, `${analysis.title} – ${analysisStateLabels[analysis.state]}`),
    h("dl", { class: "details" },
      h("dt", {}, "Enhet"), unit,
      ...detailRow("Gäller", subjectLabels[analysis.subject]),
      ...detailRow("Process (dokument-id)", analysis.documentId),
      ...detailRow("Hölls", analysis.heldOn),
      ...detailRow("Klar", analysis.completedAt ? formatDateTime(analysis.completedAt) : "")),
    section("deltagare", "Deltagare", h("ul", {}, ...analysis.participants.map((participant) => h("li", {}, participant)))),
    section("analysens-risker", "Risker",
      found.length === 0 ? h("p", {}, "Inga risker är tillagda än.") : null,
      h("ul", { class: "cards", "aria-label": "Riskanalysens risker" }, ...found.map((risk) => h("li", {}, riskCard(create(RiskSummarySchema, {
        riskId: risk.riskId, unitId: risk.unitId, state: risk.state, title: risk.title, level: risk.assessments.at(-1)?.level,
      })))))),
    open ? identifyRiskForm(analysis.unitId, context.navigate, analysis.analysisId) : null,
    open ? actionForm({
      legend: "Avsluta riskanalysen",
      hint: "När alla risker är bedömda eller avslutade.",
      submitLabel: "Markera analysen som klar",
      action: async () => {
        const answer = await risks.completeRiskAnalysis({ analysisId: analysis.analysisId });
        renderAnalysis(content, answer.analysis!, found, context);
        announce("Riskanalysen är klar.");
      },
    }) : null);
}
