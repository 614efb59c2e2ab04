import { contracts, documentSharing } from "../../api/clients";
import { ContractParty } from "../../gen/ledningssystem/organizations/v1/contracts_pb";
import { actionForm } from "../../ui/action-form";
import { h, replace, uniqueId } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";
import type { Reload } from "./version-actions";
import { diffView } from "./version-diff";

/**
 * "Dela": to the providers the user's organisation has contracts with, or to every huvudman in the region. Only the
 * published text is shared; each sharing replaces the earlier one.
 */
export function shareForm(documentId: string, tenantId: string, reload: Reload): HTMLElement {
  const toAll = h("input", { type: "checkbox", name: "toAll", id: uniqueId("alla") });
  const providers = h("div", { class: "stack" }, h("p", { class: "loading" }, "Hämtar avtalade utförare…"));
  const boxes: HTMLInputElement[] = [];
  contracts.listContracts({ tenantId, party: ContractParty.PURCHASER, pageSize: 500 })
    .then((page) => {
      const running = page.contracts.filter((contract) => !contract.ended);
      replace(providers, ...running.map((contract) => {
        const box = h("input", { type: "checkbox", name: "tenant", value: contract.providerTenantId, id: uniqueId("utforare") });
        boxes.push(box);
        return h("div", { class: "checkbox" }, box, h("label", { for: box.id }, `${contract.providerTenantId} (${contract.title})`));
      }), running.length === 0 ? h("p", {}, "Er organisation har inga avtal med utförare.") : null);
    })
    .catch((error: unknown) => replace(providers, errorAlert(error)));
  return actionForm({
    legend: "Dela till andra huvudmän",
    hint: "De ser den gällande versionen och kan anta den som sin egen, med egna tillägg.",
    fields: [h("fieldset", {}, h("legend", {}, "Utförare ni har avtal med"), providers),
      h("div", { class: "checkbox" }, toAll, h("label", { for: toAll.id }, "Alla huvudmän i regionen"))],
    submitLabel: "Dela", busyLabel: "Delar…",
    action: async () => {
      const shared = await documentSharing.shareDocument({
        documentId, toAllTenants: toAll.checked, tenantIds: boxes.filter((box) => box.checked).map((box) => box.value),
      });
      reload(shared.toAllTenants ? "Dokumentet är delat till alla huvudmän." : `Dokumentet är delat till ${shared.tenantIds.join(", ")}.`);
    },
  });
}

/**
 * For an adopted document: what changed upstream since the version the copy carries, and taking it in (a new draft
 * with the upstream's text and the local additions).
 */
export function upstreamSection(documentId: string, upstreamTenantId: string, canWrite: boolean, reload: Reload): HTMLElement {
  const content = h("div", {}, h("p", { class: "loading" }, "Hämtar ändringar hos ursprunget…"));
  documentSharing.getUpstreamChanges({ documentId })
    .then((changes) => {
      const behind = changes.publishedUpstreamVersionNumber > changes.currentUpstreamVersionNumber;
      replace(content,
        h("p", {}, behind
          ? `${upstreamTenantId} har publicerat version ${changes.publishedUpstreamVersionNumber}; er kopia bygger på version ${changes.currentUpstreamVersionNumber}.`
          : `Er kopia bygger på ${upstreamTenantId}s gällande version ${changes.currentUpstreamVersionNumber}.`),
        behind ? diffView(changes.lines) : null,
        behind && canWrite
          ? actionForm({
            submitLabel: "Ta in den nya versionen", busyLabel: "Tar in…",
            action: async () => {
              const accepted = await documentSharing.acceptUpstreamVersion({ documentId });
              reload(`Ursprungets nya text finns i utkastet version ${accepted.version?.versionNumber ?? ""}.`);
            },
          })
          : null);
    })
    .catch((error: unknown) => replace(content, errorAlert(error)));
  return content;
}
