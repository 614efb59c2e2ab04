import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import {
  PlannedControlOccurrenceSchema, PlannedControlSchema, PlannedControlState,
} from "../../gen/ledningssystem/reporting/v1/quality_council_pb";
import { activityTitle, controlCounts, occurrenceText } from "./planned-controls";

const occurrence = (month: string, state: PlannedControlState, score = 0, cancelReason = "") =>
  create(PlannedControlOccurrenceSchema, { month, state, score, cancelReason });

describe("the kvalitetsråd's planned egenkontroll", () => {
  it("tells each occurrence's month and what became of it, with the score or the reason", () => {
    expect(occurrenceText(occurrence("2025-03", PlannedControlState.CARRIED_OUT, 85.5))).toBe("mars 2025: genomförd, följsamhet 85,5 %");
    expect(occurrenceText(occurrence("2025-02", PlannedControlState.OVERDUE))).toBe("februari 2025: inte genomförd, försenad");
    expect(occurrenceText(occurrence("2025-04", PlannedControlState.CANCELLED, 0, "Ersätts av IVO:s tillsyn")))
      .toBe("april 2025: inte genomförd, inställd (Ersätts av IVO:s tillsyn)");
    expect(occurrenceText(occurrence("2090-01", PlannedControlState.PLANNED))).toBe("januari 2090: planerad, inte förfallen än");
  });

  it("counts planned, carried out and not carried out in Swedish, one or many", () => {
    expect(controlCounts(create(PlannedControlSchema, { planned: 3, carriedOut: 1, notCarriedOut: 2 })))
      .toBe("3 planerade, 1 genomförd, 2 inte genomförda");
    expect(controlCounts(create(PlannedControlSchema, { planned: 1, carriedOut: 0, notCarriedOut: 1 })))
      .toBe("1 planerad, 0 genomförda, 1 inte genomförd");
  });

  it("names the activity, marks a control of the internkontrollplan and falls back on the id", () => {
    expect(activityTitle(create(PlannedControlSchema, { activityId: "a1", activityName: "Läkemedelshantering", internalControl: true })))
      .toBe("Läkemedelshantering (internkontrollplanen)");
    expect(activityTitle(create(PlannedControlSchema, { activityId: "a2" }))).toBe("Aktivitet a2");
  });
});
