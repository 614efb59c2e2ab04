import type { MessageInitShape } from "@bufbuild/protobuf";
import { allPages } from "../../api/all-pages";
import { statistics, statisticsExports } from "../../api/clients";
import { readableUnits } from "../../api/unit-names";
import type { PageView } from "../../app-context";
import {
  Subject, type GetQuarterlyCompilationResponse, type GetStatisticsRequestSchema, type StatisticsRow,
} from "../../gen/ledningssystem/reporting/v1/reporting_pb";
import { barChart } from "../../ui/bar-chart";
import { h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { swedishToday } from "../../ui/format";
import { section } from "../../ui/sections";
import { tableDownloads } from "./file-buttons";
import { kindLabel, subjectLabels } from "./labels";
import { averageScorePerMonth, countsPerKind, countsPerMonth, monthLabel, monthsBetween } from "./statistics-series";

type StatisticsQuery = MessageInitShape<typeof GetStatisticsRequestSchema>;

const SUBJECTS = [Subject.INCIDENTS, Subject.COMPLAINTS, Subject.INSPECTIONS, Subject.RISKS];

/**
 * Statistik: for a unit's subtree (or the whole organisation) and a period of months, the avvikelser, klagomål,
 * egenkontroller (with their scores) and risks per month and per kind as charts with their tables, each downloadable
 * as CSV or Excel; and the quarterly compilation to the nämnd, small counts suppressed.
 */
export function statisticsPage(): PageView {
  const area = h("div", {});
  const compilationArea = h("div", {});
  const unit = h("select", { name: "unit", required: true }, h("option", { value: "" }, "Hela organisationen"));
  const today = swedishToday();
  const from = h("input", { type: "month", name: "from", required: true, value: `${today.slice(0, 4)}-01`, max: today.slice(0, 7) });
  const to = h("input", { type: "month", name: "to", required: true, value: today.slice(0, 7) });
  const form = h("form", { class: "chooser" },
    field("Enhet (med enheterna under)", unit), field("Från månad", from), field("Till månad", to),
    h("button", { type: "submit" }, "Visa statistiken"));
  const show = () => showStatistics(area, { unitId: unit.value, fromMonth: from.value, toMonth: to.value });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show();
  });
  readableUnits()
    .then((units) => unit.append(...units.map((u) => h("option", { value: u.unitId }, u.name))))
    .catch((error: unknown) => replace(area, errorAlert(error)));
  show();
  return {
    title: "Statistik",
    content: h("div", { class: "wide" },
      h("p", {}, "Antal per månad för enheten och enheterna under den. Varje diagram har en tabell med samma siffror."),
      form, area,
      section("Kvartalssammanställning till nämnden", quarterForm(() => unit.value, compilationArea), compilationArea)),
  };
}

function showStatistics(area: HTMLElement, query: StatisticsQuery): void {
  replace(area, ...SUBJECTS.map((subject) => {
    const content = h("div", {}, h("p", { class: "loading" }, "Hämtar…"));
    void loadSubject(content, { ...query, subject });
    return section(subjectLabels[subject], content);
  }));
}

async function loadSubject(content: HTMLElement, query: StatisticsQuery & { subject: Subject }): Promise<void> {
  try {
    const rows = await allPages(async (pageToken) => {
      const page = await statistics.getStatistics({ ...query, pageSize: 500, pageToken });
      return { items: page.rows, nextPageToken: page.nextPageToken };
    });
    replace(content, ...subjectFigures(query.subject, rows, monthsBetween(query.fromMonth!, query.toMonth!)),
      tableDownloads(subjectLabels[query.subject].toLowerCase(), (format) =>
        statisticsExports.exportStatistics({ statistics: query, format })));
  } catch (error) {
    replace(content, errorAlert(error));
  }
}

function subjectFigures(subject: Subject, rows: StatisticsRow[], months: string[]): HTMLElement[] {
  const name = subjectLabels[subject];
  const perMonth: Parameters<typeof barChart>[0] = {
    caption: `${name} per månad`, categoryHeading: "Månad", categories: months.map(monthLabel),
    series: [{ name: "Antal", values: countsPerMonth(rows, months) }],
  };
  if (subject === Subject.INSPECTIONS) {
    // The scores (0–100 %) are not counts: beside the bars and in their own column, not on the counts' scale.
    perMonth.remarks = averageScorePerMonth(rows, months).map((score) => (score === null ? "" : `Efterlevnad ${score} %`));
    perMonth.remarksHeading = "Genomsnittlig efterlevnad";
  }
  const kinds = countsPerKind(rows);
  const total = [...kinds.values()].reduce((sum, count) => sum + count, 0);
  const figures = [h("p", {}, `Totalt under perioden: ${total}.`), barChart(perMonth)];
  if (kinds.size > 0) {
    figures.push(barChart({
      caption: subject === Subject.RISKS ? "Risker per nivå (senaste bedömningen)" : `${name} per typ`,
      categoryHeading: subject === Subject.RISKS ? "Nivå" : "Typ",
      categories: [...kinds.keys()].map((kind) => kindLabel(subject, kind)),
      series: [{ name: "Antal", values: [...kinds.values()] }],
    }));
  }
  return figures;
}

function quarterForm(unitId: () => string, area: HTMLElement): HTMLFormElement {
  const today = swedishToday();
  const year = h("input", { type: "number", name: "year", required: true, min: "2000", max: "2100", value: today.slice(0, 4), inputmode: "numeric" });
  const quarter = h("select", { name: "quarter", required: true },
    ...[1, 2, 3, 4].map((q) => h("option", { value: String(q), selected: q === Math.ceil(Number(today.slice(5, 7)) / 3) }, `Kvartal ${q}`)));
  const form = h("form", { class: "chooser" }, field("År", year), field("Kvartal", quarter), h("button", { type: "submit" }, "Visa sammanställningen"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void loadCompilation(area, { year: Number(year.value), quarter: Number(quarter.value), unitId: unitId() });
  });
  return form;
}

async function loadCompilation(area: HTMLElement, request: { year: number; quarter: number; unitId: string }): Promise<void> {
  replace(area, h("p", { class: "loading" }, "Hämtar sammanställningen…"));
  try {
    const compilation = await statistics.getQuarterlyCompilation(request);
    replace(area,
      h("p", {}, `${monthLabel(compilation.fromMonth)}–${monthLabel(compilation.toMonth)}. Antal under ${compilation.suppressionThreshold} visas som "färre än ${compilation.suppressionThreshold}" så att ingen enskild kan pekas ut.`),
      ...compilationCharts(compilation, request),
      tableDownloads("kvartalssammanställningen", (format) => statisticsExports.exportQuarterlyCompilation({ compilation: request, format })));
  } catch (error) {
    replace(area, errorAlert(error));
  }
}

function compilationCharts(compilation: GetQuarterlyCompilationResponse, request: { year: number; quarter: number }): HTMLElement[] {
  return compilation.subjects.map((subject) => {
    const counts = [...subject.kinds.map((kind) => kind.count!), subject.total!];
    const before = [...subject.kinds.map((kind) => kind.previousYear!), subject.totalPreviousYear!];
    return barChart({
      caption: `${subjectLabels[subject.subject]}, kvartal ${request.quarter}`,
      categoryHeading: "Typ",
      categories: [...subject.kinds.map((kind) => kindLabel(subject.subject, kind.kind)), "Totalt"],
      series: [
        { name: `${request.year}`, values: counts.map((c) => (c.suppressed ? null : Number(c.value))), texts: counts.map((c) => c.text) },
        { name: `${request.year - 1}`, values: before.map((c) => (c.suppressed ? null : Number(c.value))), texts: before.map((c) => c.text) },
      ],
    });
  });
}
