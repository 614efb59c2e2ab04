import type { Document } from "../../gen/ledningssystem/documents/v1/documents_pb";
import { VersionStatus } from "../../gen/ledningssystem/documents/v1/documents_pb";
import { paths } from "../../router";
import { h } from "../../ui/dom";
import { kindLabels, versionStatusLabels } from "./document-labels";

/** One document in a list: its title as a link, kind, the version in force and, for writers, the newest one's state. */
export function documentCard(document: Document): HTMLElement {
  const details = document.details;
  const inForce = document.publishedVersionNumber > 0 ? `Gällande version ${document.publishedVersionNumber}` : "Inte publicerad än";
  const newest = document.latestStatus !== VersionStatus.PUBLISHED && document.latestVersionNumber > document.publishedVersionNumber
    ? ` · Version ${document.latestVersionNumber}: ${versionStatusLabels[document.latestStatus]}`
    : "";
  return h("a", { href: paths.document(document.documentId), class: "card" },
    h("span", { class: "card-title" }, details?.title ?? document.documentId),
    h("span", {}, `${kindLabels[details?.kind ?? 0]} · ${inForce}${newest}`),
    document.upstreamTenantId ? h("span", {}, `Antagen från ${document.upstreamTenantId}`) : null);
}
