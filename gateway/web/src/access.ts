import { Role } from "./gen/ledningssystem/common/v1/organization_pb";

/**
 * Which of the services' pages the menu offers for the roles a user holds, as the services' permissions say
 * (docs/complaints.md, docs/selfinspection.md, docs/risks.md, docs/organizations.md, docs/reporting.md). The services decide every call;
 * this only keeps the menu to what the user can use.
 */
const COMPLAINT_HANDLERS = [
  Role.UNIT_MANAGER, Role.AREA_MANAGER, Role.QUALITY_DEVELOPER, Role.ADMINISTRATION_HEAD, Role.MAS, Role.MAR, Role.HEALTH_CARE_MANAGER,
];
const STAFF = [
  Role.EMPLOYEE, Role.LICENSED_PROFESSIONAL, Role.UNIT_MANAGER, Role.AREA_MANAGER, Role.HEALTH_CARE_MANAGER, Role.MAS, Role.MAR,
  Role.QUALITY_DEVELOPER, Role.ADMINISTRATION_HEAD,
];
const SELF_INSPECTION_VIEWERS = [
  Role.UNIT_MANAGER, Role.AREA_MANAGER, Role.QUALITY_DEVELOPER, Role.ADMINISTRATION_HEAD, Role.HEALTH_CARE_MANAGER, Role.MAS, Role.MAR,
  Role.COMMITTEE,
];
const RISK_OVERVIEW = [
  Role.UNIT_MANAGER, Role.AREA_MANAGER, Role.HEALTH_CARE_MANAGER, Role.ADMINISTRATION_HEAD, Role.QUALITY_DEVELOPER, Role.COMMITTEE,
];
/** Reporting (services/Reporting: ReportingPermissions, AnnualReportPermissions, ComparisonPermissions). */
const STATISTICS_READERS = [Role.COMMITTEE, Role.ADMINISTRATION_HEAD, Role.QUALITY_DEVELOPER, Role.MAS, Role.TENANT_ADMIN];
const REPORTING_CONFIGURERS = [Role.TENANT_ADMIN, Role.ADMINISTRATION_HEAD, Role.QUALITY_DEVELOPER];
const QUALITY_COUNCIL = [
  Role.UNIT_MANAGER, Role.AREA_MANAGER, Role.HEALTH_CARE_MANAGER, Role.ADMINISTRATION_HEAD, Role.QUALITY_DEVELOPER, Role.MAS,
];
/** JointAnalysisPermissions: MAS, verksamhetschef, förvaltningschef and kvalitetsutvecklare write; the nämnd reads too. */
const JOINT_ANALYSIS_WRITERS = [Role.MAS, Role.HEALTH_CARE_MANAGER, Role.ADMINISTRATION_HEAD, Role.QUALITY_DEVELOPER];
const ANNUAL_REPORT_READERS = [
  Role.COMMITTEE, Role.ADMINISTRATION_HEAD, Role.QUALITY_DEVELOPER, Role.MAS, Role.MAR, Role.HEALTH_CARE_MANAGER, Role.TENANT_ADMIN,
];
const ANNUAL_REPORT_WRITERS = [Role.QUALITY_DEVELOPER, Role.MAS, Role.MAR];
const ANNUAL_REPORT_APPROVERS = [Role.HEALTH_CARE_MANAGER, Role.MAS];
const ANNUAL_REPORT_PUBLISHERS = [Role.HEALTH_CARE_MANAGER, Role.MAS, Role.QUALITY_DEVELOPER, Role.ADMINISTRATION_HEAD];

function holdsAny(roles: Set<Role>, wanted: Role[]): boolean {
  return wanted.some((role) => roles.has(role));
}

export const registersComplaints = (roles: Set<Role>) => holdsAny(roles, STAFF);
export const handlesComplaints = (roles: Set<Role>) => holdsAny(roles, COMPLAINT_HANDLERS);
export const seesSelfInspection = (roles: Set<Role>) => holdsAny(roles, SELF_INSPECTION_VIEWERS);
export const seesRisks = (roles: Set<Role>) => holdsAny(roles, RISK_OVERVIEW);
export const administersTenant = (roles: Set<Role>) => roles.has(Role.TENANT_ADMIN);
export const readsStatistics = (roles: Set<Role>) => holdsAny(roles, STATISTICS_READERS);
export const holdsQualityCouncil = (roles: Set<Role>) => holdsAny(roles, QUALITY_COUNCIL);
export const readsJointAnalysis = (roles: Set<Role>) => roles.has(Role.COMMITTEE) || holdsAny(roles, JOINT_ANALYSIS_WRITERS);
export const writesJointAnalysis = (roles: Set<Role>) => holdsAny(roles, JOINT_ANALYSIS_WRITERS);
export const readsAnnualReports = (roles: Set<Role>) => holdsAny(roles, ANNUAL_REPORT_READERS);
export const writesAnnualReports = (roles: Set<Role>) => holdsAny(roles, ANNUAL_REPORT_WRITERS);
export const approvesAnnualReports = (roles: Set<Role>) => holdsAny(roles, ANNUAL_REPORT_APPROVERS);
export const publishesAnnualReports = (roles: Set<Role>) => holdsAny(roles, ANNUAL_REPORT_PUBLISHERS);
export const readsComparison = (roles: Set<Role>) => roles.has(Role.REGION_ADMIN) || holdsAny(roles, STATISTICS_READERS);
/** The provider's own side of the comparison: consent to be named and the brukare counts. */
export const configuresReporting = (roles: Set<Role>) => holdsAny(roles, REPORTING_CONFIGURERS);

// Planning: egenkontroll plans and checklist templates (SelfInspectionPermissions), riskanalyser, the RoV and the
// matrix (RiskPermissions).
const PLANNERS = [
  Role.UNIT_MANAGER, Role.AREA_MANAGER, Role.QUALITY_DEVELOPER, Role.ADMINISTRATION_HEAD, Role.HEALTH_CARE_MANAGER, Role.MAS,
];
const PLAN_APPROVERS = [Role.ADMINISTRATION_HEAD, Role.HEALTH_CARE_MANAGER];
const OCCURRENCE_CANCELLERS = [
  Role.UNIT_MANAGER, Role.AREA_MANAGER, Role.QUALITY_DEVELOPER, Role.ADMINISTRATION_HEAD, Role.MAS, Role.MAR, Role.HEALTH_CARE_MANAGER,
];
const TEMPLATE_WRITERS = [Role.TENANT_ADMIN, Role.ADMINISTRATION_HEAD, Role.QUALITY_DEVELOPER, Role.HEALTH_CARE_MANAGER, Role.MAS];
const RISK_WORKERS = [Role.UNIT_MANAGER, Role.AREA_MANAGER, Role.HEALTH_CARE_MANAGER, Role.ADMINISTRATION_HEAD, Role.QUALITY_DEVELOPER];
const ROV_PREPARERS = [Role.ADMINISTRATION_HEAD, Role.QUALITY_DEVELOPER];
const MATRIX_CONFIGURERS = [Role.TENANT_ADMIN, Role.ADMINISTRATION_HEAD, Role.QUALITY_DEVELOPER];

export const plansSelfInspection = (roles: Set<Role>) => holdsAny(roles, PLANNERS);
export const approvesPlans = (roles: Set<Role>) => holdsAny(roles, PLAN_APPROVERS);
export const cancelsOccurrences = (roles: Set<Role>) => holdsAny(roles, OCCURRENCE_CANCELLERS);
export const writesChecklists = (roles: Set<Role>) => holdsAny(roles, TEMPLATE_WRITERS);
export const worksOnRisks = (roles: Set<Role>) => holdsAny(roles, RISK_WORKERS);
export const preparesRov = (roles: Set<Role>) => holdsAny(roles, ROV_PREPARERS);
export const configuresRiskMatrix = (roles: Set<Role>) => holdsAny(roles, MATRIX_CONFIGURERS);
