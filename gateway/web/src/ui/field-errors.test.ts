import { BinaryWriter } from "@bufbuild/protobuf/wire";
import { Code, ConnectError } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { fieldViolations, placeViolations } from "./field-errors";

function badRequest(...violations: [string, string][]): Uint8Array {
  const writer = new BinaryWriter();
  for (const [field, description] of violations) {
    writer.tag(1, 2).fork().tag(1, 2).string(field).tag(2, 2).string(description).join();
  }
  return writer.finish();
}

describe("field violations", () => {
  it("reads every violation of a google.rpc.BadRequest detail", () => {
    const error = new ConnectError("Begäran innehåller ogiltiga uppgifter.", Code.InvalidArgument, undefined, undefined);
    error.details.push({ type: "google.rpc.BadRequest", value: badRequest(["activity.months", "Välj minst en månad."], ["year", "Ange ett år mellan 2000 och 2100."]) });
    expect(fieldViolations(error)).toEqual([
      { field: "activity.months", description: "Välj minst en månad." },
      { field: "year", description: "Ange ett år mellan 2000 och 2100." },
    ]);
  });

  it("finds none in a refusal without field details", () => {
    const error = new ConnectError("Du saknar behörighet för detta.", Code.PermissionDenied);
    error.details.push({ type: "google.rpc.ErrorInfo", value: new Uint8Array([10, 1, 65]) });
    expect(fieldViolations(error)).toEqual([]);
    expect(fieldViolations(new Error("nätverk"))).toEqual([]);
  });

  it("places a violation at the field whose path it names or ends with", () => {
    const { placed, unplaced } = placeViolations([
      { field: "activity.months", description: "Välj minst en månad." },
      { field: "activity.name", description: "Ange namnet." },
      { field: "activity.name", description: "Högst 200 tecken." },
      { field: "year", description: "Ange ett år." },
      { field: "tenant_ids", description: "Högst 50 huvudmän." },
    ], ["name", "months", "year", "unit_id"]);
    expect([...placed]).toEqual([["months", ["Välj minst en månad."]], ["name", ["Ange namnet.", "Högst 200 tecken."]], ["year", ["Ange ett år."]]]);
    expect(unplaced).toEqual([{ field: "tenant_ids", description: "Högst 50 huvudmän." }]);
  });

  it("places an element of a list at the list's field unless the element has its own", () => {
    const { placed } = placeViolations([
      { field: "probability_labels[2]", description: "Skriv en benämning." },
      { field: "questions[1].text", description: "Skriv frågan." },
    ], ["probability_labels", "questions[1].text", "questions[0].text"]);
    expect([...placed]).toEqual([["probability_labels", ["Skriv en benämning."]], ["questions[1].text", ["Skriv frågan."]]]);
  });

  it("does not place a violation at a field that only shares the end of its name", () => {
    const { placed, unplaced } = placeViolations([{ field: "responsible_role_name", description: "Ange rollen." }], ["name"]);
    expect(placed.size).toBe(0);
    expect(unplaced).toHaveLength(1);
  });
});
