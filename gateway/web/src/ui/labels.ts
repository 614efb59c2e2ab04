import {
  DeadlineStage, IncidentKind, IncidentState, IncidentSubtype, RootCause, Severity,
} from "../gen/ledningssystem/incidents/v1/incidents_pb";

/** The Swedish words people read for the contracts' enums. */
export const stateLabels: Record<IncidentState, string> = {
  [IncidentState.UNSPECIFIED]: "Okänd",
  [IncidentState.REPORTED]: "Rapporterad",
  [IncidentState.TRIAGED]: "Bedömd",
  [IncidentState.INVESTIGATING]: "Utreds",
  [IncidentState.ACTIONS_DECIDED]: "Åtgärder beslutade",
  [IncidentState.FOLLOW_UP]: "Följs upp",
  [IncidentState.CLOSED]: "Avslutad",
};

export const kindLabels: Record<IncidentKind, string> = {
  [IncidentKind.UNSPECIFIED]: "Ej bedömd",
  [IncidentKind.HEALTH_CARE]: "Avvikelse i hälso- och sjukvård (HSL)",
  [IncidentKind.SOCIAL_CARE]: "Fel och brist i socialtjänst eller LSS",
  [IncidentKind.LEX_SARAH]: "Lex Sarah",
  [IncidentKind.COOPERATION]: "Samverkansavvikelse",
  [IncidentKind.PERSONAL_DATA_BREACH]: "Personuppgiftsincident",
};

export const subtypeLabels: Record<IncidentSubtype, string> = {
  [IncidentSubtype.UNSPECIFIED]: "Ingen",
  [IncidentSubtype.FALL]: "Fall",
  [IncidentSubtype.MEDICATION]: "Läkemedel",
  [IncidentSubtype.MEDICAL_DEVICE]: "Medicintekniska produkter",
  [IncidentSubtype.CARE_INJURY]: "Vårdskada",
  [IncidentSubtype.CARE_INJURY_RISK]: "Risk för vårdskada",
  [IncidentSubtype.IMPROPRIETY]: "Missförhållande",
  [IncidentSubtype.RISK_OF_IMPROPRIETY]: "Påtaglig risk för missförhållande",
};

export const severityLabels: Record<Severity, string> = {
  [Severity.UNSPECIFIED]: "Ej bedömd",
  [Severity.MINOR]: "Mindre",
  [Severity.MODERATE]: "Måttlig",
  [Severity.SIGNIFICANT]: "Betydande",
  [Severity.CATASTROPHIC]: "Katastrofal",
};

export const rootCauseLabels: Record<RootCause, string> = {
  [RootCause.UNSPECIFIED]: "Ospecificerad",
  [RootCause.COMMUNICATION]: "Kommunikation",
  [RootCause.ROUTINES]: "Rutiner",
  [RootCause.COMPETENCE]: "Kompetens",
  [RootCause.TECHNOLOGY]: "Teknik",
  [RootCause.ORGANISATION]: "Organisation",
  [RootCause.ENVIRONMENT]: "Miljö",
};

export const deadlineLabels: Record<DeadlineStage, string> = {
  [DeadlineStage.UNSPECIFIED]: "",
  [DeadlineStage.TRIAGE]: "Bedömning",
  [DeadlineStage.INVESTIGATION_START]: "Utredningsstart",
  [DeadlineStage.INVESTIGATION]: "Utredning",
  [DeadlineStage.NOTIFICATION]: "Anmälan",
  [DeadlineStage.ACTIONS]: "Åtgärd",
  [DeadlineStage.IMY]: "Anmälan till IMY (72 timmar)",
};

/** The workflow's history steps (HistoryEntry.step), as the Incidents service names them. */
const stepLabels: Record<string, string> = {
  REPORTED: "Rapporterad",
  TRIAGED: "Bedömd",
  INVESTIGATION_STARTED: "Utredningen startad",
  INVESTIGATION_COMPLETED: "Utredningen klar",
  ACTIONS_DECIDED: "Åtgärder beslutade",
  ACTION_COMPLETED: "Åtgärd klar",
  FOLLOWED_UP: "Effekten uppföljd",
  CLOSED: "Avslutad",
  REOPENED: "Återöppnad",
  NOTIFICATION_DECIDED: "Anmälan beslutad",
  NOTIFICATION_DECLINED: "Beslut: ingen anmälan",
  NOTIFICATION_SENT: "Anmälan skickad",
  PATIENT_INFORMED: "Patienten informerad",
};

/** A history step in Swedish; a step this app does not know yet shows the state it led to. */
export function stepLabel(step: string, toState: IncidentState): string {
  return stepLabels[step] ?? stateLabels[toState];
}

/** The enum's values other than UNSPECIFIED, for selects and checkboxes. */
export function specifiedValues<E extends number>(labels: Record<E, string>): E[] {
  return Object.keys(labels).map(Number).filter((value) => value !== 0) as E[];
}
