import { errorMessage } from "../api/clients";
import { h, replace, uniqueId } from "./dom";
import { controlPath, fieldViolations, placeViolations, type FieldViolation } from "./field-errors";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** An error box that screen readers read out at once; the text is the service's own message. */
export function errorAlert(error: unknown, ...summary: HTMLElement[]): HTMLElement {
  return h("div", { class: "alert alert-error", role: "alert" }, h("strong", {}, "Något gick fel: "), errorMessage(error), ...summary);
}

/**
 * Runs a long action from a form: the button is disabled and says what is happening, an error shows in the form's
 * alert area, and the button comes back when the action fails. A refusal that names fields shows each message at its
 * field and a list of them in the alert, and moves the focus to the first refused field.
 */
export async function withProgress(button: HTMLButtonElement, busyText: string, alertArea: HTMLElement, action: () => Promise<void>): Promise<void> {
  const label = button.textContent ?? "";
  const form = button.form;
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  button.textContent = busyText;
  replace(alertArea);
  if (form) {
    clearFieldErrors(form);
  }
  let firstInvalid: Control | undefined;
  try {
    await action();
  } catch (error) {
    const violations = fieldViolations(error);
    if (form && violations.length > 0) {
      const marked = markFieldErrors(form, violations);
      firstInvalid = marked.firstInvalid;
      replace(alertArea, errorAlert(error, marked.summary));
    } else {
      replace(alertArea, errorAlert(error));
    }
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
    button.textContent = label;
  }
  firstInvalid?.focus();
}

function controlsOf(form: HTMLFormElement): Control[] {
  return [...form.querySelectorAll<Control>("input, select, textarea")].filter((control) => control.type !== "hidden");
}

/** Each violation's message at its field (aria-invalid, aria-describedby) and a summary with links to the fields. */
function markFieldErrors(form: HTMLFormElement, violations: FieldViolation[]): { summary: HTMLElement; firstInvalid?: Control } {
  const controls = controlsOf(form);
  const { placed, unplaced } = placeViolations(violations, [...new Set(controls.map(controlPath))].filter(Boolean));
  const items: HTMLElement[] = [];
  let firstInvalid: Control | undefined;
  for (const control of controls) {
    const messages = placed.get(controlPath(control));
    if (!messages) {
      continue;
    }
    placed.delete(controlPath(control));
    const message = h("p", { class: "field-error", id: uniqueId("fel") }, messages.join(" "));
    const group = control.closest(".field") ?? control.closest("fieldset") ?? control.parentElement!;
    const label = group.querySelector("label, legend")?.textContent ?? "";
    (group.querySelector("label, legend") ?? group.firstChild)?.after(message);
    for (const sibling of controls.filter((other) => controlPath(other) === controlPath(control))) {
      sibling.setAttribute("aria-invalid", "true");
      sibling.setAttribute("aria-describedby", [message.id, sibling.getAttribute("aria-describedby")].filter(Boolean).join(" "));
    }
    firstInvalid ??= control;
    const link = h("a", { href: `#${control.id}` }, `${label}: ${messages.join(" ")}`);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      control.focus();
    });
    items.push(h("li", {}, link));
  }
  items.push(...unplaced.map((violation) => h("li", {}, violation.description)));
  return { summary: h("ul", { class: "violations" }, ...items), firstInvalid };
}

function clearFieldErrors(form: HTMLFormElement): void {
  const messages = [...form.querySelectorAll(".field-error")];
  for (const control of controlsOf(form).filter((c) => c.hasAttribute("aria-invalid"))) {
    control.removeAttribute("aria-invalid");
    const rest = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && !messages.some((m) => m.id === id));
    if (rest.length > 0) {
      control.setAttribute("aria-describedby", rest.join(" "));
    } else {
      control.removeAttribute("aria-describedby");
    }
  }
  messages.forEach((message) => message.remove());
}
