import { it } from "vitest";
import { triageRules } from "../../src/intake/triage/triage-rules.ts";
import { extractReportFacts } from "../../src/intake/triage/report-facts.ts";
const texts: string[] = JSON.parse(process.env.TEXTS ?? "[]");
it("p", () => { for (const t of texts) { const r = triageRules(t); const f = extractReportFacts(t); console.log(JSON.stringify({ t, risk: r.risk, cat: r.category, flags: r.redFlags, when: f.when, harmer: f.harmer, hq: f.harmerQuote, children: f.children, reporter: f.reporter, sex: f.sex, wq: (f as any).whenQuote, since: (f as any).sinceQuote })); } });
