import { h } from "./dom";

/** A workflow's steps in order, those passed marked done and the current one marked for sight and for screen readers. */
export function workflowSteps<S extends number>(steps: S[], current: S, labels: Record<S, string>): HTMLElement {
  const position = steps.indexOf(current);
  return h("ol", { class: "workflow", "aria-label": "Arbetsgång" }, ...steps.map((state, index) =>
    h("li", { class: index < position ? "done" : index === position ? "current" : "", "aria-current": index === position ? "step" : undefined },
      labels[state])));
}
