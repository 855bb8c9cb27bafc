import { it } from "vitest";
import { realCoreHarness, answerTo, hasChoice } from "./real-core-harness.ts";
const h = realCoreHarness("probe");
const scripts: Array<Array<string | { choice: string }>> = JSON.parse(process.env.PROBE ?? "[]");
it("probe", async () => {
  for (const s of scripts) {
    const r = h.reporter();
    const out: string[] = ["====="];
    let last: any[] = [];
    const say = async (m: string | { choice: string }) => {
      last = await r.send(m);
      out.push(">> " + JSON.stringify(m));
      for (const x of last) out.push("  << " + x.text.replace(/\n/g, "\n     ") + (x.choices ? " [" + x.choices.map((c: any) => c.id).join(",") + "]" : ""));
    };
    for (const m of s) {
      if (m === "@walk") { for (let i = 0; i < 12 && !hasChoice(last.at(-1), "submit"); i++) { if (hasChoice(last.at(-1), "menu:report")) { await say({ choice: "menu:report" }); continue; } await say(answerTo(last.at(-1))); } continue; }
      await say(m);
    }
    const d: any = h.draftOf(r.chatId);
    if (d) out.push("DRAFT " + JSON.stringify({ danger: d.dangerNow, rel: d.reporterRelation, relT: d.reporterRelationText, age: d.childAgeText, sex: d.childSex, children: d.children, harmer: d.harmer, harmerText: d.harmerText, harmerSex: d.harmerSex, when: d.when, notes: d.extraNotes, status: d.status }));
    const c: any = h.stored(r.chatId);
    if (c) out.push("STORED " + JSON.stringify({ risk: c.risk, notes: c.draft?.extraNotes }));
    console.log(out.join("\n"));
  }
}, 300000);
