import { allPages } from "../../api/all-pages";
import { publicAnnualReports, publicComplaints } from "../../api/clients";
import type { PageView } from "../../app-context";
import type { AnnualReportSummary } from "../../gen/ledningssystem/reporting/v1/annual_report_pb";
import { h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { formatDate } from "../../ui/format";
import { pagedList } from "../../ui/paged-list";
import { section } from "../../ui/sections";
import { parsePublicReportPath, publicReportPaths, type PublicReportAddress } from "./public-report-paths";
import { figureChart, sectionText } from "./report-sections";

/**
 * Published berättelser for anyone, without logging in: choose a provider (the public directory), its published
 * reports (paged), and one report with its sections and frozen figures.
 */
export function publicReportPage(path: string, navigate: (path: string) => void): PageView {
  const address = parsePublicReportPath(path) ?? {};
  if (address.tenantId && address.kind && address.year) {
    return publishedReport(address);
  }
  if (address.tenantId) {
    return providerReports(address.tenantId);
  }
  return chooseProvider(navigate);
}

function chooseProvider(navigate: (path: string) => void): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar verksamheterna…"));
  allPages(async (pageToken) => {
    const page = await publicComplaints.listProviders({ pageSize: 100, pageToken });
    return { items: page.providers, nextPageToken: page.nextPageToken };
  }).then((providers) => {
    const provider = h("select", { name: "provider", required: true }, h("option", { value: "" }, "Välj…"),
      ...providers.map((p) => h("option", { value: p.tenantId }, p.name)));
    const form = h("form", { class: "chooser" }, field("Verksamhet", provider), h("button", { type: "submit" }, "Visa berättelserna"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      navigate(publicReportPaths.list(provider.value));
    });
    replace(content, h("p", {}, "Vårdgivare och utförare beskriver varje år hur de arbetar med patientsäkerhet och kvalitet."), form);
  }).catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Publicerade berättelser", content };
}

function providerReports(tenantId: string): PageView {
  return {
    title: "Publicerade berättelser",
    content: h("div", {}, pagedList({
      label: "Publicerade berättelser",
      emptyText: "Verksamheten har inte publicerat någon berättelse ännu.",
      load: async (pageToken) => {
        const page = await publicAnnualReports.listPublishedAnnualReports({ tenantId, pageSize: 20, pageToken });
        return { items: page.reports, nextPageToken: page.nextPageToken };
      },
      renderItem: (report: AnnualReportSummary) => h("a", { href: publicReportPaths.report(tenantId, report.kind, report.year), class: "card" },
        h("span", { class: "card-title" }, report.title)),
    }), h("p", {}, h("a", { href: publicReportPaths.root }, "Välj en annan verksamhet"))),
  };
}

function publishedReport(address: PublicReportAddress): PageView {
  const content = h("div", { class: "wide" }, h("p", { class: "loading" }, "Hämtar berättelsen…"));
  publicAnnualReports.getPublishedAnnualReport({ tenantId: address.tenantId, kind: address.kind, year: address.year })
    .then((answer) => {
      const report = answer.report!;
      document.querySelector("h1")!.textContent = report.title;
      document.title = `${report.title} – ${report.providerName}`;
      replace(content,
        h("p", {}, `${report.providerName}. Publicerad ${formatDate(report.publishedAt)}.`),
        ...report.sections.map((reportSection) => section(reportSection.heading, ...sectionText(reportSection), ...reportSection.figures.map(figureChart))),
        h("p", {}, h("a", { href: publicReportPaths.list(address.tenantId!) }, "Verksamhetens alla publicerade berättelser")));
    })
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Berättelse", content };
}
