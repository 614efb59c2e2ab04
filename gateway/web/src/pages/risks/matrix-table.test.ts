import { describe, expect, it } from "vitest";
import { readableTextColour } from "./matrix-table";

describe("the risk matrix's text on its level colours", () => {
  it("is white on the dark green and red, black on the yellow and orange (AA contrast)", () => {
    expect(readableTextColour("#2E7D32")).toBe("#ffffff");
    expect(readableTextColour("#C62828")).toBe("#ffffff");
    expect(readableTextColour("#F9A825")).toBe("#000000");
    expect(readableTextColour("#EF6C00")).toBe("#000000");
  });
});
