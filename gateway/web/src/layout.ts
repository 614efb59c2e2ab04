import type { AppContext } from "./app-context";
import { signOut, type User } from "./auth/session";
import { paths } from "./router";
import { serviceMenuLinks } from "./service-routes";
import { h, replace } from "./ui/dom";

/** The header: the app's name, who is logged in, the menu for her roles and "Logga ut". */
export function renderHeader(context: AppContext): void {
  const links = [
    h("a", { href: paths.report }, "Rapportera avvikelse"),
    h("a", { href: paths.myReports }, "Mina rapporter"),
    context.handlesIncidents ? h("a", { href: paths.inbox }, "Inkorg") : null,
    h("a", { href: paths.documents }, "Dokument"),
    ...serviceMenuLinks(context),
  ];
  replace(
    document.getElementById("sidhuvud")!,
    h("div", { class: "brand" }, "Ledningssystem"),
    h("nav", { "aria-label": "Huvudmeny" }, h("ul", {}, ...links.map((link) => (link ? h("li", {}, link) : null)))),
    h("div", { class: "user" }, userLine(context.user),
      h("button", { type: "button", class: "link-button", onclick: () => void signOut(context.config) }, "Logga ut")),
  );
}

function userLine(user: User): HTMLElement {
  return h("span", {}, "Inloggad som ", h("strong", {}, user.name));
}
