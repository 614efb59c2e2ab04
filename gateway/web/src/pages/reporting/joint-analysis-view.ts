import type { JointAnalysis, JointAnalysisBasis } from "../../gen/ledningssystem/reporting/v1/joint_analysis_pb";
import { h } from "../../ui/dom";
import { formatDateTime } from "../../ui/format";
import { row } from "../../ui/sections";
import { basisTables, type TextTable } from "./joint-analysis-tables";
import { halfLabels } from "./labels";

function table(text: TextTable): HTMLElement {
  return h("div", { class: "table-scroll" }, h("table", { class: "figures" },
    h("caption", {}, text.caption),
    h("thead", {}, h("tr", {}, ...text.headings.map((heading) => h("th", { scope: "col" }, heading)))),
    h("tbody", {}, ...text.rows.map(([name, ...cells]) => h("tr", {}, h("th", { scope: "row" }, name), ...cells.map((cell) => h("td", {}, cell)))))));
}

/** The underlag: the patterns worth discussing first (warning signs marked), then every table. */
export function jointBasisView(basis: JointAnalysisBasis): HTMLElement {
  return h("div", {},
    h("p", {}, `${basis.unitName || "Hela verksamheten"}, ${halfLabels[basis.half].toLowerCase()} ${basis.year}. Antal under ${basis.suppressionThreshold} visas som "färre än ${basis.suppressionThreshold}".`),
    h("h3", {}, "Mönster att diskutera"),
    basis.patterns.length > 0
      ? h("ul", { class: "patterns" }, ...basis.patterns.map((pattern) => h("li", {}, pattern.explanation)))
      : h("p", {}, "Siffrorna visar inga av de mönster som tjänsten letar efter. Analysera ändå klagomålen och rapporterna tillsammans."),
    ...basisTables(basis).map(table));
}

/** A written version: its conclusions, decided actions, who wrote it and when. */
export function jointAnalysisView(analysis: JointAnalysis): HTMLElement {
  return h("article", { class: "protocol" },
    h("h3", { tabindex: "-1" }, `Analys ${halfLabels[analysis.half].toLowerCase()} ${analysis.year}, version ${analysis.version}${analysis.superseded ? " (ersatt av en senare version)" : ""}`),
    h("dl", {}, ...row("Skriven av", analysis.writtenByName), ...row("Sparad", formatDateTime(analysis.writtenAt))),
    h("h4", {}, "Slutsatser"),
    h("p", { class: "answer-text" }, analysis.conclusions),
    h("h4", {}, "Beslutade åtgärder"),
    analysis.actions.length > 0
      ? h("ol", { class: "decisions" }, ...analysis.actions.map((action) => h("li", {},
        h("p", { class: "answer-text" }, action.action), h("p", { class: "hint" }, `Ansvarig: ${action.responsible}. Klar senast ${action.dueOn}.`))))
      : h("p", {}, "Inga åtgärder."));
}
