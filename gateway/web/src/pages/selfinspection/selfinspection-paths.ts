import type { Occurrence } from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";

export const selfInspectionPaths = {
  yearWheel: "/egenkontroll",
  carryOut: (occurrence: Occurrence) => ["/egenkontroll/genomfor", occurrence.planId, occurrence.activityId, occurrence.occurrenceId]
    .map((part, index) => (index === 0 ? part : encodeURIComponent(part))).join("/"),
  execution: (executionId: string) => `/egenkontroll/genomforanden/${encodeURIComponent(executionId)}`,
};
