import { publicComplaints } from "../../api/clients";
import type { PageView } from "../../app-context";
import { ComplaintState, type FollowUpComplaintResponse } from "../../gen/ledningssystem/complaints/v1/complaints_pb";
import { announce, h, replace } from "../../ui/dom";
import { withProgress } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { detailRow } from "../../ui/details";
import { complaintKindLabels, complaintStateLabels } from "../complaints/labels";

/** "Följ ditt ärende": with the reference and the secret code, the sender sees the status and, once answered, the answer. */
export function followUpPage(): PageView {
  const reference = h("input", { name: "reference", required: true, maxlength: "12", autocomplete: "off", spellcheck: "false" });
  const code = h("input", { name: "code", required: true, maxlength: "40", autocomplete: "off", spellcheck: "false" });
  const alerts = h("div", {});
  const result = h("div", {});
  const submit = h("button", { type: "submit" }, "Visa ärendet");
  const form = h("form", { class: "stack" },
    field("Ärendenummer", reference, "Till exempel KL-7Q4M-X2PD."),
    field("Kod", code, "Koden du fick när du skickade ärendet."),
    alerts,
    submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    replace(result);
    void withProgress(submit, "Hämtar…", alerts, async () => {
      const answer = await publicComplaints.followUpComplaint({
        reference: reference.value.trim().toUpperCase(), followUpCode: code.value.trim().toUpperCase(),
      });
      showStatus(result, answer);
    });
  });
  return {
    title: "Följ ditt ärende",
    content: h("div", {}, h("p", {}, "Skriv ärendenumret och koden du fick när du lämnade ditt ärende."), form, result),
  };
}

function showStatus(result: HTMLElement, answer: FollowUpComplaintResponse): void {
  const status = h("h2", { tabindex: "-1" }, `Status: ${complaintStateLabels[answer.state]}`);
  const answered = answer.state === ComplaintState.ANSWERED || answer.state === ComplaintState.CLOSED;
  replace(result,
    h("section", { class: "receipt", "aria-label": "Ditt ärende" },
      status,
      h("dl", {},
        ...detailRow("Ärendenummer", answer.reference),
        ...detailRow("Typ", complaintKindLabels[answer.kind]),
        ...detailRow("Verksamhet", answer.providerName),
        ...detailRow("Enhet", answer.unitName),
        ...detailRow("Mottaget", answer.receivedOn),
        ...detailRow("Bekräftat", answer.acknowledgedOn),
        ...detailRow("Besvarat", answer.answeredOn),
        ...detailRow("Överlämnat till", answer.forwardedToProviderName)),
      answered && answer.answer ? h("h3", {}, "Svar") : null,
      answered && answer.answer ? h("p", { class: "answer-text" }, answer.answer) : null,
      answered && answer.actions ? h("h3", {}, "Åtgärder") : null,
      answered && answer.actions ? h("p", { class: "answer-text" }, answer.actions) : null,
      answer.state === ComplaintState.FORWARDED
        ? h("p", {}, `Ditt ärende har lämnats över till ${answer.forwardedToProviderName}, som handlägger det. Vänd dig dit med frågor.`)
        : null,
      answered ? null : h("p", {}, "Du får svar här när ärendet är utrett. Titta gärna in igen.")));
  status.focus();
  announce(`Status: ${complaintStateLabels[answer.state]}.`);
}
