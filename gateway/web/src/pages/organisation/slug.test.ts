import { describe, expect, it } from "vitest";
import { slug } from "./slug";

describe("a unit id proposed from its name", () => {
  it("keeps letters and digits, drops Swedish diacritics and joins words with hyphens", () => {
    expect(slug("Hemtjänst Öst")).toBe("hemtjanst-ost");
    expect(slug("  Gruppbostad Eken (LSS) ")).toBe("gruppbostad-eken-lss");
  });
});
