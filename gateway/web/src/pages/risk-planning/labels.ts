import { AnalysisSubject, RiskAndMaterialityAnalysisState, RiskAnalysisState } from "../../gen/ledningssystem/risks/v1/risks_pb";

/** The Swedish words for the riskanalys and RoV enums of the Risks contract (docs/risks.md). */
export const subjectLabels: Record<AnalysisSubject, string> = {
  [AnalysisSubject.UNSPECIFIED]: "Okänt",
  [AnalysisSubject.UNIT]: "Enhetens verksamhet",
  [AnalysisSubject.PROCESS]: "En process eller rutin",
  [AnalysisSubject.CHANGE]: "En planerad förändring",
};

export const analysisStateLabels: Record<RiskAnalysisState, string> = {
  [RiskAnalysisState.UNSPECIFIED]: "Okänd",
  [RiskAnalysisState.OPEN]: "Pågår",
  [RiskAnalysisState.COMPLETED]: "Klar",
};

export const rovStateLabels: Record<RiskAndMaterialityAnalysisState, string> = {
  [RiskAndMaterialityAnalysisState.UNSPECIFIED]: "Okänd",
  [RiskAndMaterialityAnalysisState.DRAFT]: "Utkast",
  [RiskAndMaterialityAnalysisState.ADOPTED]: "Antagen",
};

/** Väsentlighet 1–4 as the RoV names it. */
export const materialityLabels: Record<number, string> = {
  1: "1 – liten",
  2: "2 – måttlig",
  3: "3 – stor",
  4: "4 – mycket stor",
};
