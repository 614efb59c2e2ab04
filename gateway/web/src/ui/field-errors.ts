import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";
import { ConnectError } from "@connectrpc/connect";

/** One refused field as the services send it (google.rpc.BadRequest): its proto path and a Swedish description. */
export interface FieldViolation {
  field: string;
  description: string;
}

const BAD_REQUEST = "google.rpc.BadRequest";

/**
 * The field violations of a refusal, read from its google.rpc.BadRequest detail. The web app generates no google.rpc
 * types, so the two-field message is read straight from the wire: field_violations = 1 { field = 1; description = 2 }.
 */
export function fieldViolations(error: unknown): FieldViolation[] {
  const details = error instanceof ConnectError ? error.details : [];
  return details.flatMap((detail) => ("type" in detail && detail.type === BAD_REQUEST ? readBadRequest(detail.value) : []));
}

function readBadRequest(bytes: Uint8Array): FieldViolation[] {
  const reader = new BinaryReader(bytes);
  const violations: FieldViolation[] = [];
  while (reader.pos < reader.len) {
    const [number, wireType] = reader.tag();
    if (number === 1 && wireType === WireType.LengthDelimited) {
      violations.push(readViolation(reader.bytes()));
    } else {
      reader.skip(wireType);
    }
  }
  return violations;
}

function readViolation(bytes: Uint8Array): FieldViolation {
  const reader = new BinaryReader(bytes);
  const violation = { field: "", description: "" };
  while (reader.pos < reader.len) {
    const [number, wireType] = reader.tag();
    if (number === 1 && wireType === WireType.LengthDelimited) {
      violation.field = reader.string();
    } else if (number === 2 && wireType === WireType.LengthDelimited) {
      violation.description = reader.string();
    } else {
      reader.skip(wireType);
    }
  }
  return violation;
}

/**
 * Which form field each violation belongs to. A field's path is its proto field ("start_month"); a violation names
 * the path in the request ("activity.start_month", "questions[2].text"), so it belongs to the field whose path is the
 * whole of it or its end after a dot. The rest have no field on the form and show only in the summary.
 */
export function placeViolations(violations: FieldViolation[], paths: string[]): { placed: Map<string, string[]>; unplaced: FieldViolation[] } {
  const placed = new Map<string, string[]>();
  const unplaced: FieldViolation[] = [];
  for (const violation of violations) {
    const path = pathOf(violation.field, paths) ?? pathOf(violation.field.replace(/\[\d+\]$/, ""), paths);
    if (path === undefined) {
      unplaced.push(violation);
    } else {
      placed.set(path, [...(placed.get(path) ?? []), violation.description]);
    }
  }
  return { placed, unplaced };
}

function pathOf(field: string, paths: string[]): string | undefined {
  return paths.find((candidate) => field === candidate || field.endsWith(`.${candidate}`));
}

/** A control's proto path: its data-field, else its name in snake case ("receivedOn" → "received_on"). */
export function controlPath(control: Element): string {
  const explicit = control.getAttribute("data-field");
  if (explicit) {
    return explicit;
  }
  return (control.getAttribute("name") ?? "").replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
