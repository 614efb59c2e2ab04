import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { HalfYear, JointAnalysisBasisSchema } from "../../gen/ledningssystem/reporting/v1/joint_analysis_pb";
import { basisTables } from "./joint-analysis-tables";

const count = (value: number, suppressed = false) => ({ value: BigInt(suppressed ? 0 : value), suppressed, text: suppressed ? "färre än 5" : String(value) });
const counts = (now: number, before: number, lastYear: number) =>
  ({ count: count(now, now > 0 && now < 5), previousHalf: count(before, before > 0 && before < 5), sameHalfLastYear: count(lastYear, lastYear > 0 && lastYear < 5) });

const basis = create(JointAnalysisBasisSchema, {
  year: 2023,
  half: HalfYear.FIRST,
  period: { fromMonth: "2023-01", toMonth: "2023-06" },
  previousHalf: { fromMonth: "2022-07", toMonth: "2022-12" },
  sameHalfLastYear: { fromMonth: "2022-01", toMonth: "2022-06" },
  suppressionThreshold: 5,
  units: [
    { unitId: "a", unitName: "HVB Björken", complaints: counts(6, 5, 2), lexSarahReports: counts(5, 1, 0), lexSarahInvestigated: counts(2, 0, 0) },
    { unitId: "b", unitName: "Skyddat boende Fyren", complaints: counts(7, 2, 0) },
  ],
  total: { complaints: counts(13, 7, 2), lexSarahReports: counts(5, 1, 0), lexSarahInvestigated: counts(2, 0, 0) },
  categories: [{ categoryId: "", complaints: counts(1, 0, 0) }, { categoryId: "kat-1", complaints: counts(8, 2, 0) }],
  months: [{ month: "2023-02", lexSarahReports: count(5), complaints: count(0), lexSarahInvestigated: count(0), lexSarahNotified: count(0) }],
});

describe("the joint analysis's tables", () => {
  const tables = basisTables(basis, (id) => (id === "kat-1" ? "Bemötande" : id));
  const byCaption = (start: string) => tables.find((t) => t.caption.startsWith(start))!;

  it("shows each unit and the total for the half-year, the one before and last year, suppressed counts as färre än 5", () => {
    const complaints = byCaption("Klagomål per enhet");
    expect(complaints.headings).toEqual(["Enhet", "Halvåret januari 2023–juni 2023", "Halvåret före juli 2022–december 2022", "Samma halvår i fjol januari 2022–juni 2022"]);
    expect(complaints.rows).toEqual([
      ["HVB Björken", "6", "5", "färre än 5"],
      ["Skyddat boende Fyren", "7", "färre än 5", "0"],
      ["Totalt", "13", "7", "färre än 5"],
    ]);
  });

  it("shows lex Sarah reports, investigations and a unit without any as 0", () => {
    expect(byCaption("Lex Sarah-rapporter").rows).toEqual([["HVB Björken", "5", "färre än 5", "0"], ["Skyddat boende Fyren", "0", "0", "0"], ["Totalt", "5", "färre än 5", "0"]]);
    expect(byCaption("Utredda").rows[0]).toEqual(["HVB Björken", "färre än 5", "0", "0", "0"]);
  });

  it("names the categories (a klagomål without one too) and the months in Swedish", () => {
    expect(byCaption("Klagomål per kategori").rows).toEqual([["Utan kategori", "färre än 5", "0", "0"], ["Bemötande", "8", "färre än 5", "0"]]);
    expect(byCaption("Halvårets månader").rows).toEqual([["februari 2023", "0", "5", "0", "0"]]);
  });
});
