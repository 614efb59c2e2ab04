import type { Client } from "@connectrpc/connect";
import { allPages } from "../../api/all-pages";
import type { Provider, PublicComplaintService } from "../../gen/ledningssystem/complaints/v1/complaints_pb";
import { h, replace } from "../../ui/dom";
import { errorAlert } from "../../ui/feedback";

/** The public directory: anonymously on the public form, with the user's token for staff. */
export type ProviderDirectory = Client<typeof PublicComplaintService>;

/** The providers that take complaints, from the public directory (names only). */
export function listAllProviders(directory: ProviderDirectory): Promise<Provider[]> {
  return allPages(async (pageToken) => {
    const page = await directory.listProviders({ pageSize: 100, pageToken });
    return { items: page.providers, nextPageToken: page.nextPageToken };
  });
}

/**
 * A pair of selects, provider and unit: choosing a provider fetches its open units from the public directory; the
 * unit select stays disabled until they are there. Errors show in the given alert area.
 */
export function providerAndUnitSelects(directory: ProviderDirectory, providers: Provider[], alerts: HTMLElement):
  { provider: HTMLSelectElement; unit: HTMLSelectElement } {
  const provider = h("select", { name: "provider", required: true }, h("option", { value: "" }, "Välj…"),
    ...providers.map((p) => h("option", { value: p.tenantId }, p.name)));
  const unit = h("select", { name: "unit", required: true, disabled: true }, h("option", { value: "" }, "Välj först verksamhet"));
  provider.addEventListener("change", () => {
    void loadUnits(directory, provider.value, unit, alerts);
  });
  return { provider, unit };
}

async function loadUnits(directory: ProviderDirectory, tenantId: string, unit: HTMLSelectElement, alerts: HTMLElement): Promise<void> {
  unit.disabled = true;
  replace(unit, h("option", { value: "" }, tenantId ? "Hämtar enheter…" : "Välj först verksamhet"));
  replace(alerts);
  if (!tenantId) {
    return;
  }
  try {
    const units = await allPages(async (pageToken) => {
      const page = await directory.listProviderUnits({ tenantId, pageSize: 200, pageToken });
      return { items: page.units, nextPageToken: page.nextPageToken };
    });
    replace(unit, h("option", { value: "" }, "Välj…"), ...units.map((u) => h("option", { value: u.unitId }, u.name)));
    unit.disabled = false;
  } catch (error) {
    replace(alerts, errorAlert(error));
  }
}
