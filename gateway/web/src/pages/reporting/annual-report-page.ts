import { annualReports } from "../../api/clients";
import { approvesAnnualReports, publishesAnnualReports, writesAnnualReports } from "../../access";
import type { AppContext, PageView } from "../../app-context";
import { AnnualReportState, type AnnualReport } from "../../gen/ledningssystem/reporting/v1/annual_report_pb";
import { actionForm } from "../../ui/action-form";
import { announce, h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { formatDateTime } from "../../ui/format";
import { section } from "../../ui/sections";
import { workflowSteps } from "../../ui/workflow";
import { exportSection } from "./report-export";
import { annualReportStateLabels } from "./labels";
import { publicReportPaths } from "./public-report-paths";
import { figureChart, sectionText } from "./report-sections";

const STATES = [AnnualReportState.DRAFT, AnnualReportState.IN_REVIEW, AnnualReportState.APPROVED, AnnualReportState.PUBLISHED];

/**
 * One berättelse: its state in the workflow, Socialstyrelsen's sections with their figures (charts and tables) and, in
 * draft for those who write, a text area per section; the next steps the user's roles allow (submit, return with a
 * reason, approve, publish); export as PDF or Word; the history.
 */
export function annualReportPage(context: AppContext, reportId: string): PageView {
  const content = h("div", { class: "wide" }, h("p", { class: "loading" }, "Hämtar berättelsen…"));
  annualReports.getAnnualReport({ reportId })
    .then((answer) => show(content, context, answer.report!))
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Berättelse", content };
}

function show(content: HTMLElement, context: AppContext, report: AnnualReport): void {
  const reshow = (next: AnnualReport, message: string) => {
    show(content, context, next);
    announce(message);
    content.querySelector<HTMLElement>("h2")?.focus();
  };
  const editable = report.state === AnnualReportState.DRAFT && writesAnnualReports(context.roles);
  document.querySelector("h1")!.textContent = report.title;
  document.title = `${report.title} – Ledningssystem`;
  replace(content,
    h("h2", { tabindex: "-1" }, `Status: ${annualReportStateLabels[report.state]}`),
    workflowSteps(STATES, report.state, annualReportStateLabels),
    report.state === AnnualReportState.PUBLISHED
      ? h("p", {}, `Publicerad ${formatDateTime(report.publishedAt)}. `,
        h("a", { href: publicReportPaths.report(context.user.tenant, report.kind, report.year) }, "Läs den publicerade berättelsen"), ".")
      : null,
    ...report.sections.map((reportSection) => section(reportSection.heading,
      ...reportSection.figures.map(figureChart),
      ...(editable ? [sectionForm(report, reportSection.section, reportSection.text, reportSection.heading, reshow)] : sectionText(reportSection)))),
    ...workflowForms(context, report, reshow),
    exportSection(report),
    section("Historik", h("ol", { class: "history" }, ...report.history.map((step) =>
      h("li", {}, `${formatDateTime(step.at)} – ${step.step} (${step.userName})`, step.note ? h("p", {}, step.note) : null)))));
}

function sectionForm(report: AnnualReport, sectionId: number, text: string, heading: string,
  reshow: (next: AnnualReport, message: string) => void): HTMLElement {
  const area = h("textarea", { name: "text", rows: "8", maxlength: "20000" });
  area.value = text;
  return actionForm({
    legend: `Text: ${heading}`,
    hint: "Högst 20 000 tecken. En tom rad börjar ett nytt stycke.",
    fields: [field("Text (frivilligt)", area)],
    submitLabel: "Spara avsnittet",
    accessibleLabel: `Spara avsnittet ${heading}`,
    action: async () => {
      const answer = await annualReports.writeAnnualReportSection({ reportId: report.reportId, section: sectionId, text: area.value });
      reshow(answer.report!, `Avsnittet ${heading} är sparat.`);
    },
  });
}

function noteField(label: string, required: boolean): { element: HTMLElement; value: () => string } {
  const note = h("textarea", { name: "note", rows: "2", maxlength: "2000", required });
  return { element: field(label, note), value: () => note.value };
}

function workflowForms(context: AppContext, report: AnnualReport, reshow: (next: AnnualReport, message: string) => void): HTMLElement[] {
  const forms: HTMLElement[] = [];
  const id = report.reportId;
  if (report.state === AnnualReportState.DRAFT && writesAnnualReports(context.roles)) {
    const note = noteField("Kommentar till granskaren (frivilligt)", false);
    forms.push(actionForm({
      legend: "Skicka för granskning", hint: "Verksamhetschefen eller MAS granskar och fastställer. Texten kan inte ändras under granskningen.",
      fields: [note.element], submitLabel: "Skicka för granskning", busyLabel: "Skickar…",
      action: async () => reshow((await annualReports.submitAnnualReport({ reportId: id, note: note.value() })).report!, "Berättelsen är skickad för granskning."),
    }));
  }
  if (report.state === AnnualReportState.IN_REVIEW && approvesAnnualReports(context.roles)) {
    const approveNote = noteField("Kommentar (frivilligt)", false);
    forms.push(actionForm({
      legend: "Fastställ", hint: "Siffrorna fryses när berättelsen fastställs. Den som skickade berättelsen kan inte fastställa den.",
      fields: [approveNote.element], submitLabel: "Fastställ berättelsen",
      action: async () => reshow((await annualReports.approveAnnualReport({ reportId: id, note: approveNote.value() })).report!, "Berättelsen är fastställd."),
    }));
    const returnNote = noteField("Vad ska ändras?", true);
    forms.push(actionForm({
      legend: "Skicka tillbaka", fields: [returnNote.element], submitLabel: "Skicka tillbaka för ändring", busyLabel: "Skickar…",
      action: async () => reshow((await annualReports.returnAnnualReport({ reportId: id, note: returnNote.value() })).report!, "Berättelsen är tillbaka som utkast."),
    }));
  }
  if (report.state === AnnualReportState.APPROVED && publishesAnnualReports(context.roles)) {
    forms.push(actionForm({
      legend: "Publicera", hint: "En publicerad berättelse kan alla läsa, utan inloggning.",
      submitLabel: "Publicera berättelsen", busyLabel: "Publicerar…",
      action: async () => reshow((await annualReports.publishAnnualReport({ reportId: id })).report!, "Berättelsen är publicerad."),
    }));
  }
  return forms;
}
