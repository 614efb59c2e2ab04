import { inspectionPlans } from "../../api/clients";
import type { AppContext, PageView } from "../../app-context";
import { cancelsOccurrences } from "../../access";
import { OccurrenceState, type Occurrence, type YearWheelMonth } from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";
import { announce, h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { actionForm } from "../../ui/action-form";
import { field } from "../../ui/fields";
import { planningPaths } from "../selfinspection-planning/planning-paths";
import { capitalise } from "../../ui/text";
import { balanceList } from "./balance-list";
import { formatScore, monthNames, occurrenceStateLabels } from "./labels";
import { selfInspectionPaths } from "./selfinspection-paths";
import { unitAndYearForm, type UnitChoice } from "../unit-chooser";

const CARRIED_OUT_NOW = [OccurrenceState.PLANNED, OccurrenceState.DUE, OccurrenceState.OVERDUE];

/**
 * The årshjul: a unit subtree's egenkontroller of a year, month by month, each with its state (planned, due, overdue,
 * done with its score, cancelled) and the way to carry it out or to read the result, paged by the service; below it
 * the balanslista of actions not yet done.
 */
export function yearWheelPage(context: AppContext): PageView {
  const wheel = h("div", {});
  const cancels = cancelsOccurrences(context.roles);
  return {
    title: "Årshjul för egenkontroll",
    content: h("div", {},
      h("p", {}, "Planerade egenkontroller månad för månad. Välj en försenad eller aktuell kontroll för att genomföra den. ",
        h("a", { href: planningPaths.plans }, "Planerna"), " och ", h("a", { href: planningPaths.checklists }, "checklistorna"), " har egna sidor."),
      unitAndYearForm(true, (choice) => showWheel(wheel, choice, cancels)),
      wheel),
  };
}

function showWheel(wheel: HTMLElement, choice: UnitChoice, cancels: boolean): void {
  const months = new Map<number, HTMLElement>();
  const grid = h("div", { class: "year-wheel" }, ...monthNames.map((name, index) => {
    const list = h("ul", { class: "occurrences" });
    months.set(index + 1, list);
    return h("section", { class: "month", "aria-labelledby": `manad-${index + 1}` }, h("h3", { id: `manad-${index + 1}` }, capitalise(name)), list);
  }));
  const status = h("div", {});
  const more = h("button", { type: "button", class: "secondary" }, "Visa fler");
  replace(wheel, h("h2", {}, `${choice.year}`), legend(), grid, status, balanceList(choice.unitId));
  let pageToken = "";
  let shown = 0;

  const loadPage = async () => {
    more.remove();
    replace(status, h("p", { class: "loading" }, "Hämtar årshjulet…"));
    try {
      const page = await inspectionPlans.getYearWheel({ unitId: choice.unitId, year: choice.year, pageSize: 100, pageToken });
      shown += addOccurrences(months, page.months, cancels);
      pageToken = page.nextPageToken;
      replace(status, shown === 0 ? h("p", {}, "Inga egenkontroller är planerade för enheten det här året.") : null);
      if (pageToken) {
        status.append(more);
      }
      announce(`${shown} egenkontroller visas${pageToken ? ", fler finns" : ""}.`);
    } catch (error) {
      replace(status, errorAlert(error));
    }
  };
  more.addEventListener("click", () => void loadPage());
  void loadPage();
}

function addOccurrences(months: Map<number, HTMLElement>, page: YearWheelMonth[], cancels: boolean): number {
  let added = 0;
  for (const month of page) {
    const list = months.get(month.month);
    for (const occurrence of month.occurrences) {
      list?.append(occurrenceItem(occurrence, cancels));
      added += 1;
    }
  }
  return added;
}

function occurrenceItem(occurrence: Occurrence, cancels: boolean): HTMLElement {
  const item = h("li", { class: `occurrence state-${OccurrenceState[occurrence.state].toLowerCase()}` }, ...occurrenceContent(occurrence));
  if (cancels && CARRIED_OUT_NOW.includes(occurrence.state)) {
    item.append(cancelForm(occurrence, (cancelled) => item.replaceWith(occurrenceItem(cancelled, cancels))));
  }
  return item;
}

/** Ställ in: an occurrence that will not be carried out, with the reason the årshjul then shows. */
function cancelForm(occurrence: Occurrence, cancelled: (occurrence: Occurrence) => void): HTMLElement {
  const reason = h("textarea", { name: "reason", required: true, maxlength: "1000", rows: "2" });
  return h("details", { class: "cancel" }, h("summary", { "aria-label": `Ställ in ${occurrence.activityName}, ${occurrence.dueOn}` }, "Ställ in"),
    actionForm({
      legend: "Ställ in kontrollen",
      fields: [field("Varför görs den inte?", reason)],
      submitLabel: "Ställ in",
      action: async () => {
        const answer = await inspectionPlans.cancelOccurrence({ occurrenceId: occurrence.occurrenceId, reason: reason.value });
        cancelled(answer.occurrence!);
        announce(`${occurrence.activityName} är inställd.`);
      },
    }));
}

function occurrenceContent(occurrence: Occurrence): (HTMLElement | string)[] {
  const state = h("span", { class: "badge" }, occurrenceStateLabels[occurrence.state]);
  const name = h("span", { class: "activity-name" }, occurrence.activityName);
  if (occurrence.state === OccurrenceState.DONE && occurrence.executionId) {
    return [state, h("a", { href: selfInspectionPaths.execution(occurrence.executionId) }, occurrence.activityName),
      h("span", {}, `Resultat ${formatScore(occurrence.score)}`)];
  }
  if (CARRIED_OUT_NOW.includes(occurrence.state)) {
    return [state, name, h("span", { class: "hint" }, `Senast ${occurrence.dueOn}`),
      h("a", { href: selfInspectionPaths.carryOut(occurrence), "aria-label": `Genomför ${occurrence.activityName}, ${occurrence.dueOn}` }, "Genomför")];
  }
  return [state, name, occurrence.cancelReason ? h("span", { class: "hint" }, occurrence.cancelReason) : ""];
}

function legend(): HTMLElement {
  const shown = [OccurrenceState.PLANNED, OccurrenceState.DUE, OccurrenceState.OVERDUE, OccurrenceState.DONE, OccurrenceState.CANCELLED];
  return h("ul", { class: "legend", "aria-label": "Förklaring" }, ...shown.map((state) =>
    h("li", { class: `occurrence state-${OccurrenceState[state].toLowerCase()}` }, h("span", { class: "badge" }, occurrenceStateLabels[state]))));
}
