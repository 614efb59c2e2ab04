import { h } from "./dom";
import { withProgress } from "./feedback";

export interface ActionFormOptions {
  /** The fieldset's legend; without one the form is a single button. */
  legend?: string;
  hint?: string;
  fields?: HTMLElement[];
  submitLabel: string;
  /** What the button says while the action runs; "Sparar…" unless said. */
  busyLabel?: string;
  /** The button's accessible name when its text alone is ambiguous on the page. */
  accessibleLabel?: string;
  action: () => Promise<void>;
}

/** A form that runs one call: fields in a fieldset, a button that shows progress, the service's message on refusal. */
export function actionForm(options: ActionFormOptions): HTMLFormElement {
  const alerts = h("div", {});
  const submit = h("button", { type: "submit", "aria-label": options.accessibleLabel }, options.submitLabel);
  const body = options.legend
    ? h("fieldset", {}, h("legend", {}, options.legend), options.hint ? h("p", { class: "hint" }, options.hint) : null, ...(options.fields ?? []))
    : null;
  const form = h("form", { class: options.legend ? "stack step" : "inline" }, body, alerts, submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void withProgress(submit, options.busyLabel ?? "Sparar…", alerts, options.action);
  });
  return form;
}
