import { unitName } from "../api/unit-names";
import type { IncidentSummary } from "../gen/ledningssystem/incidents/v1/incidents_pb";
import { IncidentKind } from "../gen/ledningssystem/incidents/v1/incidents_pb";
import { paths } from "../router";
import { h } from "../ui/dom";
import { formatDateTime } from "../ui/format";
import { deadlineLabels, kindLabels, stateLabels } from "../ui/labels";

/** One incident in a list (Mina rapporter, the inbox): a link with status, when, where and the deadline. */
export function incidentCard(summary: IncidentSummary): HTMLElement {
  const unit = h("span", {}, summary.unitId);
  void unitName(summary.unitId).then((name) => (unit.textContent = name));
  const deadline = summary.deadline?.dueAt
    ? h("span", { class: summary.deadline.overdue ? "deadline overdue" : "deadline" },
      summary.deadline.overdue ? "Försenad: " : "Senast: ",
      `${deadlineLabels[summary.deadline.stage]} ${formatDateTime(summary.deadline.dueAt)}`)
    : null;
  return h("a", { href: paths.incident(summary.incidentId), class: "card" },
    h("span", { class: "card-title" }, `Avvikelse ${formatDateTime(summary.reportedAt)}`),
    h("span", { class: "status" }, `Status: ${stateLabels[summary.state]}`),
    h("span", {}, unit, summary.kind === IncidentKind.UNSPECIFIED ? "" : ` · ${kindLabels[summary.kind]}`),
    deadline);
}
