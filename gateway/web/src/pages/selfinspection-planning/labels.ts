import { AnswerType, Frequency, PlanState, TemplateState } from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";

/** The Swedish words for the planning enums of the SelfInspection contract (docs/selfinspection.md). */
export const planStateLabels: Record<PlanState, string> = {
  [PlanState.UNSPECIFIED]: "Okänd",
  [PlanState.DRAFT]: "Utkast",
  [PlanState.APPROVED]: "Fastställd",
  [PlanState.SUPERSEDED]: "Ersatt av en senare version",
};

export const frequencyLabels: Record<Frequency, string> = {
  [Frequency.UNSPECIFIED]: "Ospecificerad",
  [Frequency.ONCE]: "En gång",
  [Frequency.MONTHLY]: "Varje månad",
  [Frequency.QUARTERLY]: "Varje kvartal (mars, juni, september, december)",
  [Frequency.TERTIAL]: "Varje tertial (april, augusti, december)",
  [Frequency.YEARLY]: "En gång om året",
  [Frequency.CHOSEN_MONTHS]: "Valda månader",
};

export const answerTypeLabels: Record<AnswerType, string> = {
  [AnswerType.UNSPECIFIED]: "Ospecificerad",
  [AnswerType.YES_NO]: "Ja / nej / delvis / ej aktuellt",
  [AnswerType.NUMBER]: "Tal",
  [AnswerType.TEXT]: "Text",
  [AnswerType.CHOICE]: "Ett av flera val",
};

export const templateStateLabels: Record<TemplateState, string> = {
  [TemplateState.UNSPECIFIED]: "Okänd",
  [TemplateState.DRAFT]: "Utkast",
  [TemplateState.PUBLISHED]: "Publicerad",
  [TemplateState.RETIRED]: "Ersatt av en senare version",
};

/** The plan's history steps as the service names them; an unknown step shows the state it led to. */
const planStepLabels: Record<string, string> = {
  CREATED: "Skapad",
  ACTIVITY_ADDED: "Aktivitet tillagd",
  ACTIVITY_REMOVED: "Aktivitet borttagen",
  APPROVED: "Fastställd",
  REVISED: "Ny version påbörjad",
  SUPERSEDED: "Ersatt",
  COPIED: "Skapad som kopia av förra årets plan",
};

export function planStepLabel(step: string, toState: PlanState): string {
  return planStepLabels[step] ?? planStateLabels[toState];
}
