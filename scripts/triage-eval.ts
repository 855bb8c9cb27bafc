/**
 * Measures the shipped triage (the model, the safety rules, exactly as `npm run triage` runs)
 * on the held-out part of the corpus (content/triage/corpus/heldout: written before any tuning
 * by a writer whose messages were never trained on) and on the older labelled sets in
 * test/fixtures, which were not trained on either:
 *
 *   npm run triage:eval            # figures, per-category precision and recall, confusion matrices
 *   npm run triage:eval -- --errors  # also every disagreement
 */
import fs from "node:fs";
import { routeMessageKind } from "../src/intake/triage/message-kind.ts";
import { triageReport } from "../src/intake/triage/triage-model.ts";
import { TRIAGE_CATEGORIES, TRIAGE_RISKS, riskRank } from "../src/intake/triage/triage-types.ts";
import { confusionReport, pct, readCorpus, type CorpusRow } from "./triage-training.ts";

const OLDER_SETS = ["test/fixtures/triage-wider.jsonl", "test/fixtures/triage-holdout-a.jsonl", "test/fixtures/triage-holdout-b.jsonl"];

function readJsonl(file: string): CorpusRow[] {
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => ({ ...(JSON.parse(l) as CorpusRow), writer: file }));
}

function measure(title: string, rows: readonly CorpusRow[], errors: boolean): void {
  const reports = rows.filter((r) => r.risk && r.category);
  if (reports.length === 0) return;
  const started = process.hrtime.bigint();
  const got = reports.map((r) => triageReport(r.text));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const risk = reports.map((r, i) => ({ gold: r.risk!, got: got[i]!.risk }));
  const category = reports.map((r, i) => ({ gold: r.category!, got: got[i]!.category }));
  const both = reports.filter((r, i) => r.risk === got[i]!.risk && r.category === got[i]!.category).length;
  const low = risk.filter((r) => riskRank(r.got) < riskRank(r.gold as never)).length;
  const wrongEm = risk.filter((r) => r.got === "emergency" && r.gold !== "emergency").length;
  const em = risk.filter((r) => r.gold === "emergency");
  console.log(`\n== ${title}: ${reports.length} reports (${(ms / reports.length).toFixed(2)} ms each)`);
  console.log(`emergencies caught ${em.filter((r) => r.got === "emergency").length}/${em.length} (${pct(em.filter((r) => r.got === "emergency").length, em.length)}); rated too low ${low} (${pct(low, reports.length)}); wrongly emergency ${wrongEm} (${pct(wrongEm, reports.length)}); risk and category both right ${both} (${pct(both, reports.length)})`);
  for (const line of confusionReport("risk", TRIAGE_RISKS, risk)) console.log(line);
  for (const line of confusionReport("category", TRIAGE_CATEGORIES, category)) console.log(line);
  if (!errors) return;
  reports.forEach((r, i) => {
    const g = got[i]!;
    if (g.risk !== r.risk || g.category !== r.category) console.log(`  ${r.id}: gold ${r.risk}/${r.category}, got ${g.risk}/${g.category}: ${r.text.slice(0, 160)}`);
  });
}

function measureRoutes(title: string, rows: readonly CorpusRow[], errors: boolean): void {
  const routed = rows.filter((r) => r.route);
  if (routed.length === 0) return;
  const pairs = routed.map((r) => ({ gold: r.route!, got: routeMessageKind(r.text).kind }));
  console.log(`\n== ${title}: ${routed.length} first messages`);
  for (const line of confusionReport("route", ["concern", "question", "chatter", "unsure"], pairs)) console.log(line);
  if (errors) routed.forEach((r, i) => { if (pairs[i]!.got !== r.route) console.log(`  ${r.id}: gold ${r.route}, got ${pairs[i]!.got}: ${r.text.slice(0, 140)}`); });
}

const errors = process.argv.includes("--errors");
const heldout = readCorpus("heldout");
measure("held-out part of the corpus (never trained or tuned on)", heldout, errors);
for (const writer of [...new Set(heldout.map((r) => r.writer))].sort()) measure(`held-out ${writer}`, heldout.filter((r) => r.writer === writer), false);
measureRoutes("held-out routing", heldout, errors);
for (const file of OLDER_SETS) if (fs.existsSync(file)) measure(`older set ${file} (not trained on)`, readJsonl(file), errors);
