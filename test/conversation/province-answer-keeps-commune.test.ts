/**
 * A story that names the commune but not the province is asked which province; an answer that gives only the province, in whatever
 * words ("bên Đắk Lắk á", "Gia Lai province", "tỉnh Gia Lai, gần Pleiku"), adds the province and keeps the commune the story told
 * (walk C1b D9: the answer's other words replaced the commune). Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, lastLine, realCoreHarness, untilSummary } from "./real-core-harness.ts";

const h = realCoreHarness("province-keeps-commune");
const WHICH_PROVINCE = /thuộc tỉnh, thành phố nào|which province/i;
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);

const VI = "Bé gái 9 tuổi nhà hàng xóm bị ông nội nhốt trong chuồng heo mấy ngày nay, nhà ở xã Ea Tu. Tôi là hàng xóm";
const EN = "The 9 year old girl next door has been locked in the pig pen by her grandfather for days, in Ea Tu commune. I am a neighbour";

describe("a province answer keeps the commune told in the story", () => {
  it.each([
    ["bên Đắk Lắk á", "Đắk Lắk", VI],
    ["Gia Lai province", "Gia Lai", VI],
    ["tỉnh Gia Lai, gần Pleiku", "Gia Lai", VI],
    ["thuoc tinh dak lak nha chi", "Đắk Lắk", VI],
    ["it's in Dak Lak province", "Đắk Lắk", EN],
  ])("«%s» adds %s to the commune", async (said, province, story) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 4 && !WHICH_PROVINCE.test(lastLine(replies.at(-1))); i++) {
      const c = replies.at(-1)?.choices?.map((x) => x.id) ?? [];
      replies = await r.send(c.includes("menu:report") ? { choice: "menu:report" } : { choice: "no" });
    }
    expect(lastLine(replies.at(-1))).toMatch(WHICH_PROVINCE);
    const next = await r.send(said);
    const d = draftOf(r.chatId)!;
    expect(d.commune ?? "").toMatch(/Ea Tu/);
    expect(d.provinceName).toBe(province);
    const summary = all(await untilSummary(r, next));
    expect(summary).toMatch(new RegExp(`Ea Tu[^;]*${province}`));
    expect(all(r.seen.slice(r.seen.indexOf(next[0]!)))).not.toMatch(/Xã hay phường nào|Which commune/);
  });
});
