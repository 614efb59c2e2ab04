import { documents } from "../../api/clients";
import { readableUnits } from "../../api/unit-names";
import type { AppContext, PageView } from "../../app-context";
import { DocumentKind, DocumentRole } from "../../gen/ledningssystem/documents/v1/documents_pb";
import { paths } from "../../router";
import { h, replace } from "../../ui/dom";
import { errorAlert, withProgress } from "../../ui/feedback";
import { field, select } from "../../ui/fields";
import { KIND_ORDER, documentRoleLabels, kindLabels } from "./document-labels";
import { specifiedValues } from "../../ui/labels";

/** "Nytt dokument": what it is, who owns, answers for and approves it, how it is followed up, and its first text. */
export function newDocumentPage(context: AppContext): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar dina enheter…"));
  const title = h("input", { name: "title", required: true, maxlength: "200" });
  const kind = select("kind", KIND_ORDER, kindLabels);
  kind.value = String(DocumentKind.RUTIN);
  const ownerUnit = h("select", { name: "ownerUnit", required: true });
  const responsible = select("responsibleRole", specifiedValues(documentRoleLabels), documentRoleLabels);
  const approving = select("approvingRole", specifiedValues(documentRoleLabels), documentRoleLabels);
  approving.value = String(DocumentRole.MAS);
  const followUp = h("input", { name: "followUp", maxlength: "500" });
  const interval = h("input", { type: "number", name: "reviewInterval", min: "1", max: "60", value: "12", required: true, inputmode: "numeric" });
  const text = h("textarea", { name: "text", required: true, rows: "12" });
  const alerts = h("div", {});
  const submit = h("button", { type: "submit" }, "Skapa utkast");
  const form = h("form", { class: "stack" },
    field("Titel", title),
    field("Typ", kind),
    field("Ägs av enhet", ownerUnit, "Dokumentet gäller enheten och enheterna under den."),
    field("Ansvarig roll", responsible),
    field("Godkänns av", approving, "Den som godkänner får inte vara den som skrev versionen."),
    field("Hur följs det upp? (frivilligt)", followUp),
    field("Revideras var … månad", interval),
    field("Text", text, "Skriv som vanlig text; rubriker kan markeras med #."),
    alerts,
    submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void withProgress(submit, "Skapar…", alerts, async () => {
      const created = await documents.createDocument({
        documentId: crypto.randomUUID(),
        contentMarkdown: text.value,
        details: {
          title: title.value, kind: Number(kind.value), ownerUnitId: ownerUnit.value, responsibleRole: Number(responsible.value),
          approvingRole: Number(approving.value), followUpMethod: followUp.value, reviewIntervalMonths: Number(interval.value),
        },
      });
      context.navigate(paths.document(created.document!.documentId));
    });
  });
  readableUnits()
    .then((units) => {
      ownerUnit.append(...units.map((unit) => h("option", { value: unit.unitId }, unit.name)));
      replace(content, h("p", {}, "Dokumentet skapas som utkast. Du skickar det sedan för granskning."), form);
    })
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Nytt dokument", content };
}
