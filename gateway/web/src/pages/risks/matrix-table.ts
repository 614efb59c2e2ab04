import type { GetMatrixViewResponse, MatrixCell, RiskLevel, RiskMatrix } from "../../gen/ledningssystem/risks/v1/risks_pb";
import { h } from "../../ui/dom";
import { riskLevelLabels } from "./labels";

/**
 * The risk matrix as a coloured grid: probability up the side (highest at the top), consequence along the bottom,
 * each cell in its level's colour with the number of risks in it. It is a real table (caption, row and column
 * headers), so a screen reader reads every count with its probability and consequence; a cell with risks is a button
 * that shows the list behind it. The colour is never the only sign: each cell also names its level.
 */
export function matrixTable(view: GetMatrixViewResponse, caption: string, showCell: (cell: MatrixCell) => void): HTMLTableElement {
  const matrix = view.matrix!;
  const cellAt = (probability: number, consequence: number) =>
    view.cells.find((cell) => cell.probability === probability && cell.consequence === consequence);
  const rows = matrix.probabilityLabels.map((_, index) => index + 1).reverse().map((probability) =>
    h("tr", {},
      h("th", { scope: "row" }, matrix.probabilityLabels[probability - 1]),
      ...matrix.consequenceLabels.map((_, index) => {
        const cell = cellAt(probability, index + 1);
        return cell ? matrixCell(matrix, cell, showCell) : h("td", {}, "–");
      })));
  return h("table", { class: "risk-matrix" },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {},
      h("td", { class: "corner" }, h("span", { class: "axis" }, "Sannolikhet ↑ / Konsekvens →")),
      ...matrix.consequenceLabels.map((label) => h("th", { scope: "col" }, label)))),
    h("tbody", {}, ...rows));
}

function matrixCell(matrix: RiskMatrix, cell: MatrixCell, showCell: (cell: MatrixCell) => void): HTMLTableCellElement {
  const level = riskLevelLabels[cell.level];
  const visible = [h("span", { class: "count" }, String(cell.count)), " ", h("span", { class: "level-name" }, level)];
  const content = cell.count > 0
    ? h("button", { type: "button", class: "cell-button", onclick: () => showCell(cell) }, ...visible,
      h("span", { class: "visually-hidden" },
        ` – ${cell.count === 1 ? "risk" : "risker"} med sannolikhet ${matrix.probabilityLabels[cell.probability - 1]} och konsekvens ${matrix.consequenceLabels[cell.consequence - 1]}. Visa.`))
    : h("span", { class: "cell-empty" }, ...visible);
  const td = h("td", { class: "level-cell" }, content);
  const colour = levelColour(matrix, cell.level);
  if (colour) {
    // Set through the CSSOM: the gateway's CSP allows no inline style attribute.
    td.style.backgroundColor = colour;
    td.style.color = readableTextColour(colour);
  }
  return td;
}

function levelColour(matrix: RiskMatrix, level: RiskLevel): string | undefined {
  return matrix.styles.find((style) => style.level === level)?.colour;
}

/** Black or white, whichever has the higher contrast on the background (WCAG's relative luminance). */
export function readableTextColour(background: string): string {
  const channels = [1, 3, 5].map((start) => parseInt(background.slice(start, start + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff";
}
