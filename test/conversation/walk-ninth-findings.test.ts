/**
 * Findings of the ninth round of walks (4 December, the build after the eighth round's fixes),
 * replayed with sentences written for this test: a person said not to do the harm, or who brought
 * the child for care, is not who harms; "có chớ, ..." and "chuẩn rồi, gửi lẹ giùm" are understood;
 * a question at the summary is answered and changes nothing; the reporter's own words ("tự hại bản
 * thân", "đúng rồi") are not read as harms.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, realCoreHarness, untilSummary } from "./real-core-harness.ts";
import { extractReportFacts } from "../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../src/intake/triage/triage-model.ts";

const { reporter, stored } = realCoreHarness("w9");

describe("who harms", () => {
  it.each([
    ["bà ngoại không đánh, người đánh nó là ông cậu", "grandparent"],
    ["bà mẹ chưa từng đánh con bé, chỉ có ông bố", "mother"],
    ["the grandmother never hit her, it was the uncle", "grandparent"],
  ])("a person said not to do it is not who harms: %s", (text, not) => {
    expect(extractReportFacts(text).harmer).not.toBe(not);
  });

  it.each([
    ["Sáng nay con bé 12 tuổi được mẹ chở tới trạm y tế, nó kể bị ông dượng sờ soạng nhiều lần", "stepfather"],
    ["thằng bé được bà nội dẫn đi khám, người đánh nó là bố", "father"],
  ])("the one who brought the child for care helps, and is not who harms: %s", (text, harmer) => {
    expect(extractReportFacts(text).harmer).toBe(harmer);
  });
});

describe("answers in one's own words", () => {
  const STORY = "Con bé nhà bên 7 tuổi bị mẹ kế đánh bằng cây chổi, tuần này hai lần, ở phường Vĩnh Hải, Khánh Hòa.";

  it("'có chớ, ...' to the danger question is yes", async () => {
    const r = reporter();
    await r.send(STORY);
    await r.send({ choice: "menu:report" });
    const replies = await r.send("có chớ, bả đang đánh nó ngoài sân kìa");
    expect(all(replies)).not.toMatch(/chưa chắc đó là câu trả lời/);
    const summary = await untilSummary(r, replies);
    expect(summary.at(-1)?.text).toMatch(/nguy hiểm ngay lúc này: có/);
  });

  it("'chuẩn rồi, gửi lẹ giùm' at the summary sends", async () => {
    const r = reporter();
    await r.send(STORY);
    await untilSummary(r, await r.send({ choice: "menu:report" }));
    const replies = await r.send("chuẩn rồi, gửi lẹ giùm");
    expect(all(replies)).toMatch(/Mã báo tin/);
    expect(stored(r.chatId)).toBeDefined();
  });

  it("a question at the summary is answered and does not move the case", async () => {
    const r = reporter();
    await r.send(STORY);
    const summary = await untilSummary(r, await r.send({ choice: "menu:report" }));
    expect(summary.at(-1)?.text).toMatch(/Khánh Hòa/);
    const replies = await r.send("Tôi đang ở Hà Nội thì ai sẽ gọi cho tôi?");
    expect(all(replies)).not.toMatch(/Đã sửa/);
    expect(hasChoice(replies.at(-1), "submit") || /Gửi/.test(all(replies))).toBe(true);
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)!.draft.provinceName).toMatch(/Khánh Hòa/);
  });
});

describe("the reporter's own words are not harms", () => {
  it.each([
    ["con be 14t hay tu hai ban than, bo me no di lam xa", "sexual_exploitation"],
    ["Bé 9 tuổi bị bố đánh. Đúng rồi, chuyện xảy ra tối qua", "violence_severe"],
  ])("%s", (text, flag) => {
    expect(triageReport(text).redFlags).not.toContain(flag);
  });
});

describe("a child's story told in several short messages", () => {
  it("keeps every part: what came before the danger opens the report, and more story is asked about in a line", async () => {
    const r = reporter();
    await r.send("chi oi");
    const first = await r.send("e 12t, ong duong hay lay day lung quat e");
    expect(hasChoice(first.at(-1), "menu:report")).toBe(true);
    const more = await r.send("me e di lam o Binh Duong, nha chi co e voi ong ay");
    expect(all(more)).not.toMatch(/người lớn em tin/);
    // More of the story at the offer is the yes to it (walk 32): the report starts, the offer is not asked again.
    expect(hasChoice(more.at(-1), "menu:report")).toBe(false);
    await r.send("toi qua ong ay say danh e chay mau dau");
    const summary = await untilSummary(r, []);
    await r.send({ choice: "submit" });
    const c = stored(r.chatId);
    expect(c, JSON.stringify(summary.at(-1)?.text)).toBeDefined();
    const told = [c!.draft.narrative ?? "", ...c!.draft.extraNotes].join("\n");
    expect(told).toContain("ong duong hay lay day lung quat e");
    expect(told).toContain("me e di lam o Binh Duong");
    expect(told).toContain("chay mau dau");
  });

  it("'a ơi e mún báo' starts the report", async () => {
    const r = reporter();
    const replies = await r.send("a oi e mun bao");
    expect(all(replies)).not.toMatch(/Bạn muốn hỏi về kế hoạch/);
    expect(all(replies)).toMatch(/nguy hiểm ngay lúc này|kể/);
  });
});
