import { monthNames } from "../pages/selfinspection/labels";
import { h, uniqueId } from "./dom";
import { capitalise } from "./text";

export interface MonthChoice {
  element: HTMLFieldSetElement;
  /** The months ticked, 1–12. */
  months: () => number[];
}

/** Twelve checkboxes, January to December, in a fieldset named by the legend; "months" is their field in requests. */
export function monthChoice(legend: string, ticked: number[] = []): MonthChoice {
  const boxes = monthNames.map((_, index) => h("input", {
    type: "checkbox", name: "months", value: String(index + 1), id: uniqueId("manad"), checked: ticked.includes(index + 1),
  }));
  return {
    element: h("fieldset", { class: "choices months" }, h("legend", {}, legend),
      ...boxes.map((box, index) => h("div", { class: "checkbox" }, box, h("label", { for: box.id }, capitalise(monthNames[index]))))),
    months: () => boxes.filter((box) => box.checked).map((box) => Number(box.value)),
  };
}
