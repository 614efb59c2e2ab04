import { roleAssignments } from "../../api/clients";
import { Role } from "../../gen/ledningssystem/common/v1/organization_pb";
import type { RoleAssignment } from "../../gen/ledningssystem/organizations/v1/role_assignments_pb";
import type { Unit } from "../../gen/ledningssystem/organizations/v1/units_pb";
import { actionForm } from "../../ui/action-form";
import { announce, h, replace, uniqueId } from "../../ui/dom";
import { section } from "../../ui/details";
import { errorAlert } from "../../ui/feedback";
import { field, select } from "../../ui/fields";
import { formatDate, fromLocalInputValue } from "../../ui/format";
import { specifiedValues } from "../../ui/labels";
import { pagedList } from "../../ui/paged-list";
import { roleLabels } from "./labels";
import { allUnits } from "./units-section";

/** Roles a tenant admin grants on a unit: all but the region's own and her own (which the region admin assigns). */
const GRANTABLE = specifiedValues(roleLabels).filter((role) => role !== Role.REGION_ADMIN && role !== Role.TENANT_ADMIN);

/**
 * Who holds which role where: every assignment of the tenant (revoked and expired ones on request), each active one
 * with "Återkalla", and the form that grants a role to a person (her user id in the identity provider) on a unit.
 */
export function rolesSection(): { element: HTMLElement; refresh: () => void } {
  const body = h("div", {}, h("p", { class: "loading" }, "Hämtar roller…"));
  const includeInactive = h("input", { type: "checkbox", id: uniqueId("inaktiva") });
  const refresh = () => {
    allUnits()
      .then((list) => {
        const unitNames = new Map(list.map((unit) => [unit.unitId, unit.name]));
        replace(body, assignmentList(unitNames, includeInactive.checked, refresh), grantForm(list.filter((unit) => !unit.closed), refresh));
      })
      .catch((error: unknown) => replace(body, errorAlert(error)));
  };
  includeInactive.addEventListener("change", refresh);
  refresh();
  return {
    element: section("roller", "Roller",
      h("div", { class: "checkbox" }, includeInactive, h("label", { for: includeInactive.id }, "Visa även återkallade och utgångna")),
      body),
    refresh,
  };
}

function assignmentList(unitNames: Map<string, string>, includeInactive: boolean, refresh: () => void): HTMLElement {
  return pagedList({
    label: "Rolltilldelningar",
    emptyText: "Inga roller är tilldelade.",
    load: async (pageToken) => {
      const page = await roleAssignments.listRoleAssignments({ includeInactive, pageSize: 50, pageToken });
      return { items: page.assignments, nextPageToken: page.nextPageToken };
    },
    renderItem: (assignment) => assignmentCard(assignment, unitNames.get(assignment.unitId) ?? assignment.unitId, refresh),
  });
}

function assignmentCard(assignment: RoleAssignment, unitName: string, refresh: () => void): HTMLElement {
  const period = `Från ${formatDate(assignment.validFrom)}${assignment.validTo ? ` till ${formatDate(assignment.validTo)}` : ""}`;
  return h("div", { class: "card" },
    h("span", { class: "card-title-plain" }, `${roleLabels[assignment.role]} på ${unitName}`),
    h("span", { class: "incident-id" }, `Användare: ${assignment.userId}`),
    h("span", {}, period),
    assignment.revokedAt ? h("span", { class: "status" }, `Återkallad ${formatDate(assignment.revokedAt)}`) : null,
    assignment.revokedAt || assignment.role === Role.TENANT_ADMIN
      ? null
      : actionForm({
        submitLabel: "Återkalla", busyLabel: "Återkallar…",
        accessibleLabel: `Återkalla ${roleLabels[assignment.role]} på ${unitName} för ${assignment.userId}`,
        action: async () => {
          await roleAssignments.revokeRole({ assignmentId: assignment.assignmentId });
          announce("Rollen är återkallad.");
          refresh();
        },
      }));
}

function grantForm(openUnits: Unit[], refresh: () => void): HTMLElement {
  const userId = h("input", { name: "userId", required: true, maxlength: "200", spellcheck: "false", autocomplete: "off" });
  const role = select("role", GRANTABLE, roleLabels);
  const unit = h("select", { name: "unit", required: true }, h("option", { value: "" }, "Välj…"),
    ...openUnits.map((u) => h("option", { value: u.unitId }, u.name)));
  const validTo = h("input", { type: "date", name: "validTo" });
  return actionForm({
    legend: "Ge en roll",
    hint: "Rollen gäller på enheten och alla enheter under den, från nu.",
    fields: [field("Användar-id", userId, "Personens id (sub) i inloggningstjänsten."), field("Roll", role), field("Enhet", unit),
      field("Gäller till och med (frivilligt)", validTo)],
    submitLabel: "Ge rollen",
    action: async () => {
      await roleAssignments.assignRole({
        assignmentId: crypto.randomUUID(),
        userId: userId.value.trim(),
        role: Number(role.value),
        unitId: unit.value,
        validTo: validTo.value ? fromLocalInputValue(`${nextDay(validTo.value)}T00:00`) : undefined,
      });
      announce("Rollen är tilldelad.");
      refresh();
    },
  });
}

/** The day after a date ("2027-01-31" → "2027-02-01"): valid_to is exclusive, the form asks for the last day. */
function nextDay(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
