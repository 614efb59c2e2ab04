import { readableUnits } from "../api/unit-names";
import type { Unit } from "../gen/ledningssystem/organizations/v1/units_pb";
import { h, replace } from "../ui/dom";
import { errorAlert } from "../ui/feedback";
import { field } from "../ui/fields";

export interface UnitChoice {
  unitId: string;
  year: number;
}

/**
 * The choice of a unit (of those the user may read) and, when asked, a year, as a small form: "Visa" calls show with
 * the choice. The first unit and the current year are shown at once.
 */
export function unitAndYearForm(withYear: boolean, show: (choice: UnitChoice) => void): HTMLElement {
  const container = h("div", {}, h("p", { class: "loading" }, "Hämtar enheter…"));
  const unit = h("select", { name: "unit", required: true });
  const year = h("input", { type: "number", name: "year", required: true, min: "2000", max: "2100", value: String(new Date().getFullYear()), inputmode: "numeric" });
  const form = h("form", { class: "chooser" },
    field("Enhet (med enheterna under)", unit),
    withYear ? field("År", year) : null,
    h("button", { type: "submit" }, "Visa"));
  const choice = () => ({ unitId: unit.value, year: Number(year.value) });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show(choice());
  });
  showWithUnits(container, unit, form, (units) => {
    if (units.length > 0) {
      show(choice());
    }
  });
  return container;
}

/**
 * Puts the form in the container once the units the user may read are options of its unit select, then calls
 * `shown`; the service's message in its place when they cannot be read.
 */
export function showWithUnits(container: HTMLElement, unit: HTMLSelectElement, form: HTMLElement, shown: (units: Unit[]) => void = () => {}): void {
  readableUnits()
    .then((units) => {
      unit.append(...units.map((u) => h("option", { value: u.unitId }, u.name)));
      replace(container, form);
      shown(units);
    })
    .catch((error: unknown) => replace(container, errorAlert(error)));
}
