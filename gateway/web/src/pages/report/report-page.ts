import { incidents } from "../../api/clients";
import { readableUnits } from "../../api/unit-names";
import type { AppContext, PageView } from "../../app-context";
import type { Incident } from "../../gen/ledningssystem/incidents/v1/incidents_pb";
import { paths } from "../../router";
import { announce, h, replace, uniqueId } from "../../ui/dom";
import { errorAlert, withProgress } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { formatDateTime, fromLocalInputValue, toLocalInputValue } from "../../ui/format";

/**
 * "Rapportera avvikelse": the one low-threshold form (what happened, when, where; the rest optional), answered
 * with a receipt that names the report and where to follow it.
 */
export function reportPage(context: AppContext): PageView {
  const content = h("div", {});
  const intro = h("p", {}, "Beskriv vad som hände. Du behöver inte bedöma hur allvarligt det är – det gör din chef.");
  const unitSelect = h("select", { name: "unit", required: true });
  const whatHappened = h("textarea", { name: "whatHappened", required: true, maxlength: "4000", rows: "5" });
  const occurredAt = h("input", { type: "datetime-local", name: "occurredAt", required: true, value: toLocalInputValue(new Date()) });
  const immediateActions = h("textarea", { name: "immediateActions", maxlength: "2000", rows: "3" });
  const personReference = h("input", { name: "personReference", maxlength: "100", autocomplete: "off" });
  const anonymous = h("input", { type: "checkbox", name: "anonymous", id: uniqueId("anonym") });
  const alerts = h("div", {});
  const submit = h("button", { type: "submit" }, "Skicka rapporten");
  const form = h("form", { class: "stack", novalidate: false },
    field("Vad hände?", whatHappened, "Skriv med egna ord. Högst 4000 tecken."),
    field("När hände det?", occurredAt, "Datum och klockslag (svensk tid)."),
    field("Var hände det?", unitSelect),
    field("Vad gjorde du direkt? (frivilligt)", immediateActions),
    field("Vem gällde det? (frivilligt)", personReference, "Initialer eller ärendenummer – aldrig personnummer."),
    h("div", { class: "checkbox" }, anonymous, h("label", { for: anonymous.id }, "Rapportera anonymt"),
      h("p", { class: "hint" }, "Bara du ser att du har rapporterat. En anonym rapport kan inte utredas som lex Sarah.")),
    alerts,
    submit);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void withProgress(submit, "Skickar…", alerts, async () => {
      const answer = await incidents.reportIncident({
        unitId: unitSelect.value,
        whatHappened: whatHappened.value,
        occurredAt: fromLocalInputValue(occurredAt.value),
        immediateActions: immediateActions.value,
        involvedPersonReference: personReference.value,
        anonymous: anonymous.checked,
      });
      showReceipt(content, answer.incident!, () => context.navigate(paths.report));
    });
  });

  replace(content, intro, h("p", { class: "loading" }, "Hämtar dina enheter…"));
  readableUnits()
    .then((units) => {
      unitSelect.append(...units.map((unit) => h("option", { value: unit.unitId }, unit.name)));
      replace(content, intro, form);
    })
    .catch((error: unknown) => replace(content, intro, errorAlert(error)));
  return { title: "Rapportera avvikelse", content };
}

/** The receipt: a heading that takes the focus, the report's number and time, and the way on. */
function showReceipt(content: HTMLElement, incident: Incident, reportAnother: () => void): void {
  const heading = h("h2", { tabindex: "-1", id: uniqueId("kvitto") }, "Tack! Din rapport är skickad");
  const sentAt = incident.reported?.at ?? incident.history[0]?.actor?.at;
  replace(content,
    h("section", { class: "receipt", "aria-labelledby": heading.id },
      heading,
      h("dl", {},
        h("dt", {}, "Rapportnummer"), h("dd", { class: "incident-id" }, incident.incidentId),
        sentAt ? h("dt", {}, "Skickad") : null, sentAt ? h("dd", {}, formatDateTime(sentAt)) : null,
        h("dt", {}, "Status"), h("dd", {}, incident.deadline?.dueAt
          ? `Rapporterad – din chef bedömer den senast ${formatDateTime(incident.deadline.dueAt)}.`
          : "Rapporterad – din chef bedömer den.")),
      h("p", {}, "Du kan följa rapporten och se vad den ledde till under ", h("a", { href: paths.myReports }, "Mina rapporter"), "."),
      h("button", { type: "button", class: "secondary", onclick: reportAnother }, "Rapportera en till")));
  heading.focus();
  announce("Rapporten är skickad.");
}
