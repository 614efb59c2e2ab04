import { allPages } from "../../api/all-pages";
import { units } from "../../api/clients";
import type { Verksamhetsform } from "../../gen/ledningssystem/common/v1/organization_pb";
import type { Unit } from "../../gen/ledningssystem/organizations/v1/units_pb";
import { actionForm } from "../../ui/action-form";
import { announce, h, replace, uniqueId } from "../../ui/dom";
import { section } from "../../ui/details";
import { errorAlert } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { specifiedValues } from "../../ui/labels";
import { verksamhetsformLabels } from "./labels";
import { slug } from "./slug";

/** Every unit of the tenant, closed ones too (the tenant admin reads them all). */
export function allUnits(): Promise<Unit[]> {
  return allPages(async (pageToken) => {
    const page = await units.listUnits({ includeClosed: true, pageSize: 500, pageToken });
    return { items: page.units, nextPageToken: page.nextPageToken };
  });
}

/**
 * The tenant's unit tree, each unit with its verksamhetsformer, renaming and closing (the top unit stays, and a unit
 * closes once the units under it are closed, as Organizations decides), and a form for a new unit under an open one.
 */
export function unitsSection(tenantId: string, changed: () => void): HTMLElement {
  const tree = h("div", {}, h("p", { class: "loading" }, "Hämtar enheterna…"));
  const load = () => allUnits()
    .then((list) => replace(tree, unitTree(list, reload), createUnitForm(tenantId, list, reload)))
    .catch((error: unknown) => replace(tree, errorAlert(error)));
  const reload = () => {
    void load();
    changed();
  };
  void load();
  return section("enheter", "Enheter", tree);
}

function unitTree(list: Unit[], reload: () => void): HTMLElement {
  const children = (parentId: string): HTMLElement | null => {
    const under = list.filter((unit) => unit.parentUnitId === parentId);
    return under.length === 0 ? null : h("ul", { class: "unit-tree" }, ...under.map((unit) =>
      h("li", {}, unitRow(unit, reload), children(unit.unitId))));
  };
  return h("nav", { "aria-label": "Enhetsträd" }, children("") ?? h("p", {}, "Inga enheter."));
}

function unitRow(unit: Unit, reload: () => void): HTMLElement {
  const forms = h("div", { class: "unit-actions" });
  const name = h("input", { name: "name", required: true, maxlength: "200", value: unit.name });
  if (!unit.closed) {
    forms.append(actionForm({
      legend: `Byt namn på ${unit.name}`, fields: [field("Nytt namn", name)], submitLabel: "Byt namn",
      action: async () => {
        await units.renameUnit({ unitId: unit.unitId, name: name.value });
        announce(`Enheten heter nu ${name.value}.`);
        reload();
      },
    }));
    if (unit.parentUnitId) {
      forms.append(actionForm({
        submitLabel: "Stäng enheten", accessibleLabel: `Stäng ${unit.name}`, busyLabel: "Stänger…",
        action: async () => {
          await units.closeUnit({ unitId: unit.unitId });
          announce(`${unit.name} är stängd.`);
          reload();
        },
      }));
    }
  }
  const details = h("details", {}, h("summary", {}, "Ändra"), forms);
  return h("div", { class: "unit-row" },
    h("span", { class: "unit-name" }, unit.name), unit.closed ? h("span", { class: "badge" }, "Stängd") : null,
    h("span", { class: "hint" }, unit.verksamhetsformer.map((form) => verksamhetsformLabels[form]).join(", ")),
    unit.closed ? null : details);
}

function createUnitForm(tenantId: string, list: Unit[], reload: () => void): HTMLElement {
  const parent = h("select", { name: "parent", required: true }, h("option", { value: "" }, "Välj…"),
    ...list.filter((unit) => !unit.closed).map((unit) => h("option", { value: unit.unitId }, unit.name)));
  const name = h("input", { name: "name", required: true, maxlength: "200" });
  const unitId = h("input", { name: "unitId", required: true, maxlength: "100", pattern: "[A-Za-z0-9._\\-]+", spellcheck: "false" });
  name.addEventListener("input", () => {
    unitId.value = `${tenantId}.${slug(name.value)}`;
  });
  const forms = specifiedValues(verksamhetsformLabels).map((form) => {
    const box = h("input", { type: "checkbox", name: "verksamhetsform", value: String(form), id: uniqueId("vf") });
    return { form, box, row: h("div", { class: "checkbox" }, box, h("label", { for: box.id }, verksamhetsformLabels[form])) };
  });
  return actionForm({
    legend: "Ny enhet",
    fields: [field("Under enheten", parent), field("Namn", name),
      field("Id", unitId, "Bokstäver a–z, siffror, punkt och bindestreck. Ändras aldrig; föreslås från namnet."),
      h("fieldset", {}, h("legend", {}, "Verksamhetsformer"), ...forms.map((f) => f.row))],
    submitLabel: "Skapa enheten",
    action: async () => {
      await units.createUnit({
        unitId: unitId.value, parentUnitId: parent.value, name: name.value,
        verksamhetsformer: forms.filter((f) => f.box.checked).map((f) => f.form as Verksamhetsform),
      });
      announce(`${name.value} är skapad.`);
      reload();
    },
  });
}
