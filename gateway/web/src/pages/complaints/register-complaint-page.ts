import { complaints } from "../../api/clients";
import { readableUnits } from "../../api/unit-names";
import type { AppContext, PageView } from "../../app-context";
import { handlesComplaints } from "../../access";
import { Channel, type Complaint } from "../../gen/ledningssystem/complaints/v1/complaints_pb";
import { announce, h, replace, uniqueId } from "../../ui/dom";
import { errorAlert, withProgress } from "../../ui/feedback";
import { field, select } from "../../ui/fields";
import { swedishToday } from "../../ui/format";
import { complaintPaths } from "./complaint-paths";
import { channelLabels, COMPLAINT_KINDS, complaintKindLabels } from "./labels";
import { senderFields } from "./sender-fields";

/** Every way a complaint reaches staff; the web form registers its own. */
const STAFF_CHANNELS = [
  Channel.PHONE, Channel.LETTER, Channel.EMAIL, Channel.IN_PERSON, Channel.PATIENT_BOARD, Channel.IVO, Channel.OTHER_ORGANISATION,
];

/**
 * "Ta emot klagomål": any staff member writes down a complaint, synpunkt, förslag or beröm that came by phone, letter,
 * e-mail, in person or from another organisation, on a unit she works on. The receipt gives the reference; a handler
 * goes on to the complaint.
 */
export function registerComplaintPage(context: AppContext): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar dina enheter…"));
  const intro = h("p", {}, "Skriv ned det som kom in muntligt, per brev, e-post eller från en annan organisation. Avsändarens egna ord i beskrivningen.");
  readableUnits()
    .then((units) => {
      const unit = h("select", { name: "unit", required: true }, h("option", { value: "" }, "Välj…"),
        ...units.map((u) => h("option", { value: u.unitId }, u.name)));
      replace(content, intro, registrationForm(content, unit, handlesComplaints(context.roles)));
    })
    .catch((error: unknown) => replace(content, intro, errorAlert(error)));
  return { title: "Ta emot klagomål", content };
}

function registrationForm(content: HTMLElement, unit: HTMLSelectElement, handles: boolean): HTMLFormElement {
  const kind = select("kind", COMPLAINT_KINDS, complaintKindLabels);
  const channel = select("channel", STAFF_CHANNELS, channelLabels);
  const receivedOn = h("input", { type: "date", name: "receivedOn", required: true, value: swedishToday(), max: swedishToday() });
  const subject = h("input", { name: "subject", required: true, maxlength: "200" });
  const description = h("textarea", { name: "description", required: true, maxlength: "4000", rows: "6" });
  const sender = senderFields(true);
  const alerts = h("div", {});
  const submit = h("button", { type: "submit" }, "Registrera");
  const form = h("form", { class: "stack" },
    field("Enhet som det gäller", unit), field("Typ", kind), field("Kom in via", channel), field("Mottaget", receivedOn),
    field("Rubrik", subject), field("Beskrivning", description, "Högst 4000 tecken. Inga personnummer."),
    ...sender.elements, alerts, submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void withProgress(submit, "Registrerar…", alerts, async () => {
      const answer = await complaints.registerComplaint({
        unitId: unit.value, kind: Number(kind.value), channel: Number(channel.value), receivedOn: receivedOn.value,
        subject: subject.value, description: description.value, anonymous: sender.anonymous(), complainant: sender.complainant(),
      });
      showReceipt(content, answer.complaint!, handles);
    });
  });
  return form;
}

function showReceipt(content: HTMLElement, complaint: Complaint, handles: boolean): void {
  const heading = h("h2", { tabindex: "-1", id: uniqueId("kvitto") }, "Klagomålet är registrerat");
  replace(content,
    h("section", { class: "receipt", "aria-labelledby": heading.id },
      heading,
      h("dl", {}, h("dt", {}, "Ärendenummer"), h("dd", { class: "incident-id" }, complaint.reference)),
      h("p", {}, "Ge avsändaren ärendenumret. Enhetens chef hanterar ärendet."),
      handles ? h("p", {}, h("a", { href: complaintPaths.complaint(complaint.complaintId) }, "Öppna ärendet")) : null));
  heading.focus();
  announce("Klagomålet är registrerat.");
}
