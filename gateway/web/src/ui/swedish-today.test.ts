import { afterEach, describe, expect, it, vi } from "vitest";
import { swedishToday } from "./format";

describe("today in Sweden", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is already the new year in Stockholm at 23:30 UTC on nyårsafton", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-31T23:30:00Z"));
    expect(swedishToday()).toBe("2027-01-01");
  });
});
