import type { FileChunk } from "../gen/ledningssystem/reporting/v1/annual_report_pb";

export interface DownloadedFile {
  fileName: string;
  sizeBytes: number;
}

/**
 * Assembles a file the service streams in chunks (the name and content type in the first) into a Blob and hands it to
 * the browser as a download under the service's Swedish file name. `received` is told the bytes so far.
 */
export async function saveStreamedFile(stream: AsyncIterable<{ chunk?: FileChunk }>, received: (bytes: number) => void = () => {}): Promise<DownloadedFile> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let fileName = "";
  let contentType = "application/octet-stream";
  let sizeBytes = 0;
  for await (const message of stream) {
    const chunk = message.chunk;
    if (!chunk) {
      continue;
    }
    fileName ||= chunk.fileName;
    contentType = chunk.contentType || contentType;
    parts.push(new Uint8Array(chunk.data));
    sizeBytes += chunk.data.byteLength;
    received(sizeBytes);
  }
  const url = URL.createObjectURL(new Blob(parts, { type: contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName || "fil";
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the object URL can go a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { fileName: link.download, sizeBytes };
}

/** "12,3 kB" or "1,2 MB", as a Swede reads a size. */
export function formatSize(bytes: number): string {
  const format = (value: number) => value.toLocaleString("sv-SE", { maximumFractionDigits: 1 });
  return bytes < 1_000_000 ? `${format(bytes / 1000)} kB` : `${format(bytes / 1_000_000)} MB`;
}
