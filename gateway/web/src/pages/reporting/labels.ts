import type { DescEnum } from "@bufbuild/protobuf";
import { ComplaintKindSchema } from "../../gen/ledningssystem/complaints/v1/complaints_pb";
import { IncidentKindSchema } from "../../gen/ledningssystem/incidents/v1/incidents_pb";
import {
  AnnualReportKind, AnnualReportState, ExportStatus,
} from "../../gen/ledningssystem/reporting/v1/annual_report_pb";
import { BalanceItemStatus, CouncilOccasion, CouncilTopic, SourceService } from "../../gen/ledningssystem/reporting/v1/quality_council_pb";
import { HalfYear } from "../../gen/ledningssystem/reporting/v1/joint_analysis_pb";
import { RateBasis } from "../../gen/ledningssystem/reporting/v1/regional_comparison_pb";
import { Subject } from "../../gen/ledningssystem/reporting/v1/reporting_pb";
import { RiskLevelSchema } from "../../gen/ledningssystem/risks/v1/risks_pb";
import { kindLabels } from "../../ui/labels";
import { complaintKindLabels } from "../complaints/labels";
import { riskLevelLabels } from "../risks/labels";

export const subjectLabels: Record<Subject, string> = {
  [Subject.UNSPECIFIED]: "Okänt",
  [Subject.INCIDENTS]: "Avvikelser",
  [Subject.COMPLAINTS]: "Klagomål och synpunkter",
  [Subject.COMPLAINT_CATEGORIES]: "Klagomål per kategori",
  [Subject.INSPECTIONS]: "Egenkontroller",
  [Subject.INSPECTION_FINDINGS]: "Fynd i egenkontroller",
  [Subject.RISKS]: "Risker",
};

const inspectionKindLabels: Record<string, string> = {
  INTERNAL_CONTROL: "Kontroll i internkontrollplanen",
  SELF_INSPECTION: "Egenkontroll",
};

/** The Swedish word for an enum value the service names by its contract name (e.g. INCIDENT_KIND_HEALTH_CARE). */
function byName<E extends number>(schema: DescEnum, labels: Record<E, string>, name: string): string {
  const value = schema.values.find((v) => v.name === name);
  return value ? labels[value.number as E] : name;
}

/** A statistics row's kind in Swedish; a kind this app does not know keeps its contract name. */
export function kindLabel(subject: Subject, kind: string): string {
  switch (subject) {
    case Subject.INCIDENTS:
      return kind ? byName(IncidentKindSchema, kindLabels, kind) : "Ännu inte bedömda";
    case Subject.COMPLAINTS:
      return byName(ComplaintKindSchema, complaintKindLabels, kind);
    case Subject.RISKS:
      return kind ? `Risknivå ${byName(RiskLevelSchema, riskLevelLabels, kind).toLowerCase()}` : "Ännu inte bedömda";
    case Subject.INSPECTIONS:
      return inspectionKindLabels[kind] ?? kind;
    default:
      return kind || "Ingen";
  }
}

export const occasionLabels: Record<CouncilOccasion, string> = {
  [CouncilOccasion.UNSPECIFIED]: "Egna datum",
  [CouncilOccasion.TERTIAL_1]: "Tertial 1 (januari–april)",
  [CouncilOccasion.TERTIAL_2]: "Tertial 2 (maj–augusti)",
  [CouncilOccasion.ANNUAL_REPORT]: "Verksamhetsberättelse (hela året)",
  [CouncilOccasion.ANNUAL_PLAN]: "Verksamhetsplan (september året före–augusti)",
};

export const topicLabels: Record<CouncilTopic, string> = {
  [CouncilTopic.UNSPECIFIED]: "Övrigt",
  [CouncilTopic.COMPLAINTS]: "Klagomål, synpunkter och beröm",
  [CouncilTopic.INTERNAL_CONTROL]: "Internkontroll",
  [CouncilTopic.SOCIAL_CARE_DEFICIENCIES]: "Fel och brister enligt SoL/LSS",
  [CouncilTopic.HEALTH_CARE_INCIDENTS]: "Avvikelser enligt HSL",
  [CouncilTopic.LEX_SARAH_AND_LEX_MARIA]: "Lex Sarah, lex Maria",
  [CouncilTopic.INSPECTIONS]: "Aktuella inspektioner",
  [CouncilTopic.BALANCE_LISTS]: "Genomgång av balanslistor",
};

export const sourceLabels: Record<SourceService, string> = {
  [SourceService.UNSPECIFIED]: "Okänd",
  [SourceService.INCIDENTS]: "Avvikelse",
  [SourceService.COMPLAINTS]: "Klagomål",
  [SourceService.SELF_INSPECTION]: "Egenkontroll",
  [SourceService.RISKS]: "Risk",
};

export const balanceStatusLabels: Record<BalanceItemStatus, string> = {
  [BalanceItemStatus.UNSPECIFIED]: "Okänd",
  [BalanceItemStatus.OPEN]: "Öppen",
  [BalanceItemStatus.COMPLETED]: "Klar",
};

export const annualReportKindLabels: Record<AnnualReportKind, string> = {
  [AnnualReportKind.UNSPECIFIED]: "Okänd",
  [AnnualReportKind.PATIENT_SAFETY]: "Patientsäkerhetsberättelse",
  [AnnualReportKind.QUALITY]: "Kvalitetsberättelse",
};

export const annualReportStateLabels: Record<AnnualReportState, string> = {
  [AnnualReportState.UNSPECIFIED]: "Okänd",
  [AnnualReportState.DRAFT]: "Utkast",
  [AnnualReportState.IN_REVIEW]: "Under granskning",
  [AnnualReportState.APPROVED]: "Fastställd",
  [AnnualReportState.PUBLISHED]: "Publicerad",
};

export const exportStatusLabels: Record<ExportStatus, string> = {
  [ExportStatus.UNSPECIFIED]: "Okänd",
  [ExportStatus.QUEUED]: "I kö",
  [ExportStatus.RUNNING]: "Pågår",
  [ExportStatus.DONE]: "Klar",
  [ExportStatus.FAILED]: "Misslyckades",
};

export const rateBasisLabels: Record<RateBasis, string> = {
  [RateBasis.UNSPECIFIED]: "",
  [RateBasis.PER_THOUSAND_SERVICE_USERS]: "per 1 000 brukare",
  [RateBasis.PER_UNIT]: "per enhet",
};

export const halfLabels: Record<HalfYear, string> = {
  [HalfYear.UNSPECIFIED]: "Okänt halvår",
  [HalfYear.FIRST]: "Första halvåret",
  [HalfYear.SECOND]: "Andra halvåret",
};
