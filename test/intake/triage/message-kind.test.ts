/**
 * The first message of a chat: a concern about a child goes to reporting, a question about the
 * plans gets an answer. test/fixtures/route-unseen.jsonl was written by the team before the
 * model was trained and is not in its corpus.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { routeMessageKind } from "../../../src/intake/triage/message-kind.ts";

const rows = fs.readFileSync(new URL("../../fixtures/route-unseen.jsonl", import.meta.url), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; route: string });

describe("what a first message is", () => {
  it("never takes a concern for a plan question, even when it is asked as a question or names an agency", () => {
    const wrong = rows.filter((r) => r.route === "concern").filter((r) => !["concern", "unsure"].includes(routeMessageKind(r.text).kind)).map((r) => r.id);
    expect(wrong).toEqual([]);
  });

  it("answers plan questions that name a kind of harm instead of offering a report", () => {
    const wrong = rows.filter((r) => r.route === "question").filter((r) => routeMessageKind(r.text).kind !== "question").map((r) => r.id);
    expect(wrong).toEqual([]);
  });

  it("makes a child in danger a concern whatever the wording", () => {
    expect(routeMessageKind("cứu em với, bố em đang cầm dao đòi giết mẹ con em").kind).toBe("concern");
  });
});
