import { risks } from "../../api/clients";
import type { PageView } from "../../app-context";
import { MatrixBasis, type MatrixCell } from "../../gen/ledningssystem/risks/v1/risks_pb";
import { h, replace } from "../../ui/dom";
import { section } from "../../ui/details";
import { errorAlert } from "../../ui/feedback";
import { swedishToday } from "../../ui/format";
import { pagedList } from "../../ui/paged-list";
import { radioGroup } from "../../ui/radio-group";
import { unitAndYearForm, type UnitChoice } from "../unit-chooser";
import { riskPlanningPaths } from "../risk-planning/risk-planning-paths";
import { basisLabels } from "./labels";
import { matrixTable } from "./matrix-table";
import { riskCard } from "./risk-card";
import { identifyRiskForm } from "./identify-risk-form";

/**
 * Risker: for a unit and the units under it, the risk matrix (how many open risks sit in each cell today, before or
 * after actions, the list behind a cell), the register (every risk, paged) and identifying a new risk.
 */
export function riskOverviewPage(navigate: (path: string) => void): PageView {
  const area = h("div", {});
  return {
    title: "Risker",
    content: h("div", {},
      h("p", {}, "Riskmatrisen visar öppna risker efter sannolikhet och konsekvens. Välj en ruta för att se riskerna i den. ",
        h("a", { href: riskPlanningPaths.analyses }, "Riskanalyser"), ", ", h("a", { href: riskPlanningPaths.rov }, "risk- och väsentlighetsanalysen"),
        " och ", h("a", { href: riskPlanningPaths.matrix }, "riskmatrisens skalor"), " har egna sidor."),
      unitAndYearForm(false, (choice) => showUnit(area, choice, navigate)),
      area),
  };
}

function showUnit(area: HTMLElement, choice: UnitChoice, navigate: (path: string) => void): void {
  const basis = radioGroup("Visa", "basis", [MatrixBasis.BEFORE_ACTIONS, MatrixBasis.AFTER_ACTIONS]
    .map((value) => ({ value: String(value), label: basisLabels[value] })));
  basis.element.querySelector<HTMLInputElement>("input")!.checked = true;
  const matrixArea = h("div", {});
  const cellArea = h("div", {});
  const showMatrix = () => void loadMatrix(matrixArea, cellArea, choice.unitId, Number(basis.value()) as MatrixBasis);
  basis.element.addEventListener("change", showMatrix);
  replace(area,
    section("riskmatris", "Riskmatris", basis.element, matrixArea, cellArea),
    section("riskregister", "Riskregister",
      pagedList({
        label: "Riskregister",
        emptyText: "Inga risker är registrerade för enheten.",
        load: async (pageToken) => {
          const page = await risks.listRisks({ unitId: choice.unitId, pageSize: 20, pageToken });
          return { items: page.risks, nextPageToken: page.nextPageToken };
        },
        renderItem: riskCard,
      })),
    identifyRiskForm(choice.unitId, navigate));
  showMatrix();
}

async function loadMatrix(matrixArea: HTMLElement, cellArea: HTMLElement, unitId: string, basis: MatrixBasis): Promise<void> {
  replace(matrixArea, h("p", { class: "loading" }, "Hämtar riskmatrisen…"));
  replace(cellArea);
  const on = swedishToday();
  try {
    const view = await risks.getMatrixView({ unitId, on, basis });
    const showCell = (cell: MatrixCell) => showCellRisks(cellArea, view.matrix!.probabilityLabels[cell.probability - 1],
      view.matrix!.consequenceLabels[cell.consequence - 1], (pageToken) =>
        risks.listMatrixCell({ unitId, on, basis, probability: cell.probability, consequence: cell.consequence, pageSize: 20, pageToken }));
    replace(matrixArea,
      h("div", { class: "matrix-scroll" }, matrixTable(view, `Antal öppna risker ${on}, ${basisLabels[basis].toLowerCase()}`, showCell)),
      h("p", {}, `Ej bedömda: ${view.unassessed}.`, view.outsideScale > 0 ? ` Bedömda på en äldre matris utanför dagens skalor: ${view.outsideScale}.` : ""));
  } catch (error) {
    replace(matrixArea, errorAlert(error));
  }
}

function showCellRisks(cellArea: HTMLElement, probability: string, consequence: string,
  load: (pageToken: string) => ReturnType<typeof risks.listMatrixCell>): void {
  const heading = h("h3", { tabindex: "-1" }, `Risker med sannolikhet ${probability} och konsekvens ${consequence}`);
  replace(cellArea, heading, pagedList({
    label: heading.textContent ?? "",
    emptyText: "Inga risker.",
    load: async (pageToken) => {
      const page = await load(pageToken);
      return { items: page.risks, nextPageToken: page.nextPageToken };
    },
    renderItem: riskCard,
  }));
  heading.focus();
}
