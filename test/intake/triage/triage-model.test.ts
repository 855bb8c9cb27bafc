/**
 * The shipped triage (trained model + safety rules) on reports that are not in its training
 * corpus: test/fixtures/triage-unseen.jsonl was written by the team from the DESIGN contract
 * before the model was trained, and the older labelled sets (triage-wider, -holdout-a, -b)
 * were never trained on. The corpus check below makes sure of that.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { shippedModel } from "../../../src/intake/triage/linear-model.ts";
import { foldKey } from "../../../src/core/vietnamese-text.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { riskRank } from "../../../src/intake/triage/triage-types.ts";

interface Gold { id: string; text: string; risk: string; category: string }

const read = (path: string): Gold[] => fs.readFileSync(new URL(path, import.meta.url), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
const corpusDir = new URL("../../../content/triage/corpus/", import.meta.url);
const corpusFiles = (sub: string) => {
  const dir = new URL(`${sub}/`, corpusDir);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => new URL(f, dir)) : [];
};
const trainingTexts = new Set(["train", "route"].flatMap(corpusFiles).flatMap((u) => fs.readFileSync(u, "utf8").split("\n").filter((l) => l.trim()).map((l) => foldKey((JSON.parse(l) as Gold).text))));

const unseen = read("../../fixtures/triage-unseen.jsonl");
const older = ["triage-wider", "triage-holdout-a", "triage-holdout-b"].flatMap((f) => read(`../../fixtures/${f}.jsonl`));

describe("the triage model", () => {
  it("ships with the repository, trained on the corpus as it is now (retrain with npm run triage:train)", () => {
    const model = shippedModel();
    expect(model).not.toBeNull();
    type Row = { id: string; text: string; risk?: string; category?: string; route?: string };
    const rows = ["train", "route"].flatMap(corpusFiles).flatMap((u) => fs.readFileSync(u, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row));
    const digest = crypto.createHash("sha256").update(rows.map((r) => `${r.id}\t${r.text}\t${r.risk}\t${r.category}\t${r.route}`).join("\n")).digest("hex");
    expect(model!.info.corpus).toBe(digest);
  });

  it("is tested on sentences that are not in its training corpus", () => {
    // A greeting ("Xin chào") is in every set; a report is not.
    const leaked = [...unseen, ...older].filter((g) => g.text.split(" ").length > 3 && trainingTexts.has(foldKey(g.text))).map((g) => g.id);
    expect(leaked).toEqual([]);
  });

  it("catches every emergency of the unseen reports", () => {
    const missed = unseen.filter((g) => g.risk === "emergency" && triageReport(g.text).risk !== "emergency").map((g) => g.id);
    expect(missed).toEqual([]);
  });

  it("agrees on risk and on category for most unseen reports, and rates at most one too low", () => {
    const got = unseen.map((g) => ({ g, r: triageReport(g.text) }));
    expect(got.filter(({ g, r }) => r.risk === g.risk).length / unseen.length).toBeGreaterThanOrEqual(0.75);
    expect(got.filter(({ g, r }) => r.category === g.category).length / unseen.length).toBeGreaterThanOrEqual(0.75);
    expect(got.filter(({ g, r }) => riskRank(r.risk) < riskRank(g.risk as never)).map(({ g }) => g.id).length).toBeLessThanOrEqual(1);
  });

  it("keeps a suspicion of sexual abuse high, never lowered for being uncertain", () => {
    const r = triageReport("Tôi nghi ông ấy có hành vi không đúng mực với bé, lần nào bé sang nhà ông về cũng im lặng, không chịu nói");
    expect(riskRank(r.risk)).toBeGreaterThanOrEqual(riskRank("high"));
    expect(r.category).toBe("sexual_abuse");
  });

  it("does not make a beating yesterday, by a parent the child lives with, an emergency or 'violence in progress'", () => {
    const r = triageReport("Hôm qua tôi thấy ông Tư hàng xóm đánh thằng con bằng roi mây, thằng bé lằn hết lưng, nó vẫn sống với ông ấy");
    expect(r.risk).toBe("high");
    expect(r.redFlags).not.toContain("violence_in_progress");
  });

  it("lets the reporter's 'yes, a child is in danger now' raise any report to emergency", () => {
    const r = triageReport("Mẹ kế hay chửi con bé là đồ ăn hại", { dangerNow: true });
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("reporter_says_danger_now");
  });

  it("holds emergency recall on the older labelled sets it never trained on", () => {
    const emergencies = older.filter((g) => g.risk === "emergency");
    const caught = emergencies.filter((g) => triageReport(g.text).risk === "emergency").length;
    expect(caught / emergencies.length).toBeGreaterThanOrEqual(0.9);
  });
});
