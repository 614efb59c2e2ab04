import { inspections } from "../../api/clients";
import { unitName } from "../../api/unit-names";
import type { FindingSummary } from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";
import { h } from "../../ui/dom";
import { section } from "../../ui/details";
import { pagedList } from "../../ui/paged-list";
import { findingSeverityLabels, findingStateLabels } from "./labels";
import { selfInspectionPaths } from "./selfinspection-paths";

/** The unit subtree's balanslista: findings whose action is decided and not yet done, the overdue marked; paged. */
export function balanceList(unitId: string): HTMLElement {
  return section("balanslista", "Balanslista",
    h("p", {}, "Beslutade åtgärder från egenkontrollerna som inte är klara."),
    pagedList({
      label: "Balanslista",
      emptyText: "Inga åtgärder väntar.",
      load: async (pageToken) => {
        const page = await inspections.listFindings({ unitId, openActionsOnly: true, pageSize: 20, pageToken });
        return { items: page.findings, nextPageToken: page.nextPageToken };
      },
      renderItem: findingCard,
    }));
}

function findingCard(finding: FindingSummary): HTMLElement {
  const unit = h("span", {}, finding.unitId);
  void unitName(finding.unitId).then((name) => (unit.textContent = name));
  return h("a", { href: selfInspectionPaths.execution(finding.executionId), class: "card" },
    h("span", { class: "card-title" }, `Fynd, allvarlighet ${findingSeverityLabels[finding.severity].toLowerCase()}`),
    h("span", { class: "status" }, `Status: ${findingStateLabels[finding.state]}`),
    h("span", { class: finding.overdue ? "deadline overdue" : "deadline" }, `${finding.overdue ? "Försenad" : "Senast"}: ${finding.actionDueOn}`),
    unit);
}
