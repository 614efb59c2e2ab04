import { h, uniqueId } from "./dom";

export interface RadioGroup {
  element: HTMLFieldSetElement;
  /** The chosen option's value, empty when none is chosen. */
  value: () => string;
}

/** A group of radio buttons in a fieldset whose legend is the question; one choice required when asked. */
export function radioGroup(legend: string, name: string, options: { value: string; label: string }[], required = false): RadioGroup {
  const groupName = uniqueId(name);
  const inputs = options.map((option) => h("input", { type: "radio", name: groupName, value: option.value, id: uniqueId(name), required }));
  return {
    element: h("fieldset", { class: "choices" }, h("legend", {}, legend),
      ...inputs.map((input, index) => h("div", { class: "checkbox" }, input, h("label", { for: input.id }, options[index].label)))),
    value: () => inputs.find((input) => input.checked)?.value ?? "",
  };
}
