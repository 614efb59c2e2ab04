import {
  Channel, ComplainantRole, ComplaintKind, ComplaintState, DeadlineStage,
} from "../../gen/ledningssystem/complaints/v1/complaints_pb";

/** The Swedish words for the Complaints contract's enums (docs/complaints.md). */
export const complaintStateLabels: Record<ComplaintState, string> = {
  [ComplaintState.UNSPECIFIED]: "Okänd",
  [ComplaintState.RECEIVED]: "Mottaget",
  [ComplaintState.ACKNOWLEDGED]: "Bekräftat",
  [ComplaintState.INVESTIGATING]: "Utreds",
  [ComplaintState.ANSWERED]: "Besvarat",
  [ComplaintState.CLOSED]: "Avslutat",
  [ComplaintState.FORWARDED]: "Överlämnat",
};

export const complaintKindLabels: Record<ComplaintKind, string> = {
  [ComplaintKind.UNSPECIFIED]: "Okänd",
  [ComplaintKind.COMPLAINT]: "Klagomål",
  [ComplaintKind.OPINION]: "Synpunkt",
  [ComplaintKind.SUGGESTION]: "Förslag",
  [ComplaintKind.PRAISE]: "Beröm",
};

/** The kinds a sender chooses between, in the order the form offers them. */
export const COMPLAINT_KINDS = [ComplaintKind.COMPLAINT, ComplaintKind.OPINION, ComplaintKind.SUGGESTION, ComplaintKind.PRAISE];

export const channelLabels: Record<Channel, string> = {
  [Channel.UNSPECIFIED]: "Okänd",
  [Channel.WEB_FORM]: "Webbformuläret",
  [Channel.PHONE]: "Telefon",
  [Channel.LETTER]: "Brev",
  [Channel.EMAIL]: "E-post",
  [Channel.IN_PERSON]: "Personligen",
  [Channel.PATIENT_BOARD]: "Patientnämnden",
  [Channel.IVO]: "IVO",
  [Channel.OTHER_ORGANISATION]: "Annan organisation",
};

export const complainantRoleLabels: Record<ComplainantRole, string> = {
  [ComplainantRole.UNSPECIFIED]: "Okänd",
  [ComplainantRole.SERVICE_USER]: "Brukare eller patient",
  [ComplainantRole.RELATIVE]: "Närstående",
  [ComplainantRole.REPRESENTATIVE]: "Ombud, god man eller förvaltare",
  [ComplainantRole.PUBLIC]: "Allmänheten",
  [ComplainantRole.EMPLOYEE]: "Medarbetare",
  [ComplainantRole.AUTHORITY]: "Myndighet",
  [ComplainantRole.OTHER_ORGANISATION]: "Annan organisation",
  [ComplainantRole.ANONYMOUS]: "Anonym",
};

export const complaintDeadlineLabels: Record<DeadlineStage, string> = {
  [DeadlineStage.UNSPECIFIED]: "",
  [DeadlineStage.ACKNOWLEDGE]: "Mottagningsbekräftelse",
  [DeadlineStage.ANSWER]: "Svar",
};

/** The history's steps (HistoryEntry.step) as the Complaints service names them. */
const complaintStepLabels: Record<string, string> = {
  RECEIVED: "Mottaget",
  CLASSIFIED: "Klassificerat",
  ACKNOWLEDGED: "Mottagningsbekräftelse skickad",
  INVESTIGATION_STARTED: "Utredningen startad",
  ANSWERED: "Besvarat",
  CLOSED: "Avslutat",
  REOPENED: "Återöppnat",
  FORWARDED: "Överlämnat",
  PRAISE_SHARED: "Beröm delat med personalen",
  INCIDENT_RAISED: "Avvikelse skapad",
  CONTACT_DETAILS_REMOVED: "Kontaktuppgifter gallrade",
};

export function complaintStepLabel(step: string, toState: ComplaintState): string {
  return complaintStepLabels[step] ?? complaintStateLabels[toState];
}
