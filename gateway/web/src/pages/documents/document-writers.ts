import { roleAssignments } from "../../api/clients";
import { Role } from "../../gen/ledningssystem/common/v1/organization_pb";

/** The roles that write governing documents on their units (docs/documents.md, "Who may do what"). */
const WRITER_ROLES = new Set([
  Role.UNIT_MANAGER, Role.AREA_MANAGER, Role.HEALTH_CARE_MANAGER, Role.MAS, Role.MAR, Role.QUALITY_DEVELOPER,
  Role.ADMINISTRATION_HEAD, Role.TENANT_ADMIN,
]);

let writes: Promise<boolean> | undefined;

/**
 * Whether the user writes documents somewhere, fetched once per visit: the author's forms are shown to her. The
 * service still decides per document (the owner unit), and its refusal is shown where it refuses.
 */
export function writesDocuments(userId: string): Promise<boolean> {
  writes ??= roleAssignments.listRoleAssignments({ userId, pageSize: 100 })
    .then((mine) => mine.assignments.some((assignment) => WRITER_ROLES.has(assignment.role)))
    .catch(() => false);
  return writes;
}
