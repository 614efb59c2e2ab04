import { allPages } from "../../api/all-pages";
import { regionalComparison } from "../../api/clients";
import { configuresReporting } from "../../access";
import type { AppContext, PageView } from "../../app-context";
import { Role, Verksamhetsform } from "../../gen/ledningssystem/common/v1/organization_pb";
import type { ComparisonRow, GetRegionalComparisonRequest, ServiceUserCount } from "../../gen/ledningssystem/reporting/v1/regional_comparison_pb";
import { Subject } from "../../gen/ledningssystem/reporting/v1/reporting_pb";
import { actionForm } from "../../ui/action-form";
import { barChart } from "../../ui/bar-chart";
import { announce, h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { field, select } from "../../ui/fields";
import { swedishToday } from "../../ui/format";
import { specifiedValues } from "../../ui/labels";
import { pagedList } from "../../ui/paged-list";
import { capitalise } from "../../ui/text";
import { section } from "../../ui/sections";
import { monthNames } from "../selfinspection/labels";
import { verksamhetsformLabels } from "../organisation/labels";
import { rateBasisLabels, subjectLabels } from "./labels";

/**
 * Regional jämförelse: the region's providers per verksamhetsform, by pseudonym (or name where agreed), with cases per
 * 1 000 brukare or per unit, small counts suppressed and warning signs in words; never ranked. A provider's own admin
 * also gives or withdraws consent to be named and registers its brukare.
 */
export function comparisonPage(context: AppContext): PageView {
  const area = h("div", {});
  const ownSide = configuresReporting(context.roles) && !context.roles.has(Role.REGION_ADMIN);
  return {
    title: "Regional jämförelse",
    content: h("div", { class: "wide" },
      h("p", {}, "Jämförelsen visar utförarna utan namn, om de inte har godkänt att visas med namn. Den rangordnar inte: "
        + "få rapporter är en varningssignal, inte ett gott resultat."),
      comparisonForm(area), area,
      ownSide ? consentSection() : null,
      ownSide ? serviceUserSection() : null),
  };
}

function comparisonForm(area: HTMLElement): HTMLFormElement {
  const today = swedishToday();
  const subject = select("subject", [Subject.INCIDENTS, Subject.COMPLAINTS], subjectLabels);
  subject.value = String(Subject.INCIDENTS);
  const year = h("input", { type: "number", name: "year", required: true, min: "2000", max: "2100", value: today.slice(0, 4), inputmode: "numeric" });
  const monthOptions = (chosen: number) => monthNames.map((name, index) => h("option", { value: String(index + 1), selected: index + 1 === chosen }, name));
  const from = h("select", { name: "from", required: true }, ...monthOptions(1));
  const to = h("select", { name: "to", required: true }, ...monthOptions(Number(today.slice(5, 7))));
  const form = specifiedValues(verksamhetsformLabels);
  const verksamhetsform = select("verksamhetsform", form, verksamhetsformLabels, false);
  verksamhetsform.options[0].textContent = "Alla";
  const chooser = h("form", { class: "chooser" }, field("Vad", subject), field("År", year), field("Från", from), field("Till", to),
    field("Verksamhetsform", verksamhetsform), h("button", { type: "submit" }, "Visa jämförelsen"));
  chooser.addEventListener("submit", (event) => {
    event.preventDefault();
    const month = (select: HTMLSelectElement) => `${year.value}-${select.value.padStart(2, "0")}`;
    void loadComparison(area, {
      subject: Number(subject.value) as Subject, fromMonth: month(from), toMonth: month(to),
      verksamhetsform: Number(verksamhetsform.value || 0) as Verksamhetsform,
    });
  });
  return chooser;
}

async function loadComparison(area: HTMLElement, request: Pick<GetRegionalComparisonRequest, "subject" | "fromMonth" | "toMonth" | "verksamhetsform">): Promise<void> {
  replace(area, h("p", { class: "loading" }, "Hämtar jämförelsen…"));
  try {
    let threshold = 5;
    // The whole comparison at once (at most 20 pages of 100): one chart and table per verksamhetsform and basis.
    const rows = await allPages(async (pageToken) => {
      const page = await regionalComparison.getRegionalComparison({ ...request, pageSize: 100, pageToken });
      threshold = page.suppressionThreshold;
      return { items: page.rows, nextPageToken: page.nextPageToken };
    });
    const groups = groupRows(rows);
    replace(area,
      h("p", {}, `${subjectLabels[request.subject]}, ${request.fromMonth}–${request.toMonth}. Antal under ${threshold} visas som "färre än ${threshold}".`),
      groups.size === 0 ? h("p", {}, "Inga utförare att jämföra för valet.") : null,
      ...[...groups.values()].map((group) => comparisonChart(group)));
    announce(`Jämförelsen visar ${rows.length} rader.`);
  } catch (error) {
    replace(area, errorAlert(error));
  }
}

function groupRows(rows: ComparisonRow[]): Map<string, ComparisonRow[]> {
  const groups = new Map<string, ComparisonRow[]>();
  for (const row of rows) {
    const key = `${row.verksamhetsform}-${row.basis}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

function comparisonChart(rows: ComparisonRow[]): HTMLElement {
  const first = rows[0];
  return barChart({
    caption: `${verksamhetsformLabels[first.verksamhetsform]}: ärenden ${rateBasisLabels[first.basis]}`,
    categoryHeading: "Utförare",
    categories: rows.map((row) => `${row.name || row.pseudonym}${row.own ? " (er egen)" : ""}`),
    series: [{
      name: `Ärenden ${rateBasisLabels[first.basis]}`,
      values: rows.map((row) => (row.rateSuppressed ? null : row.rate)),
      texts: rows.map((row) => row.rateText),
    }],
    remarks: rows.map((row) => [`Antal: ${row.count?.text ?? ""}`, row.warning ? capitalise(row.warningText) : ""].filter(Boolean).join(". ")),
  });
}

function consentSection(): HTMLElement {
  const status = h("div", {}, h("p", { class: "loading" }, "Hämtar…"));
  const named = h("input", { type: "checkbox", name: "named", id: "visas-med-namn" });
  const showConsent = (pseudonym: string, isNamed: boolean) => {
    named.checked = isNamed;
    replace(status, h("p", {}, `Andra ser er som ${pseudonym}${isNamed ? ", och med ert namn" : ""}.`));
  };
  regionalComparison.getComparisonConsent({})
    .then((answer) => showConsent(answer.pseudonym, answer.consent?.named ?? false))
    .catch((error: unknown) => replace(status, errorAlert(error)));
  return section("Visas med namn", status, actionForm({
    legend: "Samtycke",
    fields: [h("div", { class: "checkbox" }, named, h("label", { for: named.id }, "Vi godkänner att visas med namn i jämförelsen"))],
    submitLabel: "Spara samtycket",
    action: async () => {
      const answer = await regionalComparison.setComparisonConsent({ consent: { named: named.checked } });
      showConsent(answer.pseudonym, answer.consent?.named ?? false);
      announce("Samtycket är sparat.");
    },
  }));
}

function serviceUserSection(): HTMLElement {
  const listArea = h("div", {});
  const showList = () => replace(listArea, pagedList({
    label: "Antal brukare",
    emptyText: "Inga antal brukare är registrerade. Utan dem räknas jämförelsen per enhet.",
    load: async (pageToken) => {
      const page = await regionalComparison.listServiceUserCounts({ pageSize: 20, pageToken });
      return { items: page.serviceUserCounts, nextPageToken: page.nextPageToken };
    },
    renderItem: (count: ServiceUserCount) => h("div", { class: "card" },
      h("span", { class: "card-title-plain" }, `${count.year}, ${verksamhetsformLabels[count.verksamhetsform]}`),
      h("span", {}, `${count.count.toLocaleString("sv-SE")} brukare`)),
  }));
  const year = h("input", { type: "number", name: "year", required: true, min: "2000", max: "2100", value: swedishToday().slice(0, 4), inputmode: "numeric" });
  const verksamhetsform = select("verksamhetsform", specifiedValues(verksamhetsformLabels), verksamhetsformLabels);
  const count = h("input", { type: "number", name: "count", required: true, min: "0", max: "1000000", inputmode: "numeric" });
  showList();
  return section("Antal brukare", h("p", {}, "Med antal brukare räknas jämförelsen per 1 000 brukare."), listArea, actionForm({
    legend: "Registrera antal brukare",
    hint: "0 tar bort uppgiften.",
    fields: [h("div", { class: "pair" }, field("År", year), field("Verksamhetsform", verksamhetsform), field("Antal brukare", count))],
    submitLabel: "Spara antalet",
    action: async () => {
      await regionalComparison.setServiceUserCount({
        serviceUserCount: { year: Number(year.value), verksamhetsform: Number(verksamhetsform.value) as Verksamhetsform, count: Number(count.value) },
      });
      showList();
      announce("Antalet är sparat.");
    },
  }));
}
