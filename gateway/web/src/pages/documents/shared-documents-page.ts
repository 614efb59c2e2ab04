import { documentSharing } from "../../api/clients";
import { readableUnits } from "../../api/unit-names";
import type { AppContext, PageView } from "../../app-context";
import type { SharedDocument } from "../../gen/ledningssystem/documents/v1/sharing_pb";
import { paths } from "../../router";
import { actionForm } from "../../ui/action-form";
import { h } from "../../ui/dom";
import { field, select } from "../../ui/fields";
import { specifiedValues } from "../../ui/labels";
import { pagedList } from "../../ui/paged-list";
import { documentRoleLabels, kindLabels } from "./document-labels";

/** Documents other huvudmän share with the user's organisation, each with its text and "Anta" for authors. */
export function sharedDocumentsPage(context: AppContext): PageView {
  return {
    title: "Delade dokument",
    content: h("div", {},
      h("p", {}, "Andra huvudmän delar sina gällande dokument. Ni kan anta ett som ert eget utkast, med egna tillägg; när ursprunget ändras ser ni skillnaden."),
      pagedList({
        label: "Delade dokument",
        emptyText: "Ingen delar något med er än.",
        load: async (pageToken) => {
          const page = await documentSharing.listSharedDocuments({ pageSize: 20, pageToken });
          return { items: page.documents, nextPageToken: page.nextPageToken };
        },
        renderItem: (shared) => sharedCard(shared, context),
      })),
  };
}

function sharedCard(shared: SharedDocument, context: AppContext): HTMLElement {
  const adopt = h("details", {}, h("summary", {}, `Anta ”${shared.title}”`), adoptForm(shared, context));
  return h("article", { class: "card shared", "aria-label": shared.title },
    h("h2", { class: "card-heading" }, shared.title),
    h("span", {}, `${kindLabels[shared.kind]} från ${shared.tenantId} · version ${shared.publishedVersionNumber}`),
    h("details", {}, h("summary", {}, "Läs texten"), h("div", { class: "document-text" }, shared.contentMarkdown)),
    adopt);
}

function adoptForm(shared: SharedDocument, context: AppContext): HTMLElement {
  const ownerUnit = h("select", { name: "ownerUnit", required: true });
  void readableUnits().then((units) => ownerUnit.append(...units.map((unit) => h("option", { value: unit.unitId }, unit.name)))).catch(() => undefined);
  const localSections = h("textarea", { name: "localSections", rows: "5" });
  const approving = select("approvingRole", specifiedValues(documentRoleLabels), documentRoleLabels, false);
  return actionForm({
    legend: "Anta som eget dokument",
    fields: [
      field("Ägs av enhet", ownerUnit),
      field("Lokala tillägg (frivilligt)", localSections, "Läggs under rubriken ”Lokala tillägg” efter ursprungets text."),
      field("Godkänns av (frivilligt)", approving, "Om ursprungets godkännande roll inte finns hos er."),
    ],
    submitLabel: "Anta dokumentet", busyLabel: "Antar…",
    action: async () => {
      const adopted = await documentSharing.adoptDocument({
        upstreamTenantId: shared.tenantId, upstreamDocumentId: shared.documentId, documentId: crypto.randomUUID(),
        ownerUnitId: ownerUnit.value, localSectionsMarkdown: localSections.value, approvingRole: Number(approving.value),
      });
      context.navigate(paths.document(adopted.document!.documentId));
    },
  });
}
