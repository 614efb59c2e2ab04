import type { AppContext, PageView } from "./app-context";
import { h, replace } from "./ui/dom";
import { inboxPage } from "./pages/inbox/inbox-page";
import { incidentPage } from "./pages/incident/incident-page";
import { myReportsPage } from "./pages/my-reports/my-reports-page";
import { reportPage } from "./pages/report/report-page";
import { documentPage } from "./pages/documents/document-page";
import { libraryPage } from "./pages/documents/library-page";
import { newDocumentPage } from "./pages/documents/new-document-page";
import { sharedDocumentsPage } from "./pages/documents/shared-documents-page";
import { servicePageFor } from "./service-routes";

export const paths = {
  report: "/rapportera",
  myReports: "/mina-rapporter",
  inbox: "/inkorg",
  incident: (id: string) => `/avvikelser/${encodeURIComponent(id)}`,
  documents: "/dokument",
  newDocument: "/dokument/nytt",
  sharedDocuments: "/dokument/delade",
  document: (id: string) => `/dokument/${encodeURIComponent(id)}`,
};

function pageFor(path: string, context: AppContext): PageView {
  const incident = /^\/avvikelser\/([^/]+)$/.exec(path);
  if (incident) {
    return incidentPage(context, decodeURIComponent(incident[1]));
  }
  const document = /^\/dokument\/([^/]+)$/.exec(path);
  if (document && path !== paths.newDocument && path !== paths.sharedDocuments) {
    return documentPage(context, decodeURIComponent(document[1]));
  }
  const servicePage = servicePageFor(path, context);
  if (servicePage) {
    return servicePage;
  }
  switch (path) {
    case "/":
    case paths.report:
      return reportPage(context);
    case paths.myReports:
      return myReportsPage(context);
    case paths.inbox:
      return inboxPage(context);
    case paths.documents:
      return libraryPage(context);
    case paths.newDocument:
      return newDocumentPage(context);
    case paths.sharedDocuments:
      return sharedDocumentsPage(context);
    default:
      return { title: "Sidan finns inte", content: h("p", {}, "Adressen leder inte till någon sida. Välj i menyn ovan.") };
  }
}

/**
 * Shows the page of the current address in <main>: its h1 gets the focus and the document its title, so screen
 * readers announce the new page; the menu marks the current page.
 */
export function render(context: AppContext): void {
  const main = document.getElementById("huvudinnehall")!;
  const page = pageFor(location.pathname, context);
  const heading = h("h1", { tabindex: "-1" }, page.title);
  replace(main, heading, page.content);
  document.title = `${page.title} – Ledningssystem`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
    const current = link.pathname === location.pathname || (location.pathname === "/" && link.pathname === paths.report);
    if (current) {
      link.setAttribute("aria-current", "page");
    } else {
      link.removeAttribute("aria-current");
    }
  }
  heading.focus();
}

/** In-app links (same origin, plain left click) change the page without a reload. */
export function interceptLinks(navigate: (path: string) => void): void {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element).closest?.("a");
    if (!link || link.origin !== location.origin || link.hasAttribute("download") || event.button !== 0
      || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.hash) {
      return;
    }
    event.preventDefault();
    navigate(link.pathname);
  });
}
