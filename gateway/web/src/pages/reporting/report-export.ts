import { annualReportFiles, annualReports } from "../../api/clients";
import { formatSize, saveStreamedFile } from "../../api/file-download";
import { ExportFormat, ExportStatus, type AnnualReport, type AnnualReportExport } from "../../gen/ledningssystem/reporting/v1/annual_report_pb";
import { actionForm } from "../../ui/action-form";
import { h, replace } from "../../ui/dom";
import { radioGroup } from "../../ui/radio-group";
import { section } from "../../ui/sections";

const POLL_INTERVAL_MS = 1000;

/**
 * Export as PDF or Word: the service renders the document in a job, so the page starts it, shows its progress (a
 * <progress> with the service's step in words, read out politely) until it is done, then downloads the file.
 */
export function exportSection(report: AnnualReport): HTMLElement {
  const format = radioGroup("Format", "format", [
    { value: String(ExportFormat.PDF), label: "PDF" },
    { value: String(ExportFormat.DOCX), label: "Word (.docx)" },
  ], true);
  format.element.querySelector<HTMLInputElement>("input")!.checked = true;
  const bar = h("progress", { max: "100", value: "0", "aria-label": "Dokumentets förlopp" });
  const stepText = h("p", {});
  const progress = h("div", { class: "export-progress", "aria-live": "polite", hidden: true }, bar, stepText);
  const form = actionForm({
    legend: "Ladda ner som PDF eller Word",
    fields: [format.element],
    submitLabel: "Skapa dokumentet",
    busyLabel: "Skapar dokumentet…",
    action: async () => {
      progress.hidden = false;
      const started = await annualReports.startAnnualReportExport({ reportId: report.reportId, format: Number(format.value()) as ExportFormat });
      const done = await untilFinished(started.export!, (job) => {
        bar.value = job.percent;
        replace(stepText, `${job.percent} % – ${job.step || "I kö"}`);
      });
      if (done.status === ExportStatus.FAILED) {
        throw new Error(done.error);
      }
      replace(stepText, "Hämtar filen…");
      const file = await saveStreamedFile(annualReportFiles.downloadAnnualReportExport({ exportId: done.exportId }));
      replace(stepText, `Klar: ${file.fileName} (${formatSize(file.sizeBytes)}) är nedladdad.`);
    },
  });
  return section("Ladda ner", form, progress);
}

async function untilFinished(job: AnnualReportExport, shown: (job: AnnualReportExport) => void): Promise<AnnualReportExport> {
  let current = job;
  shown(current);
  while (current.status === ExportStatus.QUEUED || current.status === ExportStatus.RUNNING) {
    await new Promise((resolve) => window.setTimeout(resolve, POLL_INTERVAL_MS));
    current = (await annualReports.getAnnualReportExport({ exportId: current.exportId })).export!;
    shown(current);
  }
  return current;
}
