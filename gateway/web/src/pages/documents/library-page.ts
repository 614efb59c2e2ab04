import { acknowledgements, documents } from "../../api/clients";
import type { AppContext, PageView } from "../../app-context";
import { paths } from "../../router";
import { h, replace } from "../../ui/dom";
import { field } from "../../ui/fields";
import { pagedList } from "../../ui/paged-list";
import { section } from "../../ui/sections";
import { documentCard } from "./document-card";
import { KIND_ORDER, kindPluralLabels } from "./document-labels";
import { writesDocuments } from "./document-writers";

const PAGE_SIZE = 20;

/**
 * "Dokument": what the user has left to read, search, and the library grouped from policy down to blankett;
 * for authors the way to a new document and to documents other huvudmän share.
 */
export function libraryPage(context: AppContext): PageView {
  const authorLinks = h("div", {});
  const results = h("div", {});
  const query = h("input", { type: "search", name: "q", maxlength: "200", autocomplete: "off" });
  const search = h("form", { class: "search", role: "search", "aria-label": "Sök dokument" },
    field("Sök i titel och text", query), h("button", { type: "submit" }, "Sök"));

  const showLibrary = () => replace(results, library());
  search.addEventListener("submit", (event) => {
    event.preventDefault();
    const words = query.value.trim();
    if (words) {
      replace(results, searchResults(words, showLibrary));
    } else {
      showLibrary();
    }
  });
  showLibrary();

  void writesDocuments(context.user.id).then((writes) => {
    if (writes) {
      replace(authorLinks, h("ul", { class: "actions" },
        h("li", {}, h("a", { href: paths.newDocument }, "Nytt dokument")),
        h("li", {}, h("a", { href: paths.sharedDocuments }, "Dokument som andra huvudmän delar"))));
    }
  });

  return {
    title: "Dokument",
    content: h("div", {},
      authorLinks,
      section("Att läsa", pagedList({
        label: "Att läsa",
        emptyText: "Du har inget kvar att läsa.",
        load: async (pageToken) => {
          const page = await acknowledgements.listDocumentsToRead({ pageSize: PAGE_SIZE, pageToken });
          return { items: page.documents, nextPageToken: page.nextPageToken };
        },
        renderItem: documentCard,
      })),
      search,
      results),
  };
}

/** Every kind in the library's order, each its own paged list. */
function library(): HTMLElement {
  return h("div", {}, ...KIND_ORDER.map((kind) => section(kindPluralLabels[kind], pagedList({
    label: kindPluralLabels[kind],
    emptyText: "Inga än.",
    load: async (pageToken) => {
      const page = await documents.listDocuments({ kind, pageSize: PAGE_SIZE, pageToken });
      return { items: page.documents, nextPageToken: page.nextPageToken };
    },
    renderItem: documentCard,
  }))));
}

function searchResults(words: string, showAll: () => void): HTMLElement {
  const heading = h("h2", { tabindex: "-1" }, `Sökresultat för ”${words}”`);
  const container = h("div", {},
    heading,
    pagedList({
      label: "Sökresultat",
      emptyText: "Inget dokument matchar sökningen.",
      load: async (pageToken) => {
        const page = await documents.searchDocuments({ query: words, pageSize: PAGE_SIZE, pageToken });
        return { items: page.documents, nextPageToken: page.nextPageToken };
      },
      renderItem: documentCard,
    }),
    h("button", { type: "button", class: "secondary", onclick: showAll }, "Visa alla dokument"));
  window.setTimeout(() => heading.focus());
  return container;
}
