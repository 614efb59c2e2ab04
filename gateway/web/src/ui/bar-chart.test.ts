import { describe, expect, it } from "vitest";
import { barLengths } from "./bar-chart";

describe("the bars' lengths", () => {
  it("are relative to the largest value of every series, a suppressed count gets none", () => {
    expect(barLengths([
      { name: "2026", values: [8, null, 0] },
      { name: "2025", values: [16, 4, 2] },
    ])).toEqual([[50, null, 0], [100, 25, 12.5]]);
  });

  it("are all zero when nothing was counted", () => {
    expect(barLengths([{ name: "2026", values: [0, 0] }])).toEqual([[0, 0]]);
  });
});
