import { acknowledgements, documents } from "../../api/clients";
import { unitName } from "../../api/unit-names";
import type { AppContext, PageView } from "../../app-context";
import type { Document, DocumentVersion } from "../../gen/ledningssystem/documents/v1/documents_pb";
import { VersionStatus } from "../../gen/ledningssystem/documents/v1/documents_pb";
import { actionForm } from "../../ui/action-form";
import { announce, h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { formatDateTime } from "../../ui/format";
import { pagedList } from "../../ui/paged-list";
import { row, section } from "../../ui/sections";
import { documentRoleLabels, kindLabels, versionStatusLabels } from "./document-labels";
import { writesDocuments } from "./document-writers";
import { shareForm, upstreamSection } from "./sharing";
import { nextVersionStep, readersForm, type Reload } from "./version-actions";
import { compareVersionsForm } from "./version-diff";

/**
 * One governing document: what it is and who answers for it, the version in force with "Jag har läst", every
 * version and the difference between two; for authors the next step of the newest version, who must read it and
 * sharing; for an adopted copy the changes upstream. Another tenant's document shows the service's message only.
 */
export function documentPage(context: AppContext, documentId: string): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar dokumentet…"));
  const load = (message?: string) => {
    Promise.all([documents.getDocument({ documentId }), writesDocuments(context.user.id)])
      .then(async ([answer, writes]) => {
        const document = answer.document!;
        const visible = await versionsToShow(document, writes);
        show(content, document, visible, writes, context, load);
        if (message) {
          const title = content.querySelector<HTMLElement>("h2");
          title?.after(h("p", { class: "notice" }, message));
          title?.focus();
          announce(message);
        }
      })
      .catch((error: unknown) => replace(content, errorAlert(error)));
  };
  load();
  return { title: "Dokument", content };
}

interface VisibleVersions {
  published?: DocumentVersion;
  /** The newest version when it is not the published one (a draft, a review, an approved version): authors only. */
  inProgress?: DocumentVersion;
}

async function versionsToShow(document: Document, writes: boolean): Promise<VisibleVersions> {
  const get = async (versionNumber: number) => (await documents.getVersion({ documentId: document.documentId, versionNumber })).version;
  const published = document.publishedVersionNumber > 0 ? await get(document.publishedVersionNumber) : undefined;
  const newestIsOpen = writes && document.latestVersionNumber > document.publishedVersionNumber;
  return { published, inProgress: newestIsOpen ? await get(document.latestVersionNumber).catch(() => undefined) : undefined };
}

function show(content: HTMLElement, document: Document, versions: VisibleVersions, writes: boolean, context: AppContext, reload: Reload): void {
  const details = document.details!;
  const title = h("h2", { tabindex: "-1", class: "document-title" }, details.title);
  const owner = h("dd", {}, details.ownerUnitId);
  void unitName(details.ownerUnitId).then((name) => (owner.textContent = name));
  const newest = versions.inProgress ?? versions.published;
  replace(content,
    title,
    h("dl", {},
      ...row("Typ", kindLabels[details.kind]),
      h("dt", {}, "Ägs av"), owner,
      ...row("Ansvarig", documentRoleLabels[details.responsibleRole]),
      ...row("Godkänns av", documentRoleLabels[details.approvingRole]),
      ...row("Uppföljning", details.followUpMethod),
      ...row("Revideras", details.reviewIntervalMonths ? `Var ${details.reviewIntervalMonths}:e månad${details.nextReviewDate ? `, nästa gång senast ${details.nextReviewDate}` : ""}` : ""),
      ...row("Lagrum", details.legalReferences.map((reference) => [reference.code, reference.title].filter(Boolean).join(" ")).join("; ")),
      ...row("Antagen från", document.upstreamTenantId ? `${document.upstreamTenantId} (version ${document.upstreamVersionNumber})` : "")),
    versions.published ? inForce(document, versions.published) : h("p", {}, "Dokumentet har ingen gällande version än."),
    writes && newest ? section("Nästa steg", versions.inProgress ? versionText(versions.inProgress) : null, nextVersionStep(document, newest, reload)) : null,
    document.upstreamTenantId ? section(`Ändringar hos ${document.upstreamTenantId}`, upstreamSection(document.documentId, document.upstreamTenantId, writes, reload)) : null,
    section("Versioner", versionHistory(document.documentId)),
    document.latestVersionNumber > 1
      ? section("Jämför versioner", compareVersionsForm(document.documentId, document.latestVersionNumber,
        { from: document.latestVersionNumber - 1, to: document.latestVersionNumber }))
      : null,
    writes ? section("Läskvittens", readersForm(document.documentId, reload), versions.published ? readCount(document.documentId, versions.published.versionNumber) : null) : null,
    writes && versions.published && !document.upstreamTenantId ? section("Dela", shareForm(document.documentId, context.user.tenant, reload)) : null);
}

/** The version in force, its text as plain text (never HTML), and "Jag har läst", which the receipt replaces. */
function inForce(document: Document, version: DocumentVersion): HTMLElement {
  const acknowledge: HTMLFormElement = actionForm({
    submitLabel: "Jag har läst", busyLabel: "Sparar…",
    accessibleLabel: `Jag har läst version ${version.versionNumber} av ${document.details?.title ?? ""}`,
    action: async () => {
      const answer = await acknowledgements.acknowledgeVersion({ documentId: document.documentId, versionNumber: version.versionNumber });
      acknowledge.replaceWith(h("p", { class: "receipt" }, `Du bekräftade att du läst version ${version.versionNumber} ${formatDateTime(answer.acknowledgedAt)}.`));
      announce("Tack, din läsbekräftelse är sparad.");
    },
  });
  return section(`Gällande version ${version.versionNumber}`,
    h("p", {}, `Gäller från ${version.effectiveDate}. Godkänd av ${version.approved?.displayName ?? "–"} ${formatDateTime(version.approved?.at)}.`),
    versionText(version),
    acknowledge);
}

function versionText(version: DocumentVersion): HTMLElement {
  return h("div", { class: "document-text", role: "document", "aria-label": `Versionens text (version ${version.versionNumber})` },
    version.contentMarkdown || (version.file ? `Versionen är en fil: ${version.file.fileName}.` : "Versionen har ingen text."));
}

function versionHistory(documentId: string): HTMLElement {
  return pagedList({
    label: "Versioner",
    emptyText: "Inga versioner som du kan se.",
    load: async (pageToken) => {
      const page = await documents.listVersions({ documentId, pageSize: 20, pageToken });
      return { items: page.versions, nextPageToken: page.nextPageToken };
    },
    renderItem: (version) => h("div", { class: "card" },
      h("span", { class: "card-heading" }, `Version ${version.versionNumber}`),
      h("span", { class: "status" }, versionStatusLabels[version.status]),
      h("span", {}, `Skriven av ${version.author?.displayName ?? "–"} ${formatDateTime(version.createdAt)}`),
      version.status === VersionStatus.PUBLISHED || version.status === VersionStatus.SUPERSEDED
        ? h("span", {}, `Gällande från ${version.effectiveDate}`) : null,
      version.changeSummary ? h("span", {}, `Ändring: ${version.changeSummary}`) : null,
      version.reviewComment ? h("span", {}, `Granskarens kommentar: ${version.reviewComment}`) : null),
  });
}

/** For authors: how many of those who must read the version in force have confirmed it. */
function readCount(documentId: string, versionNumber: number): HTMLElement {
  const line = h("p", {});
  acknowledgements.listAcknowledgementStatus({ documentId, versionNumber, pageSize: 1 })
    .then((status) => replace(line, `${status.acknowledgedCount} av ${status.acknowledgedCount + status.pendingCount} har bekräftat version ${versionNumber}.`))
    .catch((error: unknown) => replace(line, errorAlert(error)));
  return line;
}
