/**
 * How well the fact extractor (src/intake/triage/report-facts.ts) reads stories whose facts a
 * person wrote down (content/triage/corpus/facts: dev-*.jsonl may be looked at while improving
 * the extractor, heldout-*.jsonl is only measured). Prints per field: right, wrong, missed.
 *
 *   npx tsx scripts/facts-eval.ts [dev|heldout|dev-G|heldout-F...] [--errors FIELD]
 *
 * "dev" reads every dev-*.jsonl (one per writer), "heldout" every heldout-*.jsonl; a longer
 * prefix ("dev-G") reads one writer's half.
 */
import fs from "node:fs";
import { extractReportFacts, type ReportFacts } from "../src/intake/triage/report-facts.ts";
import { foldKey } from "../src/core/vietnamese-text.ts";

type Gold = Record<string, unknown> & { age: { min: number; max: number } | null };
const part = process.argv[2] ?? "heldout";
const errorsOf = process.argv.includes("--errors") ? process.argv[process.argv.indexOf("--errors") + 1] : null;
const dir = "content/triage/corpus/facts";
const rows = fs.readdirSync(dir).filter((f) => f.startsWith(part)).flatMap((f) => fs.readFileSync(`${dir}/${f}`, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; facts: Gold }));

/** Each field as the extractor and the gold sheet can both say it. */
const FIELDS: Record<string, (f: ReportFacts) => unknown> = {
  children: (f) => f.children,
  age: (f) => f.age && `${f.age.min}`,
  sex: (f) => f.sex,
  harmer: (f) => f.harmer,
  reporter: (f) => f.reporter,
  when: (f) => f.when,
  suspected: (f) => f.suspected,
  // The gold sheet quotes the injury, the extractor grades it: compared on whether an injury is told.
  injury: (f) => f.injury !== null,
  alone: (f) => f.alone,
  withHarmerNow: (f) => f.withHarmerNow,
  commune: (f) => f.commune && foldKey(f.commune),
  phone: (f) => f.phone && f.phone.replace(/\D/g, ""),
};
const GOLD: Record<string, (g: Gold) => unknown> = {
  children: (g) => g.children,
  age: (g) => g.age && `${g.age.min}`,
  commune: (g) => g.commune && foldKey(String(g.commune)),
  phone: (g) => g.phone && String(g.phone).replace(/\D/g, ""),
  alone: (g) => g.alone ?? false,
  withHarmerNow: (g) => g.withHarmerNow ?? false,
  suspected: (g) => g.suspected ?? false,
  injury: (g) => g.injury !== null && g.injury !== undefined && g.injury !== false,
};
console.log(`facts on ${rows.length} stories (${part})`);
for (const [field, read] of Object.entries(FIELDS)) {
  let right = 0, wrong = 0, missed = 0, invented = 0, stated = 0;
  for (const r of rows) {
    const got = read(extractReportFacts(r.text)) ?? null;
    const want = (GOLD[field] ?? ((g: Gold) => g[field]))(r.facts) ?? null;
    if (want !== null && want !== false) stated++;
    if (got === want || (got === false && want === null)) right++;
    else if (got === null || got === false) missed++;
    else if (want === null || want === false) invented++;
    else wrong++;
    if (errorsOf === field && got !== want && !(got === false && want === null)) console.log(`  ${r.id}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}: ${r.text.slice(0, 140)}`);
  }
  console.log(`${field.padEnd(14)} right ${right}/${rows.length} (${((100 * right) / rows.length).toFixed(0)}%)  stated ${stated}  missed ${missed}  wrong ${wrong}  invented ${invented}`);
}
