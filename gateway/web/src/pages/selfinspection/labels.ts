import {
  FindingState, InspectionMethod, OccurrenceState, Severity, YesNo,
} from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";

/** The Swedish words for the SelfInspection contract's enums (docs/selfinspection.md). */
export const occurrenceStateLabels: Record<OccurrenceState, string> = {
  [OccurrenceState.UNSPECIFIED]: "Okänd",
  [OccurrenceState.PLANNED]: "Planerad",
  [OccurrenceState.DUE]: "Ska göras",
  [OccurrenceState.OVERDUE]: "Försenad",
  [OccurrenceState.DONE]: "Klar",
  [OccurrenceState.CANCELLED]: "Inställd",
};

export const methodLabels: Record<InspectionMethod, string> = {
  [InspectionMethod.UNSPECIFIED]: "Ospecificerad",
  [InspectionMethod.RECORD_REVIEW]: "Journalgranskning",
  [InspectionMethod.CASE_FILE_REVIEW]: "Aktgranskning",
  [InspectionMethod.HYGIENE_ROUND]: "Hygienrond",
  [InspectionMethod.NARCOTICS_CHECK]: "Kollegial narkotikakontroll",
  [InspectionMethod.SIGNING_LISTS_AND_DELEGATIONS]: "Signeringslistor och delegeringar",
  [InspectionMethod.MEDICATION_REVIEW]: "Läkemedelsgenomgång",
  [InspectionMethod.USER_SURVEY]: "Brukarundersökning",
  [InspectionMethod.QUALITY_REGISTERS]: "Kvalitetsregister",
  [InspectionMethod.COMPLAINTS_REVIEW]: "Genomgång av klagomål",
  [InspectionMethod.OTHER]: "Annan",
};

export const yesNoLabels: Record<YesNo, string> = {
  [YesNo.UNSPECIFIED]: "Ej besvarad",
  [YesNo.YES]: "Ja",
  [YesNo.NO]: "Nej",
  [YesNo.PARTLY]: "Delvis",
  [YesNo.NOT_APPLICABLE]: "Ej aktuellt",
};

export const findingStateLabels: Record<FindingState, string> = {
  [FindingState.UNSPECIFIED]: "Okänd",
  [FindingState.OPEN]: "Öppen",
  [FindingState.ACTION_DECIDED]: "Åtgärd beslutad",
  [FindingState.CLOSED]: "Avslutad",
  [FindingState.ACCEPTED]: "Accepterad utan åtgärd",
  [FindingState.INCIDENT_REPORTED]: "Rapporterad som avvikelse",
};

export const findingSeverityLabels: Record<Severity, string> = {
  [Severity.UNSPECIFIED]: "Ospecificerad",
  [Severity.LOW]: "Låg",
  [Severity.MEDIUM]: "Medel",
  [Severity.HIGH]: "Hög",
};

export const monthNames = [
  "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
];

/** A compliance score as people read it: "87 %". */
export function formatScore(score: number): string {
  return `${Math.round(score)} %`;
}
