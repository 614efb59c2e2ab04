import type { MonthPeriod } from "../../gen/ledningssystem/reporting/v1/quality_council_pb";
import type { StatisticsRow } from "../../gen/ledningssystem/reporting/v1/reporting_pb";
import { monthNames } from "../selfinspection/labels";

/** Every month from the first to the last, inclusive ("2026-11", "2026-12", "2027-01"). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number);
  const [lastYear, lastMonth] = to.split("-").map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** "mars 2026" for "2026-03". */
export function monthLabel(month: string): string {
  const [year, number] = month.split("-").map(Number);
  return `${monthNames[number - 1]} ${year}`;
}

/** The cases per month, whatever their kind, category and status; 0 for a month without rows. */
export function countsPerMonth(rows: StatisticsRow[], months: string[]): number[] {
  return months.map((month) => rows.filter((row) => row.month === month).reduce((sum, row) => sum + Number(row.count), 0));
}

/** The average compliance score per month (egenkontroller), or null for a month in which none was carried out. */
export function averageScorePerMonth(rows: StatisticsRow[], months: string[]): (number | null)[] {
  return months.map((month) => {
    const inMonth = rows.filter((row) => row.month === month);
    const count = inMonth.reduce((sum, row) => sum + Number(row.count), 0);
    return count === 0 ? null : Math.round(inMonth.reduce((sum, row) => sum + row.scoreSum, 0) / count);
  });
}

/** The cases per kind over the whole period, in the order the kinds first appear (the service orders by month, kind). */
export function countsPerKind(rows: StatisticsRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of [...rows].sort((a, b) => a.kind.localeCompare(b.kind))) {
    totals.set(row.kind, (totals.get(row.kind) ?? 0) + Number(row.count));
  }
  return totals;
}

/** "januari 2026–april 2026". */
export function periodText(period: MonthPeriod | undefined): string {
  return period ? `${monthLabel(period.fromMonth)}–${monthLabel(period.toMonth)}` : "";
}
