import { h } from "./dom";
import { withProgress } from "./feedback";

export interface ActionFormOptions {
  /** The fieldset's legend; without one the form is a single inline button. */
  legend?: string;
  hint?: string;
  fields?: HTMLElement[];
  submitLabel: string;
  /** What the button says while the call runs, e.g. "Sparar…". */
  busyText?: string;
  /** The button's accessible name when its text alone is ambiguous in a list. */
  accessibleLabel?: string;
  /** The call; a refusal shows the service's message in the form. */
  submit: () => Promise<void>;
}

/**
 * One workflow step or change as a form: its fields in a fieldset, a submit button that shows progress while the call
 * runs, and the service's Swedish message when it refuses.
 */
export function actionForm(options: ActionFormOptions): HTMLFormElement {
  const alerts = h("div", {});
  const button = h("button", { type: "submit", "aria-label": options.accessibleLabel }, options.submitLabel);
  const body = options.legend
    ? h("fieldset", {}, h("legend", {}, options.legend), options.hint ? h("p", { class: "hint" }, options.hint) : null, ...(options.fields ?? []))
    : null;
  const form = h("form", { class: options.legend ? "stack step" : "inline" }, body, alerts, button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void withProgress(button, options.busyText ?? "Sparar…", alerts, options.submit);
  });
  return form;
}
