import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { CaseStatus, StatisticsRowSchema } from "../../gen/ledningssystem/reporting/v1/reporting_pb";
import { averageScorePerMonth, countsPerKind, countsPerMonth, monthLabel, monthsBetween } from "./statistics-series";

const row = (month: string, kind: string, count: number, scoreSum = 0) =>
  create(StatisticsRowSchema, { month, kind, status: CaseStatus.CLOSED, count: BigInt(count), scoreSum });

describe("the statistics page's series", () => {
  it("has every month of the period, across a new year", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2026-03", "2026-03")).toEqual(["2026-03"]);
  });

  it("names a month in Swedish", () => {
    expect(monthLabel("2026-03")).toBe("mars 2026");
  });

  it("sums the rows of a month over kinds and statuses, with 0 for a month without cases", () => {
    const rows = [row("2026-01", "A", 2), row("2026-01", "B", 3), row("2026-03", "A", 1)];
    expect(countsPerMonth(rows, ["2026-01", "2026-02", "2026-03"])).toEqual([5, 0, 1]);
  });

  it("averages the compliance scores of the egenkontroller carried out in a month", () => {
    const rows = [row("2026-01", "SELF_INSPECTION", 2, 150), row("2026-01", "INTERNAL_CONTROL", 1, 90)];
    expect(averageScorePerMonth(rows, ["2026-01", "2026-02"])).toEqual([80, null]);
  });

  it("sums each kind over the period", () => {
    const rows = [row("2026-01", "B", 2), row("2026-02", "A", 1), row("2026-02", "B", 4)];
    expect([...countsPerKind(rows)]).toEqual([["A", 1], ["B", 6]]);
  });
});
