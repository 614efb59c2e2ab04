import { unitName } from "../../api/unit-names";
import type { RiskSummary } from "../../gen/ledningssystem/risks/v1/risks_pb";
import { h } from "../../ui/dom";
import { riskLevelLabels, riskStateLabels } from "./labels";
import { riskPaths } from "./risk-paths";

/** One risk in a list (the register, a matrix cell): its title as a link, state, level and unit. */
export function riskCard(risk: RiskSummary): HTMLElement {
  const unit = h("span", {}, risk.unitId);
  void unitName(risk.unitId).then((name) => (unit.textContent = name));
  return h("a", { href: riskPaths.risk(risk.riskId), class: "card" },
    h("span", { class: "card-title" }, risk.title),
    h("span", { class: "status" }, `Status: ${riskStateLabels[risk.state]}`),
    h("span", {}, `Nivå: ${riskLevelLabels[risk.level]}`),
    unit);
}
