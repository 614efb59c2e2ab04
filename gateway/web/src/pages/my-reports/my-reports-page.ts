import { incidents } from "../../api/clients";
import type { AppContext, PageView } from "../../app-context";
import { paths } from "../../router";
import { h } from "../../ui/dom";
import { pagedList } from "../../ui/paged-list";
import { incidentCard } from "../incident-summary";

/** "Mina rapporter": the user's own reports, the newest first, each with its status; the outcome is on the report. */
export function myReportsPage(_context: AppContext): PageView {
  const content = h("div", {},
    h("p", {}, "Här ser du dina rapporter och hur långt de har kommit. När en rapport är avslutad ser du vad den ledde till."),
    pagedList({
      label: "Mina rapporter",
      emptyText: "Du har inte rapporterat något ännu.",
      load: async (pageToken) => {
        const page = await incidents.listIncidents({ ownReportsOnly: true, newestFirst: true, pageSize: 20, pageToken });
        return { items: page.incidents, nextPageToken: page.nextPageToken };
      },
      renderItem: incidentCard,
    }),
    h("p", {}, h("a", { href: paths.report }, "Rapportera en ny avvikelse")));
  return { title: "Mina rapporter", content };
}
