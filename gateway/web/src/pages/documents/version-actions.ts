import { acknowledgements, documents } from "../../api/clients";
import { readableUnits } from "../../api/unit-names";
import { DocumentRole, VersionStatus, type Document, type DocumentVersion } from "../../gen/ledningssystem/documents/v1/documents_pb";
import { actionForm } from "../../ui/action-form";
import { h } from "../../ui/dom";
import { field, select } from "../../ui/fields";
import { toLocalInputValue } from "../../ui/format";
import { specifiedValues } from "../../ui/labels";
import { documentRoleLabels } from "./document-labels";

/** Called after a step succeeded: the page is fetched again and says what happened. */
export type Reload = (message: string) => void;

/**
 * The author's next step for the newest version: edit and send a draft to review, approve or return it, publish an
 * approved one, or start a new version from the one in force.
 */
export function nextVersionStep(document: Document, newest: DocumentVersion, reload: Reload): HTMLElement {
  const documentId = document.documentId;
  const versionNumber = newest.versionNumber;
  switch (newest.status) {
    case VersionStatus.DRAFT:
      return h("div", {}, editDraftForm(documentId, newest, reload), actionForm({
        submitLabel: "Skicka för granskning", busyLabel: "Skickar…",
        action: async () => {
          await documents.submitForReview({ documentId, versionNumber });
          reload(`Version ${versionNumber} är skickad för granskning.`);
        },
      }));
    case VersionStatus.FOR_REVIEW:
      return h("div", {}, actionForm({
        submitLabel: `Godkänn version ${versionNumber}`, busyLabel: "Godkänner…",
        action: async () => {
          await documents.approveVersion({ documentId, versionNumber });
          reload(`Version ${versionNumber} är godkänd.`);
        },
      }), returnToDraftForm(documentId, versionNumber, reload));
    case VersionStatus.APPROVED:
      return publishForm(documentId, versionNumber, reload);
    default:
      return newVersionForm(documentId, newest.contentMarkdown, reload);
  }
}

function editDraftForm(documentId: string, draft: DocumentVersion, reload: Reload): HTMLElement {
  const text = h("textarea", { name: "text", required: true, rows: "12" });
  text.value = draft.contentMarkdown;
  const summary = h("input", { name: "changeSummary", maxlength: "500", value: draft.changeSummary });
  return actionForm({
    legend: `Utkast – version ${draft.versionNumber}`,
    hint: "Texten skrivs som vanlig text; rubriker kan markeras med #.",
    fields: [field("Text", text), field("Vad är ändrat? (frivilligt)", summary)],
    submitLabel: "Spara utkastet", busyLabel: "Sparar…",
    action: async () => {
      await documents.updateDraft({ documentId, versionNumber: draft.versionNumber, contentMarkdown: text.value, changeSummary: summary.value });
      reload("Utkastet är sparat.");
    },
  });
}

function returnToDraftForm(documentId: string, versionNumber: number, reload: Reload): HTMLElement {
  const comment = h("textarea", { name: "comment", required: true, rows: "3" });
  return actionForm({
    legend: "Skicka tillbaka till författaren",
    fields: [field("Vad behöver ändras?", comment)],
    submitLabel: "Skicka tillbaka", busyLabel: "Skickar…",
    action: async () => {
      await documents.returnToDraft({ documentId, versionNumber, comment: comment.value });
      reload(`Version ${versionNumber} är tillbaka som utkast.`);
    },
  });
}

function publishForm(documentId: string, versionNumber: number, reload: Reload): HTMLElement {
  const effective = h("input", { type: "date", name: "effectiveDate", required: true, value: toLocalInputValue(new Date()).slice(0, 10) });
  return actionForm({
    legend: `Publicera version ${versionNumber}`,
    hint: "Från publiceringen gäller versionen och den tidigare ersätts.",
    fields: [field("Gäller från", effective)],
    submitLabel: "Publicera", busyLabel: "Publicerar…",
    action: async () => {
      await documents.publishVersion({ documentId, versionNumber, effectiveDate: effective.value });
      reload(`Version ${versionNumber} är publicerad.`);
    },
  });
}

function newVersionForm(documentId: string, currentText: string, reload: Reload): HTMLElement {
  const summary = h("input", { name: "changeSummary", required: true, maxlength: "500" });
  const text = h("textarea", { name: "text", required: true, rows: "12" });
  text.value = currentText;
  return actionForm({
    legend: "Ny version",
    hint: "En gällande version ändras aldrig; ändringar blir en ny version som granskas och godkänns.",
    fields: [field("Vad är ändrat?", summary), field("Text", text)],
    submitLabel: "Skapa utkast", busyLabel: "Skapar…",
    action: async () => {
      const created = await documents.createVersion({ documentId, changeSummary: summary.value, contentMarkdown: text.value });
      reload(`Version ${created.version?.versionNumber ?? ""} är skapad som utkast.`);
    },
  });
}

/** Who must read and confirm the published versions: one role on one unit and the units under it. */
export function readersForm(documentId: string, reload: Reload): HTMLElement {
  const role = select("role", specifiedValues(documentRoleLabels), documentRoleLabels);
  role.value = String(DocumentRole.EMPLOYEE);
  const unit = h("select", { name: "unit", required: true });
  void readableUnits().then((units) => unit.append(...units.map((u) => h("option", { value: u.unitId }, u.name)))).catch(() => undefined);
  return actionForm({
    legend: "Vem ska läsa och bekräfta?",
    hint: "Ersätter tidigare val. Alla med rollen på enheten och enheterna under den får dokumentet under Att läsa.",
    fields: [field("Roll", role), field("Enhet", unit)],
    submitLabel: "Spara läsgruppen", busyLabel: "Sparar…",
    action: async () => {
      await acknowledgements.setAcknowledgementTargets({ documentId, targets: [{ role: Number(role.value), unitId: unit.value }] });
      reload("Läsgruppen är sparad.");
    },
  });
}
