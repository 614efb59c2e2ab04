import { jointAnalysis } from "../../api/clients";
import { writesJointAnalysis } from "../../access";
import type { AppContext, PageView } from "../../app-context";
import { HalfYear, type JointAnalysisSummary } from "../../gen/ledningssystem/reporting/v1/joint_analysis_pb";
import { actionForm } from "../../ui/action-form";
import { announce, h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { field, select } from "../../ui/fields";
import { formatDateTime, swedishToday } from "../../ui/format";
import { specifiedValues } from "../../ui/labels";
import { pagedList } from "../../ui/paged-list";
import { section } from "../../ui/sections";
import { showWithUnits } from "../unit-chooser";
import { jointAnalysisView, jointBasisView } from "./joint-analysis-view";
import { halfLabels } from "./labels";

interface Scope {
  unitId: string;
  year: number;
  half: HalfYear;
}

/**
 * Halvårsanalys (SOSFS 2011:9 5 kap. 6–7 §§): for the whole organisation or a unit and a half-year, klagomål and lex
 * Sarah reports side by side with the patterns worth discussing, the written analysis in versions, and for those who
 * write it the form for a new version.
 */
export function jointAnalysisPage(context: AppContext): PageView {
  const area = h("div", {});
  return {
    title: "Halvårsanalys",
    content: h("div", { class: "wide" },
      h("p", {}, "Klagomål, synpunkter och lex Sarah-rapporter analyseras tillsammans varje halvår för att se mönster som visar brister i kvaliteten."),
      chooser((scope) => show(area, scope, writesJointAnalysis(context.roles))), area),
  };
}

function chooser(show: (scope: Scope) => void): HTMLElement {
  const container = h("div", {}, h("p", { class: "loading" }, "Hämtar enheter…"));
  const unit = h("select", { name: "unit" }, h("option", { value: "" }, "Hela verksamheten"));
  const today = swedishToday();
  const year = h("input", { type: "number", name: "year", required: true, min: "2000", max: "2100", value: today.slice(0, 4), inputmode: "numeric" });
  const half = select("half", specifiedValues(halfLabels), halfLabels);
  half.value = String(Number(today.slice(5, 7)) <= 6 ? HalfYear.FIRST : HalfYear.SECOND);
  const form = h("form", { class: "chooser" }, field("Enhet eller avdelning", unit), field("År", year), field("Halvår", half),
    h("button", { type: "submit" }, "Visa underlaget"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show({ unitId: unit.value, year: Number(year.value), half: Number(half.value) as HalfYear });
  });
  showWithUnits(container, unit, form);
  return container;
}

function show(area: HTMLElement, scope: Scope, writes: boolean): void {
  const basisArea = h("div", {}, h("p", { class: "loading" }, "Hämtar underlaget…"));
  const versionsArea = h("div", {});
  const reading = h("div", {});
  const latest = { version: 0 };
  const showVersions = () => replace(versionsArea, versionList(scope, reading, latest));
  replace(area,
    section("Underlag", basisArea),
    writes ? section("Skriv analysen", analysisForm(scope, latest, showVersions)) : null,
    section("Analyser och tidigare versioner", versionsArea, reading));
  showVersions();
  jointAnalysis.getJointAnalysisBasis(scope)
    .then((answer) => replace(basisArea, jointBasisView(answer.basis!)))
    .catch((error: unknown) => replace(basisArea, errorAlert(error)));
}

interface ActionFields {
  element: HTMLElement;
  read: () => { action: string; responsible: string; dueOn: string };
}

function actionFields(index: number): ActionFields {
  const action = h("textarea", { name: "action", "data-field": `actions[${index}].action`, required: true, maxlength: "2000", rows: "2" });
  const responsible = h("input", { name: "responsible", "data-field": `actions[${index}].responsible`, required: true, maxlength: "200" });
  const dueOn = h("input", { type: "date", name: "dueOn", "data-field": `actions[${index}].due_on`, required: true });
  return {
    element: h("fieldset", { class: "decision" }, h("legend", {}, `Åtgärd ${index + 1}`), field("Åtgärd", action),
      h("div", { class: "pair" }, field("Ansvarig", responsible, "Personens namn."), field("Klar senast", dueOn))),
    read: () => ({ action: action.value, responsible: responsible.value, dueOn: dueOn.value }),
  };
}

/** A new version of the analysis, written over the latest one shown; the saved version is shown at once. */
function analysisForm(scope: Scope, latest: { version: number }, saved: () => void): HTMLElement {
  const receipt = h("div", {});
  const conclusions = h("textarea", { name: "conclusions", required: true, rows: "8", maxlength: "20000" });
  const actions: ActionFields[] = [];
  const actionArea = h("div", { class: "stack" });
  const add = h("button", { type: "button", class: "secondary" }, "Lägg till åtgärd");
  add.addEventListener("click", () => {
    const next = actionFields(actions.length);
    actions.push(next);
    actionArea.append(next.element);
    next.element.querySelector("textarea")?.focus();
  });
  const form = actionForm({
    legend: "Analys av klagomål och lex Sarah-rapporter",
    hint: "Analysen sparas med underlaget som det ser ut nu. En ny version ersätter den förra, som finns kvar.",
    fields: [field("Slutsatser", conclusions, "Vilka mönster och brister ser ni, och varför?"), actionArea, add],
    submitLabel: "Spara analysen",
    action: async () => {
      const answer = await jointAnalysis.recordJointAnalysis({
        ...scope, supersedesVersion: latest.version, conclusions: conclusions.value, actions: actions.map((a) => a.read()),
      });
      latest.version = answer.analysis!.version;
      const view = jointAnalysisView(answer.analysis!);
      replace(receipt, h("div", { class: "receipt", role: "status" }, h("p", {}, `Analysen är sparad som version ${answer.analysis!.version}.`), view));
      announce("Analysen är sparad.");
      saved();
    },
  });
  return h("div", {}, form, receipt);
}

function versionList(scope: Scope, reading: HTMLElement, latest: { version: number }): HTMLElement {
  return pagedList({
    label: "Analyser",
    emptyText: "Ingen analys är skriven för halvåret ännu.",
    load: async (pageToken) => {
      const page = await jointAnalysis.listJointAnalyses({ unitId: scope.unitId, year: scope.year, half: scope.half, pageSize: 20, pageToken });
      latest.version = Math.max(latest.version, ...page.analyses.map((a) => a.version));
      return { items: page.analyses, nextPageToken: page.nextPageToken };
    },
    renderItem: (summary) => versionCard(summary, reading),
  });
}

function versionCard(summary: JointAnalysisSummary, reading: HTMLElement): HTMLElement {
  return h("div", { class: "card" },
    h("span", { class: "card-title-plain" }, `Version ${summary.version}${summary.superseded ? " (ersatt)" : " (gällande)"}`),
    h("span", {}, `Sparad ${formatDateTime(summary.writtenAt)}; ${summary.actions} åtgärder`),
    h("button", {
      type: "button", class: "secondary", "aria-label": `Läs version ${summary.version}`,
      onclick: () => void readVersion(summary.analysisId, reading),
    }, "Läs"));
}

async function readVersion(analysisId: string, reading: HTMLElement): Promise<void> {
  replace(reading, h("p", { class: "loading" }, "Hämtar analysen…"));
  try {
    const view = jointAnalysisView((await jointAnalysis.getJointAnalysis({ analysisId })).analysis!);
    replace(reading, view);
    view.querySelector<HTMLElement>("h3")?.focus();
  } catch (error) {
    replace(reading, errorAlert(error));
  }
}
