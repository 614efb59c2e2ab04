import { qualityCouncil } from "../../api/clients";
import { unitName } from "../../api/unit-names";
import { CouncilTopic } from "../../gen/ledningssystem/reporting/v1/quality_council_pb";
import { actionForm } from "../../ui/action-form";
import { announce, h, replace } from "../../ui/dom";
import { field, select } from "../../ui/fields";
import { swedishToday } from "../../ui/format";
import { specifiedValues } from "../../ui/labels";
import type { BasisQuery } from "./council-page";
import { topicLabels } from "./labels";
import { protocolView } from "./council-protocol";

interface DecisionFields {
  element: HTMLElement;
  read: () => { topic: CouncilTopic; decision: string; responsible: string; followUpOn: string };
}

/** One decision of the meeting: under which agenda topic, what, who carries it out and when it is followed up. */
function decisionFields(number: number): DecisionFields {
  const topic = select("topic", [...specifiedValues(topicLabels), CouncilTopic.UNSPECIFIED], topicLabels);
  const decision = h("textarea", { name: "decision", required: true, maxlength: "2000", rows: "2" });
  const responsible = h("input", { name: "responsible", required: true, maxlength: "200" });
  const followUpOn = h("input", { type: "date", name: "followUpOn", required: true, min: swedishToday() });
  return {
    element: h("fieldset", { class: "decision" }, h("legend", {}, `Beslut ${number}`),
      field("Punkt på dagordningen", topic), field("Beslut eller åtgärd", decision), h("div", { class: "pair" },
        field("Ansvarig", responsible, "Namn eller roll."), field("Följs upp", followUpOn))),
    read: () => ({ topic: Number(topic.value) as CouncilTopic, decision: decision.value, responsible: responsible.value, followUpOn: followUpOn.value }),
  };
}

/**
 * Records the meeting's protocol against the underlag shown: the day it was held, who were there (one a line) and
 * its decisions, as many as "Lägg till beslut" adds. The recorded protocol is shown at once.
 */
export function protocolForm(query: BasisQuery, recorded: () => void): HTMLElement {
  const receipt = h("div", {});
  const heldOn = h("input", { type: "date", name: "heldOn", required: true, value: swedishToday(), max: swedishToday() });
  const present = h("textarea", { name: "present", required: true, rows: "4", maxlength: "4000" });
  const decisions: DecisionFields[] = [];
  const decisionArea = h("div", { class: "stack" });
  const addDecision = () => {
    const next = decisionFields(decisions.length + 1);
    decisions.push(next);
    decisionArea.append(next.element);
    return next;
  };
  addDecision();
  const add = h("button", { type: "button", class: "secondary" }, "Lägg till beslut");
  add.addEventListener("click", () => addDecision().element.querySelector("select")?.focus());
  const form = actionForm({
    legend: "Skriv protokollet från mötet",
    hint: "Protokollet sparas med underlaget som det ser ut nu. Ett protokoll per enhet och dag.",
    fields: [field("Mötesdag", heldOn), field("Närvarande", present, "En person per rad."), decisionArea, add],
    submitLabel: "Spara protokollet",
    action: async () => {
      const answer = await qualityCouncil.recordCouncilProtocol({
        unitId: query.unitId, occasion: query.occasion, year: query.year, months: query.months, heldOn: heldOn.value,
        present: present.value.split("\n").map((line) => line.trim()).filter(Boolean),
        decisions: decisions.map((d) => d.read()),
      });
      const protocol = answer.protocol!;
      const view = protocolView(protocol, await unitName(protocol.unitId));
      replace(receipt, h("div", { class: "receipt", role: "status" }, h("p", {}, "Protokollet är sparat."), view));
      announce("Protokollet är sparat.");
      recorded();
    },
  });
  return h("div", {}, form, receipt);
}
