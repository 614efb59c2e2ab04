import { errorMessage } from "../api/clients";
import { h, replace } from "./dom";

/** An error box that screen readers read out at once; the text is the service's own message. */
export function errorAlert(error: unknown): HTMLElement {
  return h("div", { class: "alert alert-error", role: "alert" }, h("strong", {}, "Något gick fel: "), errorMessage(error));
}

/**
 * Runs a long action from a form: the button is disabled and says what is happening, an error shows in the form's
 * alert area, and the button comes back when the action fails.
 */
export async function withProgress(button: HTMLButtonElement, busyText: string, alertArea: HTMLElement, action: () => Promise<void>): Promise<void> {
  const label = button.textContent ?? "";
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  button.textContent = busyText;
  replace(alertArea);
  try {
    await action();
  } catch (error) {
    replace(alertArea, errorAlert(error));
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
    button.textContent = label;
  }
}
