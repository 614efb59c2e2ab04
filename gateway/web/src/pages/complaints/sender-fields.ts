import { ComplainantRole } from "../../gen/ledningssystem/complaints/v1/complaints_pb";
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { ComplainantSchema } from "../../gen/ledningssystem/complaints/v1/complaints_pb";
import { h, uniqueId } from "../../ui/dom";
import { field, select } from "../../ui/fields";
import { complainantRoleLabels } from "./labels";

const SENDER_ROLES = [
  ComplainantRole.SERVICE_USER, ComplainantRole.RELATIVE, ComplainantRole.REPRESENTATIVE, ComplainantRole.PUBLIC,
  ComplainantRole.EMPLOYEE, ComplainantRole.AUTHORITY, ComplainantRole.OTHER_ORGANISATION,
];

export interface SenderFields {
  elements: HTMLElement[];
  anonymous: () => boolean;
  /** The sender as the contract takes it: only the role ANONYMOUS when anonymous. */
  complainant: () => MessageInitShape<typeof ComplainantSchema>;
}

/**
 * Who sends the complaint: "anonymous" (the contact fields then go away and nothing of them is sent), or the sender's
 * role and optional name, e-mail, phone and postal address. Worded for the sender herself or for staff writing down
 * what came by phone or letter.
 */
export function senderFields(forStaff: boolean): SenderFields {
  const anonymous = h("input", { type: "checkbox", name: "anonymous", id: uniqueId("anonym") });
  const role = select("role", forStaff ? SENDER_ROLES : SENDER_ROLES.filter((r) => r !== ComplainantRole.EMPLOYEE), complainantRoleLabels);
  const name = h("input", { name: "name", maxlength: "200", autocomplete: forStaff ? "off" : "name" });
  const email = h("input", { type: "email", name: "email", maxlength: "254", autocomplete: forStaff ? "off" : "email" });
  const phone = h("input", { type: "tel", name: "phone", maxlength: "40", autocomplete: forStaff ? "off" : "tel" });
  const postalAddress = h("textarea", { name: "postalAddress", maxlength: "500", rows: "3", autocomplete: forStaff ? "off" : "street-address" });
  const contact = h("fieldset", {}, h("legend", {}, forStaff ? "Avsändaren" : "Om dig"),
    field(forStaff ? "Avsändaren är" : "Jag är", role),
    field("Namn (frivilligt)", name),
    field("E-post (frivilligt)", email, forStaff ? undefined : "Om du vill ha svar per e-post."),
    field("Telefon (frivilligt)", phone),
    field("Postadress (frivilligt)", postalAddress));
  anonymous.addEventListener("change", () => {
    contact.hidden = anonymous.checked;
    role.required = !anonymous.checked;
  });
  const anonymousHint = forStaff
    ? "Inga kontaktuppgifter sparas."
    : "Då sparas inga kontaktuppgifter och vi kan inte kontakta dig. Du kan ändå följa ärendet med koden du får.";
  return {
    elements: [
      h("div", { class: "checkbox" }, anonymous, h("label", { for: anonymous.id }, forStaff ? "Avsändaren är anonym" : "Jag vill vara anonym"),
        h("p", { class: "hint" }, anonymousHint)),
      contact,
    ],
    anonymous: () => anonymous.checked,
    complainant: () => (anonymous.checked
      ? { role: ComplainantRole.ANONYMOUS }
      : { role: Number(role.value), name: name.value, email: email.value, phone: phone.value, postalAddress: postalAddress.value }),
  };
}

