import type { DisclosedCount } from "../../gen/ledningssystem/reporting/v1/reporting_pb";
import type { JointAnalysisBasis, JointAnalysisUnit, JointCounts } from "../../gen/ledningssystem/reporting/v1/joint_analysis_pb";
import { monthLabel, periodText } from "./statistics-series";

/** A table of the underlag as plain text: its caption, column headings, and rows whose first cell names the row. */
export interface TextTable {
  caption: string;
  headings: string[];
  rows: string[][];
}

/** A count as the service allows it to be shown: the number, or its "färre än N". */
export const shown = (count: DisclosedCount | undefined): string => count?.text || "0";

const threeHalves = (counts: JointCounts | undefined): string[] =>
  [shown(counts?.count), shown(counts?.previousHalf), shown(counts?.sameHalfLastYear)];

/**
 * The underlag of the joint analysis as tables: klagomål, synpunkter and beröm per unit, lex Sarah reports per unit,
 * klagomål per category (named by the caller, which knows the tenant's categories) and the half-year's months.
 * Suppressed counts read as the service wrote them ("färre än 5").
 */
export function basisTables(basis: JointAnalysisBasis, categoryName: (id: string) => string = (id) => id): TextTable[] {
  const halves = [`Halvåret ${periodText(basis.period)}`, `Halvåret före ${periodText(basis.previousHalf)}`,
    `Samma halvår i fjol ${periodText(basis.sameHalfLastYear)}`];
  const units = (figure: (unit: JointAnalysisUnit) => JointCounts | undefined) => [
    ...basis.units.map((unit) => [unit.unitName || unit.unitId, ...threeHalves(figure(unit))]),
    ["Totalt", ...threeHalves(basis.total && figure(basis.total))],
  ];
  return [
    { caption: "Klagomål per enhet", headings: ["Enhet", ...halves], rows: units((u) => u.complaints) },
    { caption: "Synpunkter och förslag per enhet", headings: ["Enhet", ...halves], rows: units((u) => u.opinions) },
    { caption: "Beröm per enhet", headings: ["Enhet", ...halves], rows: units((u) => u.praise) },
    { caption: "Lex Sarah-rapporter per enhet", headings: ["Enhet", ...halves], rows: units((u) => u.lexSarahReports) },
    {
      caption: "Utredda enligt lex Sarah och anmälda till IVO",
      headings: ["Enhet", "Utredda", "Anmälda till IVO", "Utredda halvåret före", "Anmälda halvåret före"],
      rows: [...basis.units, ...(basis.total ? [basis.total] : [])].map((unit) => [
        unit.unitId ? unit.unitName || unit.unitId : "Totalt",
        shown(unit.lexSarahInvestigated?.count), shown(unit.lexSarahNotified?.count),
        shown(unit.lexSarahInvestigated?.previousHalf), shown(unit.lexSarahNotified?.previousHalf),
      ]),
    },
    {
      caption: "Klagomål per kategori (ett klagomål räknas i var och en av sina kategorier)",
      headings: ["Kategori", ...halves],
      rows: basis.categories.map((category) => [category.categoryId ? categoryName(category.categoryId) : "Utan kategori", ...threeHalves(category.complaints)]),
    },
    {
      caption: "Halvårets månader",
      headings: ["Månad", "Klagomål", "Lex Sarah-rapporter", "Utredda enligt lex Sarah", "Anmälda till IVO"],
      rows: basis.months.map((month) => [monthLabel(month.month), shown(month.complaints), shown(month.lexSarahReports),
        shown(month.lexSarahInvestigated), shown(month.lexSarahNotified)]),
    },
  ];
}
