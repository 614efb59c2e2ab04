import { unitName } from "../../api/unit-names";
import {
  PlannedControlState, type CouncilAgendaItem, type CouncilBasis, type CouncilProtocol, type PlannedControl,
} from "../../gen/ledningssystem/reporting/v1/quality_council_pb";
import { h } from "../../ui/dom";
import { formatDateTime } from "../../ui/format";
import { row } from "../../ui/sections";
import { occasionLabels, topicLabels } from "./labels";
import { activityTitle, controlCounts, occurrenceText } from "./planned-controls";
import { periodText } from "./statistics-series";

/** A recorded protocol: when, who were there, the decisions with responsible and follow-up, and its underlag. */
export function protocolView(protocol: CouncilProtocol, unit: string): HTMLElement {
  return h("article", { class: "protocol" },
    h("h3", { tabindex: "-1" }, `Protokoll, kvalitetsråd ${protocol.heldOn}, ${unit}`),
    h("dl", {},
      ...row("Närvarande", protocol.present.join(", ")),
      ...row("Nedtecknat", formatDateTime(protocol.recordedAt))),
    h("h4", {}, "Beslut"),
    protocol.decisions.length > 0
      ? h("ol", { class: "decisions" }, ...protocol.decisions.map((decision) => h("li", {},
        h("p", { class: "answer-text" }, decision.decision),
        h("p", { class: "hint" }, `Punkt: ${topicLabels[decision.topic]}. Ansvarig: ${decision.responsible}. Följs upp ${decision.followUpOn}.`))))
      : h("p", {}, "Inga beslut."),
    protocol.basis ? h("details", {}, h("summary", {}, "Underlaget när protokollet skrevs"), basisView(protocol.basis)) : null);
}

/** The underlag as the agenda: each topic a table of its figures for the period and the two comparisons. */
export function basisView(basis: CouncilBasis): HTMLElement {
  const columns = [`Perioden ${periodText(basis.period)}`, `Perioden före ${periodText(basis.previousPeriod)}`,
    `Samma period i fjol ${periodText(basis.samePeriodLastYear)}`];
  return h("div", {},
    h("p", {}, `${basis.unitName}${basis.avdelning ? " (avdelning: enheterna under räknas in)" : ""}, ${occasionLabels[basis.occasion].toLowerCase()}.`),
    h("ol", { class: "agenda" }, ...basis.agenda.map((item) => h("li", {},
      h("h3", {}, item.heading),
      item.figures.length > 0
        ? h("div", { class: "table-scroll" }, h("table", { class: "figures" },
          h("caption", { class: "visually-hidden" }, item.heading),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Uppgift"), ...columns.map((c) => h("th", { scope: "col" }, c)))),
          h("tbody", {}, ...item.figures.map((figure) => h("tr", {}, h("th", { scope: "row" }, figure.label),
            ...[figure.count, figure.previousPeriod, figure.samePeriodLastYear].map((n) => h("td", {}, String(n))))))))
        : h("p", {}, "Inga siffror för punkten."),
      plannedControlsView(item),
      item.note ? h("p", { class: "hint" }, item.note) : null))));
}

/** Internkontroll: each activity planned in the period with its occurrences, carried out or not and why. */
function plannedControlsView(item: CouncilAgendaItem): HTMLElement | null {
  if (item.plannedControls.length === 0) {
    return null;
  }
  return h("div", {},
    h("h4", {}, "Planerad egenkontroll under perioden"),
    h("ul", { class: "planned-controls" }, ...item.plannedControls.map(plannedControlView)),
    item.plannedControlsTruncated
      ? h("p", { class: "hint" }, "Listan är avkortad. Alla tillfällen finns i årshjulet under Egenkontroll.")
      : null);
}

function plannedControlView(control: PlannedControl): HTMLElement {
  const unit = h("span", {}, control.unitId);
  void unitName(control.unitId).then((name) => (unit.textContent = name));
  return h("li", {},
    h("strong", {}, activityTitle(control)), ", ", unit,
    h("p", {}, controlCounts(control)),
    h("ul", {}, ...control.occurrences.map((occurrence) => h("li", {
      class: occurrence.state === PlannedControlState.OVERDUE || occurrence.state === PlannedControlState.CANCELLED ? "not-carried-out" : undefined,
    }, occurrenceText(occurrence)))));
}
