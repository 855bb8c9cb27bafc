/**
 * Review findings on the walk-18 changes, replayed through the
 * real conversation core, the real triage, fact module and reporter flow, with sentences of the
 * same kinds (not the tester's): corrections that must be applied and must not raise the danger
 * warning, a child in teencode telling about a friend, a thin story at the menu, refusing to give
 * a contact in words, questions to the bot in the middle of a report, and the summary's words.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness, type Say } from "./real-core-harness.ts";

const { kbAsked, reporter, stored, toSummary } = realCoreHarness("w18r");

/** A question pattern that matches only once (the reporter asks their question once, then skips). */
const once = (re: RegExp): RegExp => { let used = false; return { test: (q: string) => !used && re.test(q) && (used = true) } as unknown as RegExp; };

const NO_DANGER: Array<[RegExp, Say]> = [[/nguy hiểm ngay/i, { choice: "no" }]];
const TWO = "Tôi là hàng xóm ở phường Tân Lợi, Đắk Lắk. Hai chị em nhà bên, một bé 9 tuổi và một bé 6 tuổi, hay bị bố đánh bằng thắt lưng, hôm qua tôi còn nghe tiếng khóc.";

describe("(2) a correction that makes the report an emergency gets the 113/115 warning once", () => {
  it("a small child locked in all day, typed at the edit step", async () => {
    const w = await toSummary("Tôi ở xã Cư Êbur, Đắk Lắk. Nhà kế bên có bé trai hay bị ba mẹ la mắng, bỏ mặc ở nhà. Tôi là hàng xóm.", NO_DANGER);
    await w.send({ choice: "edit" });
    const fixed = await w.send("cháu mới 3 tuổi thôi, bị ba nhốt trong nhà kho từ sáng tới tối");
    const warnings = fixed.filter((r) => /113/.test(r.text));
    expect(warnings.length).toBe(1);
  });
});

describe("(3) a contact in words is kept, not made anonymous", () => {
  const story = "Nhà bên cạnh tôi ở xã Ea Kao, Đắk Lắk có bé gái 6 tuổi hay bị mẹ kế đánh bằng roi, hôm qua bé bị sưng chân. Tôi là hàng xóm.";
  for (const said of ["tôi không dùng điện thoại, nhắn qua facebook Minh Trần giúp tôi nhé", "không cần gọi đâu, cứ nhắn zalo Thu Hà là được", "tôi không ngại để lại tên, tôi là Nguyễn Văn Tư"]) {
    it(`«${said}»`, async () => {
      const w = await toSummary(story, [[/nguy hiểm/i, { choice: "no" }], [/liên lạc với bạn qua đâu/i, said]]);
      await w.send({ choice: "submit" });
      const d = stored(w.chatId)?.draft;
      expect(d?.anonymous).not.toBe(true);
      expect([d?.contact ?? "", ...(d?.extraNotes ?? [])].join("\n")).toContain(said);
    });
  }
});

describe("(5) only an explicit 'only one' makes two children one", () => {
  for (const said of ["bé lớn 9 tuổi là con gái, còn một bé 6 tuổi là con trai", "ông bố có nuôi 1 con chó rất dữ"]) {
    it(`«${said}» keeps two children`, async () => {
      const w = await toSummary(TWO, NO_DANGER);
      await w.send({ choice: "edit" });
      await w.send(said);
      await w.send({ choice: "submit" });
      expect(stored(w.chatId)?.draft.children).toBe(2);
    });
  }
  it("'chỉ 1 bé thôi' makes it one", async () => {
    const w = await toSummary(TWO, NO_DANGER);
    await w.send({ choice: "edit" });
    await w.send("nhầm rồi, chỉ 1 bé thôi");
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.children ?? 1).toBe(1);
  });
});

describe("(6) a question the bot answered is answered, and not kept as information about the child (issue 13, walk C9)", () => {
  it("at the contact step", async () => {
    const q = "bố nó có biết ai báo không?";
    const w = await toSummary("Nhà bên cạnh tôi ở xã Ea Kao, Đắk Lắk có bé trai 8 tuổi hay bị bố say rượu đánh, hôm qua bé bị bầm lưng. Tôi là hàng xóm.",
      [[/nguy hiểm/i, { choice: "no" }], [once(/liên lạc với bạn qua đâu/i), q]]);
    expect(all(w.seen)).toMatch(/giữ bí mật/);
    await w.send({ choice: "submit" });
    const d = stored(w.chatId)?.draft;
    expect((d?.extraNotes ?? []).join(" / ")).not.toContain(q);
    expect(d?.contact ?? "").not.toContain(q);
  });
});

describe("(7) questions about plans are answered from the plans, not offered a report", () => {
  for (const q of ["quy trình tiếp nhận tin báo trẻ em bị bạo hành", "nhiệm vụ của sở lao động khi trẻ em bị xâm hại", "chỉ tiêu hỗ trợ trẻ em bị bỏ rơi"]) {
    it(`«${q}»`, async () => {
      const r = reporter();
      const before = kbAsked.length;
      await r.send(q);
      expect(kbAsked.length).toBe(before + 1);
    });
  }
});

describe("(7) 'bố' is not a harm word", () => {
  it("«hỗ trợ cho bé bị bố mẹ ly hôn» is not taken as a thin story (offered the report outright)", async () => {
    const r = reporter();
    const replies = await r.send("hỗ trợ cho bé bị bố mẹ ly hôn");
    expect(all(replies)).not.toMatch(/Có vẻ bạn đang kể/);
  });
});

describe("(8) an adult writing chat spellings about a neighbour's child is not a child", () => {
  it("«e chào mọi người ... nhà hàng xóm ... e ko bít lm s»", async () => {
    const w = await toSummary("e chào mọi người, e ở phường Ea Tam, Đắk Lắk, nhà hàng xóm có bé 5 tuổi bị mẹ đánh suốt, e ko bít lm s, ai chỉ e vs dc ko", [[/nguy hiểm/i, { choice: "no" }]]);
    const said = all(w.seen);
    expect(said).not.toMatch(/Em không có lỗi|Em đã làm đúng/);
    expect(said).not.toMatch(/bạn ấy/);
  });
});
