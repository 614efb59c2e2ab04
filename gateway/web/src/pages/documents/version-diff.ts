import { documents } from "../../api/clients";
import { DiffLineKind, type DiffLine } from "../../gen/ledningssystem/documents/v1/documents_pb";
import { announce, h, replace } from "../../ui/dom";
import { withProgress } from "../../ui/feedback";
import { field } from "../../ui/fields";

/**
 * A line diff as the service computes it: added lines marked "+" and underlined, removed ones "−" and struck
 * through, each also named for screen readers; a count first.
 */
export function diffView(lines: DiffLine[]): HTMLElement {
  const added = lines.filter((line) => line.kind === DiffLineKind.ADDED).length;
  const removed = lines.filter((line) => line.kind === DiffLineKind.REMOVED).length;
  return h("div", { class: "diff" },
    h("p", {}, added + removed === 0 ? "Inga skillnader i texten." : `Tillagda rader: ${added}. Borttagna rader: ${removed}.`),
    h("ol", { class: "diff-lines", "aria-label": "Skillnader rad för rad" }, ...lines.map(diffLine)));
}

function diffLine(line: DiffLine): HTMLElement {
  switch (line.kind) {
    case DiffLineKind.ADDED:
      return h("li", { class: "diff-added" }, h("span", { "aria-hidden": "true", class: "diff-mark" }, "+"),
        h("ins", {}, h("span", { class: "visually-hidden" }, "Tillagd: "), line.text));
    case DiffLineKind.REMOVED:
      return h("li", { class: "diff-removed" }, h("span", { "aria-hidden": "true", class: "diff-mark" }, "−"),
        h("del", {}, h("span", { class: "visually-hidden" }, "Borttagen: "), line.text));
    default:
      return h("li", {}, h("span", { "aria-hidden": "true", class: "diff-mark" }, " "), line.text);
  }
}

/** "Jämför versioner": two version numbers and the diff between them. */
export function compareVersionsForm(documentId: string, newest: number, preferred: { from: number; to: number }): HTMLElement {
  const choices = (selected: number) => {
    const control = h("select", { required: true });
    for (let number = 1; number <= newest; number++) {
      control.append(h("option", { value: String(number), selected: number === selected }, `Version ${number}`));
    }
    return control;
  };
  const from = choices(preferred.from);
  const to = choices(preferred.to);
  const alerts = h("div", {});
  const result = h("div", { "aria-live": "polite" });
  const submit = h("button", { type: "submit" }, "Jämför");
  const form = h("form", { class: "stack" }, h("div", { class: "pair" }, field("Från", from), field("Till", to)), alerts, submit, result);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void withProgress(submit, "Jämför…", alerts, async () => {
      const diff = await documents.diffVersions({ documentId, fromVersionNumber: Number(from.value), toVersionNumber: Number(to.value) });
      replace(result, diffView(diff.lines));
      announce(`Jämförelse mellan version ${from.value} och ${to.value} visas.`);
    });
  });
  return form;
}
