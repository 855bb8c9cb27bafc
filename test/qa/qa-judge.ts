/**
 * The judge of ../shared/eval/score_qa.mjs restated for tests, so the wider question set
 * in test/fixtures is scored exactly as the dev set is.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Answer } from "../../src/qa/answer-types.ts";

export interface GoldLine {
  id: string;
  q: string;
  type: "lead" | "all_agencies" | "fact" | "none" | "not_cited" | "no_number";
  /** For all_agencies, an entry may be a list of alternative names of one agency (any one of them will do). */
  expect?: Array<string | string[]>;
  expect_re?: string[];
  expect_all?: string[];
  doc?: string[];
}

export const norm = (s: unknown): string =>
  String(s ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\s+/g, " ").trim();

const docKey = (d: string) => norm(d).replace(/^(\d+\/[a-z]+).*$/, "$1");
const cites = (a: Answer, docs: string[]) => a.citations.some((c) => docs.some((d) => norm(c.document).includes(docKey(d))));
const isLead = (a: { role: string }) => ["lead", "responsible"].includes(a.role);

/** [passed, why] exactly as score_qa.mjs decides. */
export function judge(g: GoldLine, a: Answer): [boolean, string] {
  const text = norm(a.answer);
  const docs = g.doc ?? [];
  switch (g.type) {
    case "lead": {
      const first = a.agencies.find(isLead);
      if (!first) return [false, "no lead/responsible agency"];
      if (!(g.expect ?? []).flat().some((e) => norm(first.name).includes(norm(e)))) return [false, `first lead is ${first.name}`];
      return cites(a, docs) ? [true, ""] : [false, `missing citation ${docs.join(",")}`];
    }
    case "all_agencies": {
      const miss = (g.expect ?? []).filter((e) => ![e].flat().some((alt) => a.agencies.some((x) => norm(x.name).includes(norm(alt)))));
      if (miss.length) return [false, `missing agencies ${miss.map((e) => [e].flat()[0]).join(", ")}`];
      return cites(a, docs) ? [true, ""] : [false, "missing citation"];
    }
    case "fact": {
      const okRe = g.expect_re ? g.expect_re.some((r) => new RegExp(r).test(text)) : true;
      const okAll = g.expect_all ? g.expect_all.every((s) => text.includes(norm(s))) : true;
      if (!(okRe && okAll)) return [false, "fact not in answer"];
      return cites(a, docs) ? [true, ""] : [false, "missing citation"];
    }
    case "none": return a.found === false ? [true, ""] : [false, "claimed an answer"];
    case "not_cited": return a.found === false || !cites(a, docs) ? [true, ""] : [false, "cited a plan that says nothing of it"];
    case "no_number": return /\d[\d.,]*\s*(ty|trieu)\b/.test(text) ? [false, "invented an amount"] : [true, ""];
  }
  return [false, "unknown type"];
}

export function readGold(path: string): GoldLine[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldLine);
}
