import { complaints } from "../../api/clients";
import { unitName } from "../../api/unit-names";
import type { PageView } from "../../app-context";
import type { ComplaintSummary } from "../../gen/ledningssystem/complaints/v1/complaints_pb";
import { h } from "../../ui/dom";
import { section } from "../../ui/details";
import { formatDateTime } from "../../ui/format";
import { pagedList } from "../../ui/paged-list";
import { complaintPaths } from "./complaint-paths";
import { complaintDeadlineLabels, complaintKindLabels, complaintStateLabels } from "./labels";

/** The handler's klagomål inbox: the overdue first, then every complaint she handles, oldest first, each list paged. */
export function complaintInboxPage(): PageView {
  const list = (overdueOnly: boolean, label: string, emptyText: string) => pagedList({
    label,
    emptyText,
    load: async (pageToken) => {
      const page = await complaints.listComplaints({ overdueOnly, pageSize: 20, pageToken });
      return { items: page.complaints, nextPageToken: page.nextPageToken };
    },
    renderItem: complaintCard,
  });
  return {
    title: "Klagomål och synpunkter",
    content: h("div", {},
      section("klagomal-forsenade", "Försenade", list(true, "Försenade klagomål", "Inget är försenat.")),
      section("klagomal-alla", "Alla", list(false, "Alla klagomål", "Inga klagomål att hantera."))),
  };
}

function complaintCard(summary: ComplaintSummary): HTMLElement {
  const unit = h("span", {}, summary.unitId);
  void unitName(summary.unitId).then((name) => (unit.textContent = name));
  const deadline = summary.deadline?.dueAt
    ? h("span", { class: summary.deadline.overdue ? "deadline overdue" : "deadline" },
      summary.deadline.overdue ? "Försenad: " : "Senast: ",
      `${complaintDeadlineLabels[summary.deadline.stage]} ${formatDateTime(summary.deadline.dueAt)}`)
    : null;
  return h("a", { href: complaintPaths.complaint(summary.complaintId), class: "card" },
    h("span", { class: "card-title" }, `${complaintKindLabels[summary.kind]} ${summary.reference}`),
    h("span", { class: "status" }, `Status: ${complaintStateLabels[summary.state]}`),
    h("span", {}, unit, ` · mottaget ${summary.receivedOn}`),
    deadline);
}
