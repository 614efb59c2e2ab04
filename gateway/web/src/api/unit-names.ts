import type { Unit } from "../gen/ledningssystem/organizations/v1/units_pb";
import { units } from "./clients";

let readable: Promise<Unit[]> | undefined;

/**
 * The open units the user may read (her own, or a manager's subtree), in the service's order, fetched once per
 * visit: the report form's choices and the names shown instead of unit ids. At most 500 (the service's page limit).
 */
export function readableUnits(): Promise<Unit[]> {
  readable ??= units.listUnits({ pageSize: 500 }).then((page) => page.units).catch((error: unknown) => {
    readable = undefined;
    throw error;
  });
  return readable;
}

/** The unit's name, or its id when the user may not read it. */
export async function unitName(unitId: string): Promise<string> {
  const known = await readableUnits().catch(() => []);
  return known.find((unit) => unit.unitId === unitId)?.name ?? unitId;
}
