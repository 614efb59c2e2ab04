import { timestampDate, timestampFromDate } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { formatDateTime, fromLocalInputValue, toLocalInputValue } from "./format";

describe("Swedish time", () => {
  it("shows an instant in Stockholm's winter time", () => {
    expect(formatDateTime(timestampFromDate(new Date("2026-12-07T13:05:00Z")))).toBe("2026-12-07 14:05");
  });

  it("shows an instant in Stockholm's summer time", () => {
    expect(formatDateTime(timestampFromDate(new Date("2026-07-01T08:30:00Z")))).toBe("2026-07-01 10:30");
  });

  it("reads a wall-clock time entered in Stockholm back to the same instant, winter and summer", () => {
    expect(timestampDate(fromLocalInputValue("2026-12-07T14:05")).toISOString()).toBe("2026-12-07T13:05:00.000Z");
    expect(timestampDate(fromLocalInputValue("2026-07-01T10:30")).toISOString()).toBe("2026-07-01T08:30:00.000Z");
    expect(toLocalInputValue(new Date("2026-07-01T08:30:00Z"))).toBe("2026-07-01T10:30");
  });
});
