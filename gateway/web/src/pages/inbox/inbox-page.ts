import { incidents } from "../../api/clients";
import type { AppContext, PageView } from "../../app-context";
import { h } from "../../ui/dom";
import { pagedList } from "../../ui/paged-list";
import { incidentCard } from "../incident-summary";

/**
 * The manager's inbox: first the overdue incidents (a deadline has passed), then every incident she handles,
 * each list paged by the service.
 */
export function inboxPage(context: AppContext): PageView {
  const list = (overdueOnly: boolean, label: string, emptyText: string) => pagedList({
    label,
    emptyText,
    load: async (pageToken) => {
      const page = await incidents.listIncidents({ overdueOnly, pageSize: 20, pageToken });
      return { items: page.incidents, nextPageToken: page.nextPageToken };
    },
    renderItem: incidentCard,
  });
  const content = context.handlesIncidents
    ? h("div", {},
      h("section", { "aria-labelledby": "forsenade" }, h("h2", { id: "forsenade" }, "Försenade"),
        list(true, "Försenade avvikelser", "Inget är försenat.")),
      h("section", { "aria-labelledby": "alla" }, h("h2", { id: "alla" }, "Alla avvikelser"),
        list(false, "Alla avvikelser", "Inga avvikelser att hantera.")))
    : h("p", {}, "Inkorgen är för chefer, MAS och kvalitetsansvariga. Dina egna rapporter finns under Mina rapporter.");
  return { title: "Inkorg", content };
}
