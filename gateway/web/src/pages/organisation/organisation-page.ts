import type { AppContext, PageView } from "../../app-context";
import { administersTenant } from "../../access";
import { h } from "../../ui/dom";
import { rolesSection } from "./roles-section";
import { unitsSection } from "./units-section";

export const organisationPath = "/organisation";

/** The tenant admin's page: the unit tree and who holds which role where. */
export function organisationPage(context: AppContext): PageView {
  if (!administersTenant(context.roles)) {
    return { title: "Organisation", content: h("p", {}, "Sidan är för organisationens administratör.") };
  }
  const roles = rolesSection();
  return {
    title: "Organisation",
    content: h("div", {}, unitsSection(context.user.tenant, roles.refresh), roles.element),
  };
}
