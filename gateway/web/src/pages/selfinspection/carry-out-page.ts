import { checklists, inspectionPlans, inspections } from "../../api/clients";
import type { AppContext, PageView } from "../../app-context";
import {
  AnswerType, TemplateState, YesNo, type Activity, type ChecklistTemplate, type Question,
} from "../../gen/ledningssystem/selfinspection/v1/selfinspection_pb";
import { h, replace } from "../../ui/dom";
import { detailRow } from "../../ui/details";
import { errorAlert, withProgress } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { swedishToday } from "../../ui/format";
import { radioGroup } from "../../ui/radio-group";
import { methodLabels, yesNoLabels } from "./labels";
import { selfInspectionPaths } from "./selfinspection-paths";

const YES_NO_CHOICES = [YesNo.YES, YesNo.NO, YesNo.PARTLY, YesNo.NOT_APPLICABLE];

interface QuestionInput {
  question: Question;
  element: HTMLElement;
  answer: () => { yesNo: YesNo; value: string; comment: string };
}

/**
 * Carrying out one occurrence of an activity: the activity, and its checklist (the published version of the template
 * the plan names) as a form, each question with its answer and an optional comment. Recording it gives the
 * compliance score and the findings, shown on the execution's page.
 */
export function carryOutPage(context: AppContext, planId: string, activityId: string, occurrenceId: string): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar checklistan…"));
  loadActivity(planId, activityId)
    .then(async (activity) => {
      if (!activity.checklistTemplateId) {
        replace(content, activityDetails(activity), h("p", {}, "Aktiviteten har ingen checklista. Be den som planerar egenkontrollen att välja en."));
        return;
      }
      const template = await publishedVersion(activity.checklistTemplateId);
      replace(content, activityDetails(activity), checklistForm(context, occurrenceId, template));
    })
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Genomför egenkontroll", content };
}

async function loadActivity(planId: string, activityId: string): Promise<Activity> {
  const plan = (await inspectionPlans.getPlan({ planId })).plan!;
  const activity = plan.activities.find((a) => a.activityId === activityId);
  if (!activity) {
    throw new Error("Aktiviteten finns inte längre i planen.");
  }
  return activity;
}

/** The template the plan names, or the later published version of it that the service carries out instead. */
async function publishedVersion(templateId: string): Promise<ChecklistTemplate> {
  const named = (await checklists.getChecklistTemplate({ templateId })).template!;
  if (named.state === TemplateState.PUBLISHED) {
    return named;
  }
  let pageToken = "";
  do {
    const page = await checklists.listChecklistTemplates({ pageSize: 200, pageToken });
    const published = page.templates.find((t) => t.seriesId === named.seriesId && t.state === TemplateState.PUBLISHED);
    if (published) {
      return published;
    }
    pageToken = page.nextPageToken;
  } while (pageToken);
  return named;
}

function activityDetails(activity: Activity): HTMLElement {
  return h("dl", {},
    ...detailRow("Aktivitet", activity.name),
    ...detailRow("Metod", methodLabels[activity.method]),
    ...detailRow("Ansvarig", activity.responsibleRole));
}

function checklistForm(context: AppContext, occurrenceId: string, template: ChecklistTemplate): HTMLElement {
  const performedOn = h("input", { type: "date", name: "performedOn", required: true, value: swedishToday(), max: swedishToday() });
  const inputs = template.questions.map(questionInput);
  const alerts = h("div", {});
  const submit = h("button", { type: "submit" }, "Spara egenkontrollen");
  const form = h("form", { class: "stack" },
    h("h2", {}, `Checklista: ${template.name}`),
    field("Genomförd", performedOn),
    ...inputs.map((input) => input.element),
    alerts,
    submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void withProgress(submit, "Sparar…", alerts, async () => {
      const answer = await inspections.recordExecution({
        occurrenceId,
        performedOn: performedOn.value,
        answers: inputs.map((input) => ({ questionId: input.question.questionId, ...input.answer() })),
      });
      context.navigate(selfInspectionPaths.execution(answer.execution!.executionId));
    });
  });
  return form;
}

/** One question: the answer in the form its type asks for, and a comment. */
function questionInput(question: Question, index: number): QuestionInput {
  const legend = `${index + 1}. ${question.text}${question.required ? "" : " (frivillig)"}`;
  const comment = h("textarea", { name: `comment-${question.questionId}`, maxlength: "2000", rows: "2" });
  const commentField = field("Kommentar (frivilligt)", comment);
  if (question.answerType === AnswerType.YES_NO) {
    const group = radioGroup(legend, `svar-${question.questionId}`,
      YES_NO_CHOICES.map((choice) => ({ value: String(choice), label: yesNoLabels[choice] })), question.required);
    group.element.classList.add("question", "yes-no");
    group.element.append(commentField);
    return { question, element: group.element, answer: () => ({ yesNo: Number(group.value()) as YesNo, value: "", comment: comment.value }) };
  }
  const control = question.answerType === AnswerType.CHOICE
    ? h("select", { name: `svar-${question.questionId}`, required: question.required },
      h("option", { value: "" }, "Välj…"), ...question.choices.map((choice) => h("option", { value: choice }, choice)))
    : h("input", {
      name: `svar-${question.questionId}`, required: question.required,
      ...(question.answerType === AnswerType.NUMBER ? { type: "text", inputmode: "decimal" } : { maxlength: "2000" }),
    });
  return {
    question,
    element: h("fieldset", { class: "question" }, h("legend", {}, legend), field("Svar", control), commentField),
    answer: () => ({ yesNo: YesNo.UNSPECIFIED, value: control.value, comment: comment.value }),
  };
}
