import { Code, ConnectError, createClient, type Interceptor } from "@connectrpc/connect";
import { createConnectTransport, createGrpcWebTransport } from "@connectrpc/connect-web";
import { ReadAcknowledgementService } from "../gen/ledningssystem/documents/v1/acknowledgements_pb";
import { DocumentService } from "../gen/ledningssystem/documents/v1/documents_pb";
import { DocumentSharingService } from "../gen/ledningssystem/documents/v1/sharing_pb";
import { ComplaintService, PublicComplaintService } from "../gen/ledningssystem/complaints/v1/complaints_pb";
import { IncidentService } from "../gen/ledningssystem/incidents/v1/incidents_pb";
import { ContractService } from "../gen/ledningssystem/organizations/v1/contracts_pb";
import { RoleAssignmentService } from "../gen/ledningssystem/organizations/v1/role_assignments_pb";
import { UnitService } from "../gen/ledningssystem/organizations/v1/units_pb";
import { AnnualReportService, PublicAnnualReportService, StatisticsExportService } from "../gen/ledningssystem/reporting/v1/annual_report_pb";
import { JointAnalysisService } from "../gen/ledningssystem/reporting/v1/joint_analysis_pb";
import { QualityCouncilService } from "../gen/ledningssystem/reporting/v1/quality_council_pb";
import { RegionalComparisonService } from "../gen/ledningssystem/reporting/v1/regional_comparison_pb";
import { StatisticsService } from "../gen/ledningssystem/reporting/v1/reporting_pb";
import { RiskService } from "../gen/ledningssystem/risks/v1/risks_pb";
import { ChecklistService, InspectionPlanService, InspectionService } from "../gen/ledningssystem/selfinspection/v1/selfinspection_pb";
import { validAccessToken } from "../auth/session";

/**
 * Every call carries the logged-in user's access token, renewed first when it is about to expire; a call the gateway
 * refuses as unauthenticated (the token expired on the way) is renewed and sent once more.
 */
const bearer: Interceptor = (next) => async (request) => {
  request.header.set("Authorization", `Bearer ${await validAccessToken()}`);
  try {
    return await next(request);
  } catch (error) {
    if (ConnectError.from(error).code !== Code.Unauthenticated || request.stream) {
      throw error;
    }
    request.header.set("Authorization", `Bearer ${await validAccessToken(true)}`);
    return await next(request);
  }
};

/** The services through the gateway (same origin), over Connect with the clients generated from protos/. */
const transport = createConnectTransport({ baseUrl: location.origin, interceptors: [bearer] });

export const incidents = createClient(IncidentService, transport);
export const units = createClient(UnitService, transport);
export const roleAssignments = createClient(RoleAssignmentService, transport);
export const documents = createClient(DocumentService, transport);
export const acknowledgements = createClient(ReadAcknowledgementService, transport);
export const documentSharing = createClient(DocumentSharingService, transport);
export const contracts = createClient(ContractService, transport);
export const complaints = createClient(ComplaintService, transport);
export const inspectionPlans = createClient(InspectionPlanService, transport);
export const checklists = createClient(ChecklistService, transport);
export const inspections = createClient(InspectionService, transport);
export const risks = createClient(RiskService, transport);
export const statistics = createClient(StatisticsService, transport);
export const qualityCouncil = createClient(QualityCouncilService, transport);
export const jointAnalysis = createClient(JointAnalysisService, transport);
export const annualReports = createClient(AnnualReportService, transport);
export const regionalComparison = createClient(RegionalComparisonService, transport);

/**
 * The services' Connect endpoint serves unary calls only; files come as server streams, which the gateway and the
 * services take over gRPC-Web (binary, same origin, same token).
 */
const streamTransport = createGrpcWebTransport({ baseUrl: location.origin, interceptors: [bearer] });
export const statisticsExports = createClient(StatisticsExportService, streamTransport);
export const annualReportFiles = createClient(AnnualReportService, streamTransport);

/** The public complaint form's service: no login, so no token (the gateway lets it through anonymously). */
const anonymousTransport = createConnectTransport({ baseUrl: location.origin });
export const publicComplaints = createClient(PublicComplaintService, anonymousTransport);
/** Published berättelser, for anyone without logging in. */
export const publicAnnualReports = createClient(PublicAnnualReportService, anonymousTransport);
/**
 * The same public directory for logged-in staff (handing a complaint over): with the token, so their calls count in
 * their own rate-limit bucket, not in the one of their office's address that the public form shares.
 */
export const staffProviderDirectory = createClient(PublicComplaintService, transport);

/** What to tell the user when a call fails: the service's own Swedish message, or why the service was not reached. */
export function errorMessage(error: unknown): string {
  const connectError = ConnectError.from(error);
  if (connectError.code === Code.Unavailable || connectError.code === Code.Unknown && !connectError.rawMessage) {
    return "Tjänsten kunde inte nås. Kontrollera anslutningen och försök igen.";
  }
  return connectError.rawMessage;
}
