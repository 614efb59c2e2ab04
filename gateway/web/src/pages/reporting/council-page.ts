import type { MessageInitShape } from "@bufbuild/protobuf";
import { qualityCouncil } from "../../api/clients";
import { unitName } from "../../api/unit-names";
import type { PageView } from "../../app-context";
import {
  CouncilOccasion, type BalanceItem, type CouncilProtocolSummary, type GetCouncilBasisRequestSchema,
} from "../../gen/ledningssystem/reporting/v1/quality_council_pb";
import { h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { field, select } from "../../ui/fields";
import { swedishToday } from "../../ui/format";
import { specifiedValues } from "../../ui/labels";
import { pagedList } from "../../ui/paged-list";
import { section } from "../../ui/sections";
import { showWithUnits } from "../unit-chooser";
import { balanceStatusLabels, occasionLabels, sourceLabels } from "./labels";
import { basisView, protocolView } from "./council-protocol";
import { periodText } from "./statistics-series";
import { protocolForm } from "./council-protocol-form";

export type BasisQuery = MessageInitShape<typeof GetCouncilBasisRequestSchema>;

/**
 * Kvalitetsråd: for a unit or avdelning and an occasion (tertial 1 or 2, verksamhetsberättelse, verksamhetsplan) or
 * months, the underlag as the agenda (counts for the period, the period before and the same period a year before),
 * the balanslista, recording the meeting's protocol, and the protocols this council reads.
 */
export function councilPage(): PageView {
  const area = h("div", {});
  return {
    title: "Kvalitetsråd",
    content: h("div", { class: "wide" },
      h("p", {}, "Underlaget fyller dagordningens punkter med antal från verksamhetens data. Välj enhet och tillfälle."),
      chooser((query) => showCouncil(area, query)), area),
  };
}

function chooser(show: (query: BasisQuery) => void): HTMLElement {
  const container = h("div", {}, h("p", { class: "loading" }, "Hämtar enheter…"));
  const unit = h("select", { name: "unit", required: true });
  const occasion = select("occasion", [...specifiedValues(occasionLabels), CouncilOccasion.UNSPECIFIED], occasionLabels);
  occasion.querySelector("option[value='']")?.remove();
  const year = h("input", { type: "number", name: "year", required: true, min: "2000", max: "2100", value: swedishToday().slice(0, 4), inputmode: "numeric" });
  const from = h("input", { type: "month", name: "from" });
  const to = h("input", { type: "month", name: "to" });
  const yearField = field("År", year);
  const months = h("div", { class: "pair", hidden: true }, field("Från månad", from), field("Till månad", to));
  occasion.addEventListener("change", () => {
    const explicit = Number(occasion.value) === CouncilOccasion.UNSPECIFIED;
    months.hidden = !explicit;
    yearField.hidden = explicit;
    from.required = to.required = explicit;
  });
  const form = h("form", { class: "chooser" }, field("Enhet eller avdelning", unit), field("Tillfälle", occasion), yearField, months,
    h("button", { type: "submit" }, "Visa underlaget"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = Number(occasion.value) as CouncilOccasion;
    show(chosen === CouncilOccasion.UNSPECIFIED
      ? { unitId: unit.value, months: { fromMonth: from.value, toMonth: to.value } }
      : { unitId: unit.value, occasion: chosen, year: Number(year.value) });
  });
  showWithUnits(container, unit, form);
  return container;
}

function showCouncil(area: HTMLElement, query: BasisQuery): void {
  const basisArea = h("div", {}, h("p", { class: "loading" }, "Hämtar underlaget…"));
  const protocolsArea = h("div", {});
  const showProtocols = () => replace(protocolsArea, protocolList(query.unitId!));
  replace(area,
    section("Underlag", basisArea),
    section("Balanslista", h("p", {}, "Öppna åtgärder från avvikelser, klagomål, egenkontroller och risker, efter sista dag."), balanceList(query.unitId!)),
    section("Protokoll", protocolForm(query, showProtocols), h("h3", {}, "Protokoll som rådet läser"),
      h("p", { class: "hint" }, "Rådets egna, enheterna närmast under och avdelningen närmast över."), protocolsArea));
  showProtocols();
  qualityCouncil.getCouncilBasis(query)
    .then((answer) => replace(basisArea, basisView(answer.basis!)))
    .catch((error: unknown) => replace(basisArea, errorAlert(error)));
}

function balanceList(unitId: string): HTMLElement {
  return pagedList({
    label: "Balanslista",
    emptyText: "Inga öppna åtgärder.",
    load: async (pageToken) => {
      const page = await qualityCouncil.listBalanceItems({ unitId, pageSize: 20, pageToken });
      return { items: page.items, nextPageToken: page.nextPageToken };
    },
    renderItem: balanceCard,
  });
}

function balanceCard(item: BalanceItem): HTMLElement {
  const unit = h("span", {}, item.unitId);
  void unitName(item.unitId).then((name) => (unit.textContent = name));
  return h("div", { class: "card" },
    h("span", { class: "card-title-plain" }, `${sourceLabels[item.source]}: ${item.what}`),
    h("span", {}, `Ansvarig: ${item.responsible || "ej angiven"}`),
    h("span", { class: item.overdue ? "deadline overdue" : "deadline" },
      item.dueOn ? `${item.overdue ? "Försenad, skulle vara klar" : "Senast"} ${item.dueOn}` : "Inget slutdatum"),
    h("span", { class: "status" }, `Status: ${balanceStatusLabels[item.status]}`), unit);
}

function protocolList(unitId: string): HTMLElement {
  const reading = h("div", {});
  return h("div", {}, pagedList({
    label: "Protokoll",
    emptyText: "Inga protokoll ännu.",
    load: async (pageToken) => {
      const page = await qualityCouncil.listCouncilProtocols({ unitId, pageSize: 20, pageToken });
      return { items: page.protocols, nextPageToken: page.nextPageToken };
    },
    renderItem: (summary) => protocolCard(summary, reading),
  }), reading);
}

function protocolCard(summary: CouncilProtocolSummary, reading: HTMLElement): HTMLElement {
  const unit = h("span", {}, summary.unitId);
  const title = `Kvalitetsråd ${summary.heldOn}`;
  void unitName(summary.unitId).then((name) => (unit.textContent = name));
  return h("div", { class: "card" },
    h("span", { class: "card-title-plain" }, title), unit,
    h("span", {}, `${occasionLabels[summary.occasion]}, ${periodText(summary.period)}; ${summary.decisions} beslut`),
    h("button", {
      type: "button", class: "secondary", "aria-label": `Läs protokollet från ${summary.heldOn}`,
      onclick: () => void readProtocol(summary.protocolId, reading),
    }, "Läs protokollet"));
}

async function readProtocol(protocolId: string, reading: HTMLElement): Promise<void> {
  replace(reading, h("p", { class: "loading" }, "Hämtar protokollet…"));
  try {
    const answer = await qualityCouncil.getCouncilProtocol({ protocolId });
    const view = protocolView(answer.protocol!, await unitName(answer.protocol!.unitId));
    replace(reading, view);
    view.querySelector<HTMLElement>("h3")?.focus();
  } catch (error) {
    replace(reading, errorAlert(error));
  }
}
