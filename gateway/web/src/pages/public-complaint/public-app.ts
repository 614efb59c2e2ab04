import { interceptLinks } from "../../router";
import { h, replace } from "../../ui/dom";
import { complaintFormPage } from "./complaint-form-page";
import { followUpPage } from "./follow-up-page";
import { isPublicPath, publicPaths } from "./public-paths";
import { publicReportPage } from "../reporting/public-report-page";
import { parsePublicReportPath, publicReportPaths } from "../reporting/public-report-paths";

/** The addresses anyone may open without logging in: the complaint pages and the published berättelser. */
export function isAnonymousPath(path: string): boolean {
  return isPublicPath(path) || parsePublicReportPath(path) !== null;
}

/**
 * The public complaint form, its follow-up page and the published berättelser, for anyone without logging in: no token is fetched and no staff
 * menu shown. Each page's h1 takes the focus and names the document, as in the staff app.
 */
export function startPublicApp(): void {
  const navigate = (path: string) => {
    if (!isAnonymousPath(path)) {
      location.assign(path);
      return;
    }
    history.pushState(null, "", path);
    show();
  };
  const brand = parsePublicReportPath(location.pathname) ? "Patientsäkerhet och kvalitet" : "Synpunkter och klagomål";
  replace(document.getElementById("sidhuvud")!,
    h("div", { class: "brand" }, brand),
    h("nav", { "aria-label": "Huvudmeny" }, h("ul", {},
      h("li", {}, h("a", { href: publicPaths.form }, "Lämna en synpunkt")),
      h("li", {}, h("a", { href: publicPaths.followUp }, "Följ ditt ärende")),
      h("li", {}, h("a", { href: publicReportPaths.root }, "Publicerade berättelser")))));
  const show = () => showPage(navigate, brand);
  interceptLinks(navigate);
  window.addEventListener("popstate", show);
  show();
}

function showPage(navigate: (path: string) => void, brand: string): void {
  const main = document.getElementById("huvudinnehall")!;
  const path = location.pathname.replace(/\/$/, "");
  const page = parsePublicReportPath(path) ? publicReportPage(path, navigate)
    : path === publicPaths.followUp ? followUpPage() : complaintFormPage();
  const heading = h("h1", { tabindex: "-1" }, page.title);
  replace(main, heading, page.content);
  document.title = `${page.title} – ${brand}`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
    if (link.pathname === path) {
      link.setAttribute("aria-current", "page");
    } else {
      link.removeAttribute("aria-current");
    }
  }
  heading.focus();
}
