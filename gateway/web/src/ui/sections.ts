import { h, uniqueId, type Child } from "./dom";

/** A section named by its h2 (for screen readers' landmarks and headings lists). */
export function section(title: string, ...children: Child[]): HTMLElement {
  const id = uniqueId("rubrik");
  return h("section", { "aria-labelledby": id }, h("h2", { id }, title), ...children);
}

/** A term and its value for a <dl>, or nothing when the value is empty. */
export function row(term: string, value: string | undefined): Child[] {
  return value ? [h("dt", {}, term), h("dd", {}, value)] : [];
}
