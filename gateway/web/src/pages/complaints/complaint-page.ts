import { complaints } from "../../api/clients";
import { unitName } from "../../api/unit-names";
import type { AppContext, PageView } from "../../app-context";
import { ComplaintState, type Category, type Complaint } from "../../gen/ledningssystem/complaints/v1/complaints_pb";
import { allPages } from "../../api/all-pages";
import { paths } from "../../router";
import { announce, h, replace } from "../../ui/dom";
import { detailRow, historySection, section } from "../../ui/details";
import { errorAlert } from "../../ui/feedback";
import { formatDateTime } from "../../ui/format";
import { workflowSteps } from "../../ui/workflow";
import { nextStepForm, otherStepForms } from "./complaint-steps";
import { channelLabels, complainantRoleLabels, complaintDeadlineLabels, complaintKindLabels, complaintStateLabels, complaintStepLabel } from "./labels";

const WORKFLOW = [
  ComplaintState.RECEIVED, ComplaintState.ACKNOWLEDGED, ComplaintState.INVESTIGATING, ComplaintState.ANSWERED, ComplaintState.CLOSED,
];

/**
 * One complaint for its handler: the workflow with the current step, what the sender wrote and who they are, the
 * answer, handovers and the linked incident, the form of the next step and the other steps open in this state
 * (forward, raise an incident), and the history. A refusal shows the service's message and nothing of the complaint.
 */
export function complaintPage(context: AppContext, complaintId: string): PageView {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar ärendet…"));
  Promise.all([complaints.getComplaint({ complaintId }), tenantCategories()])
    .then(([answer, categories]) => show(content, answer.complaint!, categories, context))
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return { title: "Klagomål", content };
}

function tenantCategories(): Promise<Category[]> {
  return allPages(async (pageToken) => {
    const page = await complaints.listCategories({ pageSize: 100, pageToken });
    return { items: page.categories, nextPageToken: page.nextPageToken };
  });
}

function show(content: HTMLElement, complaint: Complaint, categories: Category[], context: AppContext, afterStep = false): void {
  const rerender = (updated: Complaint) => show(content, updated, categories, context, true);
  const categoryNames = categories.filter((c) => complaint.categoryIds.includes(c.categoryId)).map((c) => c.name).join(", ");
  const status = h("h2", { tabindex: "-1" }, `Status: ${complaintStateLabels[complaint.state]}`);
  const unit = h("dd", {}, complaint.unitId);
  void unitName(complaint.unitId).then((name) => (unit.textContent = name));
  const sender = complaint.complainant;
  replace(content,
    status,
    complaint.state === ComplaintState.FORWARDED ? null : workflowSteps(WORKFLOW, complaint.state, complaintStateLabels),
    complaint.deadline?.dueAt
      ? h("p", { class: complaint.deadline.overdue ? "deadline overdue" : "deadline" },
        `${complaint.deadline.overdue ? "Försenad" : "Nästa tidsgräns"}: ${complaintDeadlineLabels[complaint.deadline.stage]} senast ${formatDateTime(complaint.deadline.dueAt)}`)
      : null,
    section("arendet", "Ärendet",
      h("dl", {},
        ...detailRow("Ärendenummer", complaint.reference),
        ...detailRow("Typ", complaintKindLabels[complaint.kind]),
        ...detailRow("Kom in via", channelLabels[complaint.channel]),
        ...detailRow("Mottaget", complaint.receivedOn),
        h("dt", {}, "Enhet"), unit,
        ...detailRow("Rubrik", complaint.subject),
        ...detailRow("Beskrivning", complaint.description),
        ...detailRow("Kategorier", categoryNames),
        ...detailRow("Hälso- och sjukvård", complaint.healthCare ? "Ja" : ""),
        ...detailRow("Bekräftat", complaint.acknowledgedOn))),
    section("avsandare", "Avsändare",
      h("dl", {},
        ...detailRow("Avsändare", complaint.anonymous ? "Anonym" : complainantRoleLabels[sender?.role ?? 0]),
        ...detailRow("Namn", sender?.name),
        ...detailRow("E-post", sender?.email),
        ...detailRow("Telefon", sender?.phone),
        ...detailRow("Postadress", sender?.postalAddress),
        ...detailRow("Kontaktuppgifterna gallras", formatDateTime(complaint.contactDetailsKeptUntil)))),
    complaint.answer
      ? section("svaret", "Svaret",
        h("dl", {},
          ...detailRow("Svar", complaint.answer.text),
          ...detailRow("Åtgärder", complaint.answer.actions),
          ...detailRow("Sekretess (syns inte för avsändaren)", complaint.answer.confidentialityNote),
          ...detailRow("Besvarat", `${formatDateTime(complaint.answer.answered?.at)} av ${complaint.answer.answered?.displayName ?? ""}`)))
      : null,
    links(complaint),
    nextStepForm(complaint, rerender),
    ...otherStepForms(complaint, categories, context.user.tenant, rerender),
    historySection(complaint.history, (entry) => complaintStepLabel(entry.step, entry.toState)));
  if (afterStep) {
    status.focus();
    announce(`Sparat. Status: ${complaintStateLabels[complaint.state]}.`);
  }
}

/** Where it was handed over to or came from, and the incident it raised. */
function links(complaint: Complaint): HTMLElement | null {
  const rows = [
    ...detailRow("Överlämnat till", complaint.forwardedTo ? `${complaint.forwardedTo.tenantId} (${complaint.forwardedTo.reference})` : ""),
    ...detailRow("Överlämnat från", complaint.forwardedFrom ? `${complaint.forwardedFrom.tenantId} (${complaint.forwardedFrom.reference})` : ""),
  ];
  if (complaint.linkedIncidentId) {
    rows.push(h("dt", {}, "Avvikelse"), h("dd", {}, h("a", { href: paths.incident(complaint.linkedIncidentId) }, "Visa den kopplade avvikelsen")));
  }
  return rows.length > 0 ? section("kopplingar", "Kopplingar", h("dl", {}, ...rows)) : null;
}
