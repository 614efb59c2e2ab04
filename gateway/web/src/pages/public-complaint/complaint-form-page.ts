import { publicComplaints } from "../../api/clients";
import type { PageView } from "../../app-context";
import type { Provider, SubmitComplaintResponse } from "../../gen/ledningssystem/complaints/v1/complaints_pb";
import { announce, h, replace, uniqueId } from "../../ui/dom";
import { errorAlert, withProgress } from "../../ui/feedback";
import { field } from "../../ui/fields";
import { radioGroup } from "../../ui/radio-group";
import { COMPLAINT_KINDS, complaintKindLabels } from "../complaints/labels";
import { listAllProviders, providerAndUnitSelects } from "../complaints/provider-directory";
import { senderFields } from "../complaints/sender-fields";
import { publicPaths } from "./public-paths";
import { oneSubmission } from "./submission";


/**
 * "Lämna synpunkter eller klagomål": anyone chooses the provider and the unit from the public directory, what kind of
 * message it is, writes it, and leaves contact details or stays anonymous. The receipt gives the reference and the
 * secret follow-up code, once. A hidden field (left empty by people) stops simple robots.
 */
export function complaintFormPage(): PageView {
  const content = h("div", {});
  const intro = h("p", {}, "Här kan du lämna klagomål, synpunkter, förslag eller beröm på vård och omsorg. Du kan vara anonym.");
  replace(content, intro, h("p", { class: "loading" }, "Hämtar verksamheterna…"));
  listAllProviders(publicComplaints)
    .then((providers) => replace(content, intro, complaintForm(content, providers),
      h("p", {}, "Har du redan lämnat något? ", h("a", { href: publicPaths.followUp }, "Följ ditt ärende med din kod"), ".")))
    .catch((error: unknown) => replace(content, intro, errorAlert(error)));
  return { title: "Lämna synpunkter eller klagomål", content };
}

function complaintForm(content: HTMLElement, providers: Provider[]): HTMLFormElement {
  const alerts = h("div", {});
  const { provider, unit } = providerAndUnitSelects(publicComplaints, providers, alerts);
  const kinds = radioGroup("Vad vill du lämna?", "kind", COMPLAINT_KINDS.map((kind) => ({ value: String(kind), label: complaintKindLabels[kind] })), true);
  const subject = h("input", { name: "subject", required: true, maxlength: "200" });
  const description = h("textarea", { name: "description", required: true, maxlength: "4000", rows: "6" });
  const sender = senderFields(false);
  // The honeypot: out of sight and out of the tab order, hidden from screen readers; people leave it empty.
  const website = h("input", { name: "website", tabindex: "-1", autocomplete: "off", id: uniqueId("webbplats") });
  const honeypot = h("div", { class: "honeypot", "aria-hidden": "true" }, h("label", { for: website.id }, "Lämna detta fält tomt"), website);
  const submit = h("button", { type: "submit" }, "Skicka");
  const form = h("form", { class: "stack" },
    field("Vilken verksamhet gäller det?", provider, "Kommunens nämnd eller det privata företag som ger vården eller omsorgen."),
    field("Vilken enhet?", unit),
    kinds.element,
    field("Rubrik", subject, "Med några ord: vad gäller det?"),
    field("Beskriv vad du vill berätta", description, "Högst 4000 tecken. Skriv inte personnummer."),
    ...sender.elements,
    honeypot,
    alerts,
    submit);

  // A press after a lost answer sends the same request id: the service answers the complaint already saved.
  const send = oneSubmission((requestId) => publicComplaints.submitComplaint({
    tenantId: provider.value,
    unitId: unit.value,
    kind: Number(kinds.value()),
    subject: subject.value,
    description: description.value,
    anonymous: sender.anonymous(),
    complainant: sender.complainant(),
    website: website.value,
    requestId,
  }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void withProgress(submit, "Skickar…", alerts, async () => {
      showReceipt(content, await send(), subject.value);
    });
  });

  return form;
}

/** The receipt: the reference and the follow-up code, shown once, with a heading that takes the focus. */
function showReceipt(content: HTMLElement, answer: SubmitComplaintResponse, subject: string): void {
  const heading = h("h2", { tabindex: "-1", id: uniqueId("kvitto") }, "Tack! Vi har tagit emot ditt ärende");
  replace(content,
    h("section", { class: "receipt", "aria-labelledby": heading.id },
      heading,
      h("dl", {},
        h("dt", {}, "Rubrik"), h("dd", {}, subject),
        h("dt", {}, "Mottaget"), h("dd", {}, answer.receivedOn),
        h("dt", {}, "Ärendenummer"), h("dd", { class: "incident-id", "data-testid": "referens" }, answer.reference),
        h("dt", {}, "Din kod"), h("dd", { class: "incident-id", "data-testid": "kod" }, answer.followUpCode)),
      h("p", { class: "alert" }, h("strong", {}, "Spara ärendenumret och koden nu. "),
        "Koden visas bara den här gången. Med båda kan du se hur ärendet går och läsa svaret."),
      h("p", {}, h("a", { href: publicPaths.followUp }, "Följ ditt ärende"))));
  heading.focus();
  announce("Ditt ärende är skickat.");
}
