import { h, uniqueId } from "./dom";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * A labelled form control with an optional hint, tied together for screen readers. Most fields are required, so only
 * the optional ones say so in their label ("(frivilligt)"); required ones carry the attribute.
 */
export function field(label: string, control: Control, hint?: string): HTMLElement {
  control.id ||= uniqueId("falt");
  const hintElement = hint ? h("p", { class: "hint", id: uniqueId("hjalp") }, hint) : null;
  if (hintElement) {
    control.setAttribute("aria-describedby", hintElement.id);
  }
  return h("div", { class: "field" }, h("label", { for: control.id }, label), hintElement, control);
}

/** A select with the given values and their labels; an optional one starts at "Ingen". */
export function select<E extends number>(name: string, values: E[], labels: Record<E, string>, required = true): HTMLSelectElement {
  return h("select", { name, required }, h("option", { value: "" }, required ? "Välj…" : "Ingen"),
    ...values.map((value) => h("option", { value: String(value) }, labels[value])));
}
