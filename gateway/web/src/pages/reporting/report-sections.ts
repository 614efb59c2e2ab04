import type { Figure, ReportSection } from "../../gen/ledningssystem/reporting/v1/annual_report_pb";
import { barChart } from "../../ui/bar-chart";
import { h } from "../../ui/dom";

/** A figure of a berättelse as a chart with its table: a row per label, a bar per column; suppressed counts say so. */
export function figureChart(figure: Figure): HTMLElement {
  return barChart({
    caption: figure.title,
    categoryHeading: "Uppgift",
    categories: figure.rows.map((row) => row.label),
    series: figure.columns.map((column, index) => ({
      name: column,
      values: figure.rows.map((row) => (row.values[index]?.suppressed ? null : Number(row.values[index]?.value ?? 0))),
      texts: figure.rows.map((row) => row.values[index]?.text ?? ""),
    })),
  });
}

/** A section's text as paragraphs (blank lines make paragraphs), or a note that it is not written yet. */
export function sectionText(section: ReportSection): HTMLElement[] {
  const paragraphs = section.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return paragraphs.length > 0
    ? paragraphs.map((p) => h("p", { class: "answer-text" }, p))
    : [h("p", { class: "hint" }, "Avsnittet är inte ifyllt.")];
}
