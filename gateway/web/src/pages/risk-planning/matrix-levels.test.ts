import { describe, expect, it } from "vitest";
import { RiskLevel } from "../../gen/ledningssystem/risks/v1/risks_pb";
import { resizeLevels } from "./matrix-levels";

const { LOW, MEDIUM, HIGH, VERY_HIGH } = RiskLevel;

describe("the matrix's levels when a scale changes size", () => {
  it("keeps every cell that is still there", () => {
    expect(resizeLevels([LOW, MEDIUM, HIGH, VERY_HIGH], 2, 2, 2, 2)).toEqual([LOW, MEDIUM, HIGH, VERY_HIGH]);
  });

  it("gives a new consequence column the levels of the highest one before it", () => {
    expect(resizeLevels([LOW, MEDIUM, HIGH, VERY_HIGH], 2, 2, 2, 3)).toEqual([LOW, MEDIUM, MEDIUM, HIGH, VERY_HIGH, VERY_HIGH]);
  });

  it("drops the cells of a removed probability row", () => {
    expect(resizeLevels([LOW, MEDIUM, HIGH, VERY_HIGH], 2, 2, 1, 2)).toEqual([LOW, MEDIUM]);
  });

  it("starts from low when there was no matrix", () => {
    expect(resizeLevels([], 0, 0, 2, 1)).toEqual([LOW, LOW]);
  });
});
