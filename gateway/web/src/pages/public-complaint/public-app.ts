import { interceptLinks } from "../../router";
import { h, replace } from "../../ui/dom";
import { complaintFormPage } from "./complaint-form-page";
import { followUpPage } from "./follow-up-page";
import { isPublicPath, publicPaths } from "./public-paths";

/**
 * The public complaint form and its follow-up page, for anyone without logging in: no token is fetched and no staff
 * menu shown. Each page's h1 takes the focus and names the document, as in the staff app.
 */
export function startPublicApp(): void {
  const navigate = (path: string) => {
    if (!isPublicPath(path)) {
      location.assign(path);
      return;
    }
    history.pushState(null, "", path);
    show();
  };
  replace(document.getElementById("sidhuvud")!,
    h("div", { class: "brand" }, "Synpunkter och klagomål"),
    h("nav", { "aria-label": "Huvudmeny" }, h("ul", {},
      h("li", {}, h("a", { href: publicPaths.form }, "Lämna en synpunkt")),
      h("li", {}, h("a", { href: publicPaths.followUp }, "Följ ditt ärende")))));
  interceptLinks(navigate);
  window.addEventListener("popstate", show);
  show();
}

function show(): void {
  const main = document.getElementById("huvudinnehall")!;
  const path = location.pathname.replace(/\/$/, "");
  const page = path === publicPaths.followUp ? followUpPage() : complaintFormPage();
  const heading = h("h1", { tabindex: "-1" }, page.title);
  replace(main, heading, page.content);
  document.title = `${page.title} – Synpunkter och klagomål`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
    if (link.pathname === path) {
      link.setAttribute("aria-current", "page");
    } else {
      link.removeAttribute("aria-current");
    }
  }
  heading.focus();
}
