import {
  PlannedControlState, type PlannedControl, type PlannedControlOccurrence,
} from "../../gen/ledningssystem/reporting/v1/quality_council_pb";
import { monthLabel } from "./statistics-series";

const stateTexts: Record<PlannedControlState, string> = {
  [PlannedControlState.UNSPECIFIED]: "okänt läge",
  [PlannedControlState.PLANNED]: "planerad, inte förfallen än",
  [PlannedControlState.CARRIED_OUT]: "genomförd",
  [PlannedControlState.OVERDUE]: "inte genomförd, försenad",
  [PlannedControlState.CANCELLED]: "inte genomförd, inställd",
};

const percent = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });

/** "mars 2025: genomförd, följsamhet 85,5 %", "april 2025: inte genomförd, inställd (skälet)". */
export function occurrenceText(occurrence: PlannedControlOccurrence): string {
  const what = stateTexts[occurrence.state];
  const detail = occurrence.state === PlannedControlState.CARRIED_OUT
    ? `, följsamhet ${percent.format(occurrence.score)} %`
    : occurrence.state === PlannedControlState.CANCELLED && occurrence.cancelReason
      ? ` (${occurrence.cancelReason})`
      : "";
  return `${monthLabel(occurrence.month)}: ${what}${detail}`;
}

/** The activity's name, marked when it is a control of the internkontrollplan; an unnamed one by its id. */
export function activityTitle(control: PlannedControl): string {
  const name = control.activityName || `Aktivitet ${control.activityId}`;
  return control.internalControl ? `${name} (internkontrollplanen)` : name;
}

/** "3 planerade, 1 genomförd, 2 inte genomförda". */
export function controlCounts(control: PlannedControl): string {
  const carriedOut = control.carriedOut === 1 ? "genomförd" : "genomförda";
  const notCarriedOut = control.notCarriedOut === 1 ? "inte genomförd" : "inte genomförda";
  return `${control.planned} ${control.planned === 1 ? "planerad" : "planerade"}, ${control.carriedOut} ${carriedOut}, ${control.notCarriedOut} ${notCarriedOut}`;
}
