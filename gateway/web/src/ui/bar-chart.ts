import { h } from "./dom";

/** One series of a chart: a value per category; null where the count is suppressed (no bar, its text instead). */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** How each value is printed ("12", "färre än 5", "3,5 per enhet"); the number itself unless given. */
  texts?: string[];
}

export interface BarChartOptions {
  /** The table's caption, also the chart's heading. */
  caption: string;
  /** The first column's heading, e.g. "Månad". */
  categoryHeading: string;
  categories: string[];
  series: ChartSeries[];
  /** Per category, a remark printed beside its bars and in the table (e.g. a warning sign); empty for none. */
  remarks?: string[];
  /** The remarks' column heading; "Anmärkning" unless said. */
  remarksHeading?: string;
}

/**
 * Each value's bar length in percent of the longest bar (the largest value), rounded to a tenth; a suppressed value
 * has none (null) and a zero a bar of length 0.
 */
export function barLengths(series: ChartSeries[]): (number | null)[][] {
  const largest = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  return series.map((s) => s.values.map((value) => (value === null ? null : largest === 0 ? 0 : Math.round((value / largest) * 1000) / 10)));
}

function valueText(series: ChartSeries, index: number): string {
  return series.texts?.[index] ?? String(series.values[index] ?? "");
}

/**
 * Horizontal bars drawn with CSS, one group per category and one bar per series, and under them the same figures as
 * a real table (caption, column and row headers): the bars are for the eye and hidden from screen readers, which read
 * the table. A suppressed count gets no bar but its text ("färre än 5"); the series differ in pattern, not only colour.
 */
export function barChart(options: BarChartOptions): HTMLElement {
  const lengths = barLengths(options.series);
  const groups = options.categories.map((category, index) =>
    h("div", { class: "bar-group" },
      h("span", { class: "bar-label" }, category),
      ...options.series.map((series, s) => {
        const length = lengths[s][index];
        const bar = h("span", { class: `bar bar-series-${s % 3}` });
        // Widths through the CSSOM: the gateway's CSP allows no inline style attribute.
        bar.style.width = `${length ?? 0}%`;
        return h("span", { class: length === null ? "bar-row suppressed" : "bar-row" }, bar, h("span", { class: "bar-value" }, valueText(series, index)));
      }),
      options.remarks?.[index] ? h("span", { class: "bar-remark" }, options.remarks[index]) : null));
  const legend = options.series.length > 1
    ? h("ul", { class: "chart-legend" }, ...options.series.map((series, s) => h("li", {}, h("span", { class: `legend-swatch bar-series-${s % 3}` }), series.name)))
    : null;
  const table = h("table", { class: "figures" },
    h("caption", {}, options.caption),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, options.categoryHeading),
      ...options.series.map((series) => h("th", { scope: "col" }, series.name)),
      options.remarks ? h("th", { scope: "col" }, options.remarksHeading ?? "Anmärkning") : null)),
    h("tbody", {}, ...options.categories.map((category, index) => h("tr", {},
      h("th", { scope: "row" }, category),
      ...options.series.map((series) => h("td", {}, valueText(series, index))),
      options.remarks ? h("td", {}, options.remarks[index] ?? "") : null))));
  return h("figure", { class: "chart" },
    h("div", { class: "bars", "aria-hidden": "true" }, h("p", { class: "chart-title" }, options.caption), legend, ...groups),
    h("div", { class: "table-scroll" }, table));
}
