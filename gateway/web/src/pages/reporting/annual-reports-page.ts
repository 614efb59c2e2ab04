import { annualReports } from "../../api/clients";
import { writesAnnualReports } from "../../access";
import type { AppContext, PageView } from "../../app-context";
import { AnnualReportKind, type AnnualReportReminder, type AnnualReportSummary } from "../../gen/ledningssystem/reporting/v1/annual_report_pb";
import { actionForm } from "../../ui/action-form";
import { h } from "../../ui/dom";
import { field } from "../../ui/fields";
import { formatDate, swedishToday } from "../../ui/format";
import { specifiedValues } from "../../ui/labels";
import { pagedList } from "../../ui/paged-list";
import { radioGroup } from "../../ui/radio-group";
import { section } from "../../ui/sections";
import { annualReportKindLabels, annualReportStateLabels } from "./labels";
import { publicReportPaths } from "./public-report-paths";
import { reportingPaths } from "./reporting-paths";

/**
 * Berättelse: the reminders of patientsäkerhetsberättelser not published by 1 March, the organisation's
 * patientsäkerhets- and kvalitetsberättelser (paged), and for those who write them a new one for a year.
 */
export function annualReportsPage(context: AppContext): PageView {
  return {
    title: "Patientsäkerhets- och kvalitetsberättelse",
    content: h("div", {},
      section("Påminnelser", pagedList({
        label: "Påminnelser",
        emptyText: "Inga påminnelser.",
        load: async (pageToken) => {
          const page = await annualReports.listAnnualReportReminders({ pageSize: 20, pageToken });
          return { items: page.reminders, nextPageToken: page.nextPageToken };
        },
        renderItem: reminderCard,
      })),
      section("Berättelser", pagedList({
        label: "Berättelser",
        emptyText: "Inga berättelser ännu.",
        load: async (pageToken) => {
          const page = await annualReports.listAnnualReports({ pageSize: 20, pageToken });
          return { items: page.reports, nextPageToken: page.nextPageToken };
        },
        renderItem: reportCard,
      })),
      writesAnnualReports(context.roles) ? createForm(context.navigate) : null,
      h("p", {}, "Publicerade berättelser kan alla läsa utan inloggning: ",
        h("a", { href: publicReportPaths.list(context.user.tenant) }, "publicerade berättelser"), ".")),
  };
}

function reminderCard(reminder: AnnualReportReminder): HTMLElement {
  return h("div", { class: reminder.published ? "card" : "card reminder" },
    h("span", { class: "card-title-plain" }, `${annualReportKindLabels[reminder.kind]} för ${reminder.year}`),
    h("span", { class: reminder.published ? "deadline" : "deadline overdue" },
      reminder.published ? "Publicerad efter påminnelsen." : `Ska vara publicerad senast ${reminder.dueOn}.`),
    h("span", { class: "hint" }, `Påminnelse ${formatDate(reminder.raisedAt)}`));
}

function reportCard(report: AnnualReportSummary): HTMLElement {
  return h("a", { href: reportingPaths.annualReport(report.reportId), class: "card" },
    h("span", { class: "card-title" }, report.title),
    h("span", { class: "status" }, `Status: ${annualReportStateLabels[report.state]}`));
}

function createForm(navigate: (path: string) => void): HTMLElement {
  const kind = radioGroup("Vilken berättelse?", "kind", specifiedValues(annualReportKindLabels)
    .map((value) => ({ value: String(value), label: annualReportKindLabels[value] })), true);
  kind.element.querySelector<HTMLInputElement>("input")!.checked = true;
  const year = h("input", {
    type: "number", name: "year", required: true, min: "2000", max: "2100", inputmode: "numeric", value: String(Number(swedishToday().slice(0, 4)) - 1),
  });
  return actionForm({
    legend: "Ny berättelse",
    hint: "En av varje slag per år. Patientsäkerhetsberättelsen för ett år ska vara klar senast 1 mars året efter.",
    fields: [kind.element, field("År som berättelsen gäller", year)],
    submitLabel: "Skapa berättelsen",
    action: async () => {
      const answer = await annualReports.createAnnualReport({ kind: Number(kind.value()) as AnnualReportKind, year: Number(year.value) });
      navigate(reportingPaths.annualReport(answer.report!.reportId));
    },
  });
}
