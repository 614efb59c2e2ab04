import { risks } from "../../api/clients";
import { allPages } from "../../api/all-pages";
import type { AppContext, PageView } from "../../app-context";
import { preparesRov } from "../../access";
import {
  RiskAndMaterialityAnalysisState, RiskState, type MaterialityRating, type RiskAndMaterialityAnalysis, type RiskSummary,
} from "../../gen/ledningssystem/risks/v1/risks_pb";
import { actionForm } from "../../ui/action-form";
import { detailRow, section } from "../../ui/details";
import { announce, h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { formatDateTime } from "../../ui/format";
import { monthChoice } from "../../ui/month-choice";
import { pagedList } from "../../ui/paged-list";
import { monthNames } from "../selfinspection/labels";
import { riskLevelLabels } from "../risks/labels";
import { unitAndYearForm, type UnitChoice } from "../unit-chooser";
import { materialityLabels, rovStateLabels } from "./labels";

/**
 * Risk- och väsentlighetsanalys (RoV) for a unit subtree and a year: the assessed risks rated by väsentlighet, the
 * controls chosen for the internkontrollplan (Vad, Vem, rutin, months) and adopting it, after which SelfInspection
 * plans the controls. The nämnd and the chefs read it; förvaltningschef and kvalitetsutvecklare prepare it.
 */
export function rovPage(context: AppContext): PageView {
  const area = h("div", {});
  return {
    title: "Risk- och väsentlighetsanalys",
    content: h("div", {},
      h("p", {}, "Värdera de bedömda riskerna efter väsentlighet, välj kontroller till internkontrollplanen och anta analysen. Kontrollerna planeras då i egenkontrollen."),
      unitAndYearForm(true, (choice) => void showRov(area, choice, context)),
      area),
  };
}

async function showRov(area: HTMLElement, choice: UnitChoice, context: AppContext): Promise<void> {
  // The page shows the first unit at once; an answer for it that comes after the user chose another is dropped.
  const shown = `${choice.unitId}/${choice.year}`;
  area.dataset.showing = shown;
  replace(area, h("p", { class: "loading" }, "Hämtar analysen…"));
  try {
    const all = await allPages(async (pageToken) => {
      const page = await risks.listRiskAndMaterialityAnalyses({ pageSize: 100, pageToken });
      return { items: page.rovs, nextPageToken: page.nextPageToken };
    });
    if (area.dataset.showing !== shown) {
      return;
    }
    const rov = all.find((candidate) => candidate.unitId === choice.unitId && candidate.year === choice.year);
    if (rov) {
      renderRov(area, rov, context);
    } else {
      replace(area, h("p", {}, `Det finns ingen risk- och väsentlighetsanalys för enheten ${choice.year}.`),
        preparesRov(context.roles) ? actionForm({
          legend: `Ny analys för ${choice.year}`,
          hint: "Analysen gäller den valda enheten och enheterna under den.",
          submitLabel: "Påbörja analysen",
          action: async () => renderRov(area, (await risks.createRiskAndMaterialityAnalysis({ unitId: choice.unitId, year: choice.year })).rov!, context),
        }) : null);
    }
  } catch (error) {
    if (area.dataset.showing === shown) {
      replace(area, errorAlert(error));
    }
  }
}

function renderRov(area: HTMLElement, rov: RiskAndMaterialityAnalysis, context: AppContext): void {
  const prepares = rov.state === RiskAndMaterialityAnalysisState.DRAFT && preparesRov(context.roles);
  const update = (next: RiskAndMaterialityAnalysis, message: string) => {
    renderRov(area, next, context);
    announce(message);
  };
  replace(area,
    h("h2", { class: "status" }, `Analys ${rov.year} – ${rovStateLabels[rov.state]}`),
    h("dl", { class: "details" }, ...detailRow("Antagen", rov.adoptedAt ? formatDateTime(rov.adoptedAt) : "")),
    section("internkontrollplan", "Värderade risker och valda kontroller",
      rov.ratings.length === 0 ? h("p", {}, "Inga risker är värderade än.") : null,
      h("ul", { class: "cards", "aria-label": "Värderade risker" }, ...rov.ratings.map((rating) => h("li", {}, ratingCard(rating))))),
    prepares ? section("att-vardera", "Bedömda risker att värdera", pagedList({
      label: "Bedömda risker",
      emptyText: "Enheten har inga bedömda, öppna risker.",
      load: async (pageToken) => {
        const page = await risks.listRisks({ unitId: rov.unitId, state: RiskState.ASSESSED, pageSize: 20, pageToken });
        return { items: page.risks, nextPageToken: page.nextPageToken };
      },
      renderItem: (risk) => riskToRate(rov, risk, update),
    })) : null,
    prepares ? actionForm({
      legend: "Anta analysen",
      hint: "Minst en kontroll ska vara vald. En antagen analys ändras inte.",
      submitLabel: "Anta",
      action: async () => update((await risks.adoptRiskAndMaterialityAnalysis({ rovId: rov.rovId })).rov!, "Analysen är antagen."),
    }) : null);
}

function ratingCard(rating: MaterialityRating): HTMLElement {
  return h("article", { class: "card" },
    h("h3", { class: "card-heading" }, rating.title),
    h("dl", { class: "details" },
      ...detailRow("Risknivå", riskLevelLabels[rating.level]),
      ...detailRow("Väsentlighet", materialityLabels[rating.materiality]),
      ...detailRow("Kontroll (vad)", rating.chosen ? rating.control : "Ingen vald"),
      ...detailRow("Ansvarig (vem)", rating.responsibleRole),
      ...detailRow("Rutin", rating.documentId),
      ...detailRow("Uppföljning", rating.chosen ? followUpMonths(rating.months) : "")));
}

function followUpMonths(months: number[]): string {
  return months.length === 0 ? "En gång om året" : months.map((month) => monthNames[month - 1]).join(", ");
}

function riskToRate(rov: RiskAndMaterialityAnalysis, risk: RiskSummary,
  update: (next: RiskAndMaterialityAnalysis, message: string) => void): HTMLElement {
  const rating = rov.ratings.find((candidate) => candidate.riskId === risk.riskId);
  const materiality = h("select", { name: "materiality", required: true }, h("option", { value: "" }, "Välj…"),
    ...[1, 2, 3, 4].map((value) => h("option", { value: String(value), selected: rating?.materiality === value }, materialityLabels[value])));
  return h("article", { class: "card finding" },
    h("h3", { class: "card-heading" }, risk.title),
    h("p", {}, `Risknivå: ${riskLevelLabels[risk.level]}`),
    actionForm({
      legend: `Väsentlighet för ${risk.title}`,
      fields: [field("Väsentlighet", materiality)],
      submitLabel: rating ? "Värdera igen" : "Värdera",
      accessibleLabel: `${rating ? "Värdera igen" : "Värdera"}: ${risk.title}`,
      action: async () => update((await risks.rateRisk({ rovId: rov.rovId, riskId: risk.riskId, materiality: Number(materiality.value) })).rov!,
        `${risk.title} är värderad.`),
    }),
    rating ? controlForm(rov, rating, update) : null);
}

function controlForm(rov: RiskAndMaterialityAnalysis, rating: MaterialityRating,
  update: (next: RiskAndMaterialityAnalysis, message: string) => void): HTMLFormElement {
  const control = h("textarea", { name: "control", required: true, maxlength: "1000", rows: "2" }, rating.control);
  const role = h("input", { name: "responsibleRole", required: true, maxlength: "100", value: rating.responsibleRole || "Enhetschef" });
  const documentId = h("input", { name: "documentId", maxlength: "100", autocomplete: "off", value: rating.documentId });
  const months = monthChoice("Uppföljning (inga valda: en gång om året)", rating.months);
  return actionForm({
    legend: `Kontroll för ${rating.title}`,
    fields: [field("Vad kontrolleras?", control), field("Vem ansvarar? (roll)", role),
      field("Rutin (dokument-id, frivilligt)", documentId), months.element],
    submitLabel: rating.chosen ? "Ändra kontrollen" : "Välj kontrollen",
    accessibleLabel: `${rating.chosen ? "Ändra kontrollen" : "Välj kontrollen"}: ${rating.title}`,
    action: async () => update((await risks.chooseControl({
      rovId: rov.rovId, riskId: rating.riskId, control: control.value, responsibleRole: role.value, documentId: documentId.value.trim(), months: months.months(),
    })).rov!, `Kontrollen för ${rating.title} är vald.`),
  });
}
