import "./styles.css";
import { roleAssignments } from "./api/clients";
import type { AppContext } from "./app-context";
import { LoginError, signIn, startLogin, type WebConfig } from "./auth/session";
import { Role } from "./gen/ledningssystem/common/v1/organization_pb";
import { renderHeader } from "./layout";
import { isAnonymousPath, startPublicApp } from "./pages/public-complaint/public-app";
import { interceptLinks, render } from "./router";
import { h, replace } from "./ui/dom";
import { errorAlert } from "./ui/feedback";

/** The roles whose holders triage and investigate (docs/incidents.md, "Who may do what"). */
const HANDLER_ROLES = new Set([
  Role.UNIT_MANAGER, Role.AREA_MANAGER, Role.HEALTH_CARE_MANAGER, Role.MAS, Role.MAR, Role.QUALITY_DEVELOPER, Role.ADMINISTRATION_HEAD,
]);

const main = document.getElementById("huvudinnehall")!;

/** The roles the user holds somewhere in her tenant (the menu shows the pages for them). */
async function heldRoles(userId: string): Promise<Set<Role>> {
  const mine = await roleAssignments.listRoleAssignments({ userId, pageSize: 100 });
  return new Set(mine.assignments.map((assignment) => assignment.role));
}

function showLoggedOut(config: WebConfig): void {
  document.title = "Utloggad – Ledningssystem";
  replace(main,
    h("h1", {}, "Du är utloggad"),
    h("p", {}, "Tack för i dag."),
    h("button", { type: "button", onclick: () => void startLogin(config) }, "Logga in igen"));
}

async function start(): Promise<void> {
  if (isAnonymousPath(location.pathname)) {
    startPublicApp();
    return;
  }
  const config = (await (await fetch("/web-config.json")).json()) as WebConfig;
  const user = await signIn(config);
  if (!user) {
    showLoggedOut(config);
    return;
  }
  const roles = await heldRoles(user.id);
  const context: AppContext = {
    config,
    user,
    handlesIncidents: [...roles].some((role) => HANDLER_ROLES.has(role)),
    roles,
    navigate: (path) => {
      history.pushState(null, "", path);
      render(context);
    },
  };
  renderHeader(context);
  interceptLinks(context.navigate);
  window.addEventListener("popstate", () => render(context));
  render(context);
}

start().catch((error: unknown) => {
  replace(main, h("h1", {}, "Ledningssystem kunde inte starta"),
    error instanceof LoginError ? h("div", { class: "alert alert-error", role: "alert" }, error.message) : errorAlert(error),
    h("p", {}, h("a", { href: "/" }, "Försök igen")));
});
