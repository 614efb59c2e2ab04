import {
  AssessmentKind, CloseOutcome, LinkKind, MatrixBasis, RiskLevel, RiskState,
} from "../../gen/ledningssystem/risks/v1/risks_pb";

/** The Swedish words for the Risks contract's enums (docs/risks.md). */
export const riskStateLabels: Record<RiskState, string> = {
  [RiskState.UNSPECIFIED]: "Okänd",
  [RiskState.IDENTIFIED]: "Identifierad",
  [RiskState.ASSESSED]: "Bedömd",
  [RiskState.CLOSED]: "Avslutad",
};

export const riskLevelLabels: Record<RiskLevel, string> = {
  [RiskLevel.UNSPECIFIED]: "Ej bedömd",
  [RiskLevel.LOW]: "Låg",
  [RiskLevel.MEDIUM]: "Medel",
  [RiskLevel.HIGH]: "Hög",
  [RiskLevel.VERY_HIGH]: "Mycket hög",
};

export const assessmentKindLabels: Record<AssessmentKind, string> = {
  [AssessmentKind.UNSPECIFIED]: "Okänd",
  [AssessmentKind.INITIAL]: "Före åtgärder",
  [AssessmentKind.RESIDUAL]: "Restrisk efter åtgärder",
};

export const basisLabels: Record<MatrixBasis, string> = {
  [MatrixBasis.UNSPECIFIED]: "",
  [MatrixBasis.BEFORE_ACTIONS]: "Före åtgärder",
  [MatrixBasis.AFTER_ACTIONS]: "Efter åtgärder",
};

export const closeOutcomeLabels: Record<CloseOutcome, string> = {
  [CloseOutcome.UNSPECIFIED]: "Okänt",
  [CloseOutcome.ACCEPTED]: "Risken accepteras",
  [CloseOutcome.ELIMINATED]: "Risken är undanröjd",
};

export const linkKindLabels: Record<LinkKind, string> = {
  [LinkKind.UNSPECIFIED]: "Okänd",
  [LinkKind.INCIDENT]: "Avvikelse",
  [LinkKind.COMPLAINT]: "Klagomål",
  [LinkKind.FINDING]: "Fynd i egenkontroll",
};
