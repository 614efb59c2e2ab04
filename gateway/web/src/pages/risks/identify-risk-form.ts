import { risks } from "../../api/clients";
import { actionForm } from "../../ui/action-form";
import { h } from "../../ui/dom";
import { field } from "../../ui/fields";
import { swedishToday } from "../../ui/format";
import { riskPaths } from "./risk-paths";

/**
 * Identifying a risk on a unit, found in a riskanalys when one is named; the risk's page follows, where it is assessed.
 */
export function identifyRiskForm(unitId: string, navigate: (path: string) => void, analysisId = ""): HTMLElement {
  const title = h("input", { name: "title", required: true, maxlength: "200" });
  const description = h("textarea", { name: "description", required: true, maxlength: "4000", rows: "3" });
  const cause = h("textarea", { name: "cause", required: true, maxlength: "4000", rows: "2" });
  const consequence = h("textarea", { name: "possibleConsequence", required: true, maxlength: "4000", rows: "2" });
  const owner = h("input", { name: "owner", required: true, maxlength: "200" });
  const identifiedOn = h("input", { type: "date", name: "identifiedOn", required: true, value: swedishToday(), max: swedishToday() });
  return actionForm({
    legend: analysisId ? "Lägg till en risk" : "Registrera en ny risk",
    hint: `Risken registreras på ${analysisId ? "analysens enhet" : "den valda enheten"}. Bedöm den sedan på riskens sida.`,
    fields: [field("Rubrik", title), field("Beskrivning", description), field("Orsak", cause),
      field("Vad kan hända?", consequence), field("Ägare", owner, "Namn eller roll."), field("Identifierad", identifiedOn)],
    submitLabel: "Registrera risken",
    action: async () => {
      const answer = await risks.identifyRisk({
        unitId, analysisId, title: title.value, description: description.value, cause: cause.value, possibleConsequence: consequence.value,
        owner: owner.value, identifiedOn: identifiedOn.value,
      });
      navigate(riskPaths.risk(answer.risk!.riskId));
    },
  });
}
