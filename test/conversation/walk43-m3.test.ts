/**
 * Mending walk 43 (c20b) after a second reader: danger said in words at the danger question keeps the 113 alarm; "Y mới là người
 * chăm bé" names no harmer; a message about a number that tells more still corrects or alarms; a child telling of a friend who
 * self-harms gets the self-harm advice for the friend; "bao giờ" is no "báo"; a grandmother's own number is hers.
 * Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, all, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";

const h = realCoreHarness("m3");
const ALARM = /113/;
const OPENING = "Tôi muốn báo tin về bé Mai 8 tuổi ở phường Cầu Giấy, Hà Nội, bé bị đánh";

async function toSummary(story: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    const say: Say = ASKS_DANGER.test(q) ? { choice: "no" } : pick ? { choice: pick } : "bỏ qua";
    replies = await r.send(say);
  }
  return { ...r, draft: () => h.draftOf(r.chatId) };
}

describe("1. danger said in words at the danger question keeps the alarm", () => {
  it.each([
    "Bố dượng nó thường xuyên hiếp dâm nó, mấy lần rồi, nó vẫn ở chung nhà với ông ta",
    "bo duong no thuong xuyen hiep dam no, may lan roi, no van o chung nha voi ong ta",
    "Her stepfather often rapes her, several times already, she still lives with him",
    "Rất nguy hiểm, bố nó hay cầm dao dọa chém nó",
    "Ông chú nó hay cầm dao rựa đòi chém nó mỗi khi say, mấy lần rồi",
  ])("%s", async (answer) => {
    const r = h.reporter();
    const first = await r.send(OPENING);
    expect(lastLine(first.at(-1))).toMatch(ASKS_DANGER);
    const replies = await r.send(answer);
    expect(all(replies)).toMatch(ALARM);
    expect(h.draftOf(r.chatId)?.dangerNow).toBe("yes");
  });

  it("a habit of hitting told without any word of danger is still more story (c20b kept)", async () => {
    const r = h.reporter();
    await r.send("Cháu gái tôi 11 tuổi dạo này sợ sang nhà ông cậu");
    const replies = await r.send("nó kể ông cậu hay say rồi lấy roi quất vào chân nó, tháng nào cũng bị");
    expect(lastLine(replies.at(-1))).toMatch(ASKS_DANGER);
    expect(h.draftOf(r.chatId)?.dangerNow ?? null).not.toBe("yes");
  });
});

describe("2. 'Y mới là người ...' replaces the harmer only when Y is said to harm", () => {
  const story = "Bé Mai 8 tuổi ở phường Cầu Giấy, Hà Nội bị mẹ nó đánh bầm tím, tôi là hàng xóm, chuyện xảy ra tuần trước";
  it.each([
    "Không phải mẹ, bà ngoại mới là người chăm bé",
    "không phải mẹ, chị nó mới là người phát hiện ra",
    "Không phải mẹ, cô giáo mới là người biết rõ nhất",
    "khong phai me, ba noi moi la nguoi nuoi be",
  ])("%s leaves the mother as the one who harms", async (fix) => {
    const w = await toSummary(story);
    expect(w.draft()!.harmer).toBe("mother");
    await w.send({ choice: "edit" });
    await w.send(fix);
    expect(w.draft()!.harmer).toBe("mother");
    expect(w.draft()!.extraNotes.join("\n")).toContain(fix);
  });
  it.each([
    ["ko phai me, chu chau moi la nguoi danh chau", "relative"],
    ["không phải mẹ đâu, bố dượng mới là người đánh", "stepfather"],
  ])("%s still corrects who harms", async (fix, harmer) => {
    const w = await toSummary(story);
    await w.send({ choice: "edit" });
    await w.send(fix);
    expect(w.draft()!.harmer).toBe(harmer);
  });
});

describe("3. a message about someone else's number that tells more is read for the rest", () => {
  const story = "Bé Mai 8 tuổi ở phường Cầu Giấy, Hà Nội bị mẹ nó đánh bầm tím, tôi là hàng xóm, chuyện xảy ra tuần trước";
  it("harm happening now after the number raises the alarm", async () => {
    const w = await toSummary(story);
    await w.send({ choice: "edit" });
    const replies = all(await w.send("Số 0912345678 là của bà ngoại bé. Mà bây giờ mẹ nó đang đánh nó chảy máu đầu"));
    expect(w.draft()!.dangerNow).toBe("yes");
    expect(replies).toMatch(ALARM);
    expect(w.draft()!.otherPhone).toBe("0912345678");
  });
  it("a corrected age after the number is corrected", async () => {
    const w = await toSummary(story);
    await w.send({ choice: "edit" });
    await w.send("số 0912345678 là của bà ngoại bé, không phải số tôi. Bé 6 tuổi chứ không phải 8");
    expect(w.draft()!.childAgeText ?? "").toMatch(/6/);
    expect(w.draft()!.contact ?? "").not.toContain("0912345678");
  });
  it("a corrected harmer after the number is corrected", async () => {
    const w = await toSummary(story);
    await w.send({ choice: "edit" });
    await w.send("0912345678 là số của bà ngoại bé. Người đánh bé là bố dượng, không phải mẹ");
    expect(w.draft()!.harmer).toBe("stepfather");
  });
  it("a knife attack told at the contact question raises the alarm", async () => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 8 && !/liên lạc/.test(lastLine(replies.at(-1))); i++) {
      const q = lastLine(replies.at(-1));
      replies = await r.send(ASKS_DANGER.test(q) ? { choice: "unknown" } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toMatch(/liên lạc/);
    const after = all(await r.send("0912345678 là số của mẹ bé, còn bố nó vừa cầm dao chém bé, đang chảy máu"));
    expect(after).toMatch(ALARM);
    const d = h.draftOf(r.chatId)!;
    // The number is the mother's, never the reporter's contact; the attack is kept and the case is stored as an emergency.
    expect(d.contact ?? "").not.toContain("0912345678");
    expect(d.otherPhone).toBe("0912345678");
    expect(d.dangerNow).not.toBe("no");
    expect(triageDraft(d).risk).toBe("emergency");
  });
  it("a message only about numbers still changes only the contact (c20b kept)", async () => {
    const w = await toSummary(story);
    await w.send({ choice: "edit" });
    await w.send("số 0912345678 là của bà ngoại bé, không phải số tôi. Số của tôi là 0977000111");
    expect(w.draft()!.harmer).toBe("mother");
    expect(w.draft()!.contact ?? "").toContain("0977000111");
  });
});

describe("4. a child telling of a friend who hurts herself gets the self-harm advice, for the friend", () => {
  it("pills and knives away, and 115", async () => {
    const r = h.reporter();
    let replies: Reply[] = await r.send("Em học lớp 8, bạn thân em tên Thu 13 tuổi ở Tây Ninh nói không muốn sống nữa, bạn ấy cắt tay mấy lần rồi");
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 14 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      const pick = /nguy hiểm/.test(q) ? "no" : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    const done = all(await r.send({ choice: "submit" }));
    expect(done).toMatch(/thuốc, dao/);
    expect(done).toMatch(/115/);
    expect(done).toMatch(/bạn/);
    expect(done).not.toMatch(/nếu em đã làm mình bị thương/);
  });
});

describe("5. 'bao giờ' and 'bảo' are no 'báo': a child's words are not a secrecy question", () => {
  it.each([
    "Cháu ở nhà một mình, không biết ba bao giờ về?",
    "khong biet ba bao gio ve, con doi qua",
    "Không biết ông bao giờ mới tha cho em nữa, em sợ lắm",
  ])("%s", async (text) => {
    const r = h.reporter();
    const got = await r.send(text);
    expect(all(got)).not.toMatch(/bí mật|giữ kín/);
    // The child is offered the report, as before, or (a hungry child: at least medium since c22a) the report is begun at once.
    expect(hasChoice(got.at(-1), "menu:report") || /nguy hiểm ngay lúc này/.test(all(got))).toBe(true);
  });
  it("'Bà có biết ông bảo gì không' asks what was said, not who will know of a report", async () => {
    const r = h.reporter();
    expect(all(await r.send("Bà có biết ông bảo gì không"))).not.toMatch(/bí mật|giữ kín/);
  });
  it("a real secrecy question is still answered", async () => {
    const r = h.reporter();
    expect(all(await r.send("Nếu báo thì bố mẹ em có biết không ạ"))).toMatch(/bí mật|giữ kín/);
  });
});

describe("6. a grandmother's own number is her contact", () => {
  it("'Số của bà cháu là ..., cứ gọi cho bà' written by the grandmother", async () => {
    const w = await toSummary("Bà là bà ngoại của cháu Lan 9 tuổi ở Hà Nội, bố nó đánh nó suốt. Số của bà cháu là 0912345678, cứ gọi cho bà");
    expect(w.draft()!.contact ?? "").toContain("0912345678");
  });
  it("a mother who gives 'số của mẹ bé' gives her own number", async () => {
    const w = await toSummary("Tôi là mẹ bé, số của mẹ bé là 0912345678. Chồng tôi hay đánh con gái 6 tuổi của tôi ở phường Thuận Hóa, Huế");
    expect(w.draft()!.contact ?? "").toContain("0912345678");
  });
  it("a neighbour who gives the grandmother's number does not give their own", async () => {
    const w = await toSummary("Tôi là hàng xóm, cháu Lan 9 tuổi ở Hà Nội bị bố nó đánh suốt. Số của bà cháu là 0912345678, bà biết rõ chuyện");
    expect(w.draft()!.contact ?? "").not.toContain("0912345678");
  });
});
