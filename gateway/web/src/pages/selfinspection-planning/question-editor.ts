import { AnswerType, type Question } from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";
import { h, uniqueId } from "../../ui/dom";
import { field, select } from "../../ui/fields";
import { specifiedValues } from "../../ui/labels";
import { answerTypeLabels } from "./labels";

type QuestionInput = Omit<Question, "$typeName">;

interface QuestionRow {
  element: HTMLFieldSetElement;
  legend: HTMLLegendElement;
  removeButton: HTMLButtonElement;
  controls: Record<"text" | "answer_type" | "weight" | "choices" | "required", HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;
  questionId: string;
  read: () => QuestionInput;
}

export interface QuestionEditor {
  element: HTMLElement;
  questions: () => QuestionInput[];
}

/**
 * A checklist's questions, one fieldset each (text, answer type, required, weight, the choices of a multiple-choice
 * question), added and removed in place. Each control names its place in the request ("questions[2].text"), so a
 * refusal shows its message at the question it concerns.
 */
export function questionEditor(initial: QuestionInput[]): QuestionEditor {
  const rows: QuestionRow[] = [];
  const list = h("div", { class: "stack questions" });
  const renumber = () => rows.forEach((row, index) => {
    row.legend.textContent = `Fråga ${index + 1}`;
    row.removeButton.textContent = `Ta bort fråga ${index + 1}`;
    for (const [name, control] of Object.entries(row.controls)) {
      control.setAttribute("data-field", `questions[${index}].${name}`);
    }
  });
  const addRow = (question?: QuestionInput) => {
    const row = questionRow(question, (removed) => {
      rows.splice(rows.indexOf(removed), 1);
      removed.element.remove();
      renumber();
    });
    rows.push(row);
    list.append(row.element);
    renumber();
    return row;
  };
  (initial.length > 0 ? initial : [undefined]).forEach((question) => addRow(question));
  const add = h("button", { type: "button", class: "secondary" }, "Lägg till en fråga");
  add.addEventListener("click", () => addRow().controls.text.focus());
  return { element: h("div", {}, list, add), questions: () => rows.map((row) => row.read()) };
}

function questionRow(question: QuestionInput | undefined, remove: (row: QuestionRow) => void): QuestionRow {
  const text = h("input", { name: "text", required: true, maxlength: "500", value: question?.text ?? "" });
  const answerType = select("answerType", specifiedValues(answerTypeLabels), answerTypeLabels);
  answerType.value = String(question?.answerType ?? AnswerType.YES_NO);
  const required = h("input", { type: "checkbox", name: "required", id: uniqueId("obligatorisk"), checked: question?.required ?? true });
  const weight = h("input", { type: "number", name: "weight", min: "1", max: "100", inputmode: "numeric", value: String(question?.weight || 1) });
  const choices = h("textarea", { name: "choices", rows: "3", maxlength: "2000" }, (question?.choices ?? []).join("\n"));
  const legend = h("legend", {}, "Fråga");
  const removeButton = h("button", { type: "button", class: "secondary" });
  const row: QuestionRow = {
    legend,
    removeButton,
    element: h("fieldset", { class: "question-editor" }, legend,
      field("Fråga", text), field("Svarstyp", answerType),
      h("div", { class: "checkbox" }, required, h("label", { for: required.id }, "Måste besvaras")),
      field("Vikt i resultatet (1–100)", weight),
      field("Val (vid flerval, ett per rad)", choices),
      removeButton),
    controls: { text, answer_type: answerType, weight, choices, required },
    questionId: question?.questionId ?? "",
    read: () => ({
      questionId: row.questionId, text: text.value, answerType: Number(answerType.value) as AnswerType, required: required.checked,
      weight: Number(weight.value), choices: choices.value.split("\n").map((choice) => choice.trim()).filter(Boolean),
    }),
  };
  removeButton.addEventListener("click", () => remove(row));
  return row;
}
