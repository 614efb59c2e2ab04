import { describe, expect, it } from "vitest";
import { oneSubmission } from "./submission";

describe("a public form's submission", () => {
  it("sends the same request id again after a failed attempt and a new one after an answer", async () => {
    const sent: string[] = [];
    let ids = 0;
    let answered = false;
    const submit = oneSubmission(async (requestId) => {
      sent.push(requestId);
      if (!answered) {
        answered = true;
        throw new Error("Svaret kom aldrig fram.");
      }
      return "KL-7Q4M-X2PD";
    }, () => `id-${++ids}`);

    await expect(submit()).rejects.toThrow("Svaret kom aldrig fram.");
    await expect(submit()).resolves.toBe("KL-7Q4M-X2PD");
    await submit();

    expect(sent).toEqual(["id-1", "id-1", "id-2"]);
  });

  it("draws a UUID by default", async () => {
    const sent: string[] = [];
    await oneSubmission(async (requestId) => sent.push(requestId))();

    expect(sent[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
