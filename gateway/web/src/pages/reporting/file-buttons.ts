import { saveStreamedFile, formatSize } from "../../api/file-download";
import type { FileChunk } from "../../gen/ledningssystem/reporting/v1/annual_report_pb";
import { ExportFormat } from "../../gen/ledningssystem/reporting/v1/annual_report_pb";
import { actionForm } from "../../ui/action-form";
import { announce, h, replace } from "../../ui/dom";

/**
 * "Ladda ner CSV" and "Ladda ner Excel" for a table the service streams as a file: the button says "Hämtar filen…"
 * while the chunks arrive, and the file is saved under the service's name, which the line beside the buttons repeats.
 */
export function tableDownloads(what: string, stream: (format: ExportFormat) => AsyncIterable<{ chunk?: FileChunk }>): HTMLElement {
  const saved = h("p", { class: "hint" });
  const download = (format: ExportFormat, label: string) => actionForm({
    submitLabel: `Ladda ner ${label}`,
    accessibleLabel: `Ladda ner ${label}: ${what}`,
    busyLabel: "Hämtar filen…",
    action: async () => {
      const file = await saveStreamedFile(stream(format));
      replace(saved, `Sparad: ${file.fileName} (${formatSize(file.sizeBytes)}).`);
      announce(`${file.fileName} är nedladdad.`);
    },
  });
  return h("div", { class: "downloads" }, download(ExportFormat.CSV, "CSV"), download(ExportFormat.XLSX, "Excel"), saved);
}
