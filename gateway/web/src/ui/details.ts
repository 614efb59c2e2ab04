import type { ActorStamp } from "../gen/ledningssystem/common/v1/common_pb";
import { h, type Child } from "./dom";
import { formatDateTime } from "./format";

/** A term and its value for a <dl>, or nothing when the value is empty. */
export function detailRow(term: string, value: string | undefined): Child[] {
  return value ? [h("dt", {}, term), h("dd", {}, value)] : [];
}

/** A section with a heading whose id labels it. */
export function section(id: string, heading: string, ...content: Child[]): HTMLElement {
  return h("section", { "aria-labelledby": id }, h("h2", { id }, heading), ...content);
}

export interface HistoryStep {
  actor?: ActorStamp;
  note: string;
}

/** A workflow's history, oldest first: when, what (in Swedish), who, and the step's note. */
export function historySection<T extends HistoryStep>(entries: T[], label: (entry: T) => string): HTMLElement {
  return section("historik", "Historik",
    h("ol", { class: "history" }, ...entries.map((entry) =>
      h("li", {}, `${formatDateTime(entry.actor?.at)} – ${label(entry)}`, entry.actor?.displayName ? ` (${entry.actor.displayName})` : "",
        entry.note ? h("p", {}, entry.note) : null))));
}
