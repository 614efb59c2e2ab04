import { risks } from "../../api/clients";
import type { AppContext, PageView } from "../../app-context";
import { configuresRiskMatrix } from "../../access";
import { RiskLevel, type RiskMatrix } from "../../gen/ledningssystem/risks/v1/risks_pb";
import { actionForm } from "../../ui/action-form";
import { section } from "../../ui/details";
import { announce, h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { formatDateTime } from "../../ui/format";
import { specifiedValues } from "../../ui/labels";
import { riskLevelLabels } from "../risks/labels";
import { readableTextColour } from "../risks/matrix-table";
import { resizeLevels } from "./matrix-levels";

/**
 * Riskmatrisen: the tenant's matrix in force (its scales, each cell's level, the levels' names and colours) and, for
 * those who configure it, a new version: the scales' labels (lowest first) and the level of every cell. Earlier
 * assessments keep the version they were made on.
 */
export function matrixPage(context: AppContext): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar riskmatrisen…"));
  risks.getRiskMatrix({ version: 0 })
    .then((answer) => renderMatrix(content, answer.matrix!, context))
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Riskmatrisens skalor och nivåer", content };
}

function renderMatrix(content: HTMLElement, matrix: RiskMatrix, context: AppContext): void {
  replace(content,
    h("p", {}, `Version ${matrix.version}, från ${formatDateTime(matrix.createdAt)}.`),
    section("nivaer", "Nivåer", h("ul", { class: "legend", "aria-label": "Nivåernas färger" }, ...matrix.styles.map((style) => {
      const swatch = h("li", { class: "level-swatch" }, `${riskLevelLabels[style.level]}${style.label ? ` (${style.label})` : ""}`);
      swatch.style.backgroundColor = style.colour;
      swatch.style.color = readableTextColour(style.colour);
      return swatch;
    })), h("p", { class: "hint" }, "Färgerna följer nivån och ändras inte här.")),
    configuresRiskMatrix(context.roles) ? matrixForm(matrix, (next) => {
      renderMatrix(content, next, context);
      announce(`Version ${next.version} av riskmatrisen gäller nu.`);
    }) : levelsTable(matrix.probabilityLabels, matrix.consequenceLabels, matrix.levels, null));
}

function matrixForm(matrix: RiskMatrix, saved: (matrix: RiskMatrix) => void): HTMLFormElement {
  const probabilities = h("textarea", { name: "probabilityLabels", required: true, rows: "5" }, matrix.probabilityLabels.join("\n"));
  const consequences = h("textarea", { name: "consequenceLabels", required: true, rows: "5" }, matrix.consequenceLabels.join("\n"));
  const grid = h("div", { class: "matrix-scroll" });
  let shape = { probabilities: matrix.probabilityLabels, consequences: matrix.consequenceLabels, levels: matrix.levels };
  const labelsOf = (area: HTMLTextAreaElement) => area.value.split("\n").map((line) => line.trim()).filter(Boolean);
  const selects: HTMLSelectElement[] = [];
  const drawGrid = () => {
    const next = { probabilities: labelsOf(probabilities), consequences: labelsOf(consequences) };
    const levels = resizeLevels(shape.levels.map((level, index) => (selects[index] ? Number(selects[index].value) as RiskLevel : level)),
      shape.probabilities.length, shape.consequences.length, next.probabilities.length, next.consequences.length);
    shape = { ...next, levels };
    selects.length = 0;
    replace(grid, levelsTable(next.probabilities, next.consequences, levels, selects));
  };
  probabilities.addEventListener("change", drawGrid);
  consequences.addEventListener("change", drawGrid);
  drawGrid();
  return actionForm({
    legend: "Ny version av matrisen",
    hint: "Ändrade skalor ger en ny version. Risker bedöms sedan på den; tidigare bedömningar behåller sin version.",
    fields: [field("Sannolikhet, lägst först", probabilities, "En benämning per rad."),
      field("Konsekvens, lägst först", consequences, "En benämning per rad."), grid],
    submitLabel: "Spara som ny version",
    action: async () => saved((await risks.updateRiskMatrix({
      probabilityLabels: shape.probabilities, consequenceLabels: shape.consequences, levels: selects.map((select) => Number(select.value) as RiskLevel),
    })).matrix!),
  });
}

/**
 * The level of each cell, probability up the side (highest at the top), consequence along the bottom; with selects
 * when they are given (one per cell, in the request's order: row by row from the lowest probability).
 */
function levelsTable(probabilities: string[], consequences: string[], levels: RiskLevel[], selects: HTMLSelectElement[] | null): HTMLTableElement {
  const cells = probabilities.map((probability, p) => consequences.map((consequence, c) => {
    const level = levels[p * consequences.length + c] ?? RiskLevel.LOW;
    if (!selects) {
      return h("td", {}, riskLevelLabels[level]);
    }
    const choice = h("select", { name: "levels", "data-field": `levels[${p * consequences.length + c}]`,
      "aria-label": `Nivå vid sannolikhet ${probability} och konsekvens ${consequence}` },
    ...specifiedValues(riskLevelLabels).map((value) => h("option", { value: String(value), selected: value === level }, riskLevelLabels[value])));
    selects.push(choice);
    return h("td", {}, choice);
  }));
  return h("table", { class: "risk-matrix levels" },
    h("caption", {}, "Nivå per sannolikhet och konsekvens"),
    h("thead", {}, h("tr", {}, h("td", { class: "corner" }, "Sannolikhet ↑ / Konsekvens →"),
      ...consequences.map((label) => h("th", { scope: "col" }, label)))),
    h("tbody", {}, ...probabilities.map((label, p) => h("tr", {}, h("th", { scope: "row" }, label), ...cells[p])).reverse()));
}
