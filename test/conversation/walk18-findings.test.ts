/**
 * Findings of the second independent walk of 18 fresh reporters (tester18), replayed through the
 * real conversation core, the real triage, fact module and reporter flow, with sentences of the
 * same kinds (not the tester's): corrections that must be applied and must not raise the danger
 * warning, a child in teencode telling about a friend, a thin story at the menu, refusing to give
 * a contact in words, questions to the bot in the middle of a report, and the summary's words.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, realCoreHarness, type Say } from "./real-core-harness.ts";

const { kbAsked, reporter, stored, toSummary } = realCoreHarness("w18");

const NO_DANGER: Array<[RegExp, Say]> = [[/nguy hiểm ngay/i, { choice: "no" }]];

describe("a correction is applied, or the bot says it could not apply it; it never raises the danger warning by itself", () => {
  const story = "Tôi là hàng xóm ở phường Tân Lợi, Đắk Lắk. Hai chị em nhà bên, một bé 9 tuổi và một bé 6 tuổi, hay bị bố đánh bằng thắt lưng, hôm qua tôi còn nghe tiếng khóc.";

  it("'chỉ có một cháu thôi' leaves one child in the summary and the case", async () => {
    const w = await toSummary(story, NO_DANGER);
    expect(w.summary).toMatch(/Mình hiểu: 2 /);
    await w.send({ choice: "edit" });
    const fixed = await w.send("không phải hai đâu, chỉ có một cháu thôi, cháu 9 tuổi");
    expect(all(fixed)).toMatch(/Đã sửa/);
    expect(fixed.at(-1)?.text).not.toMatch(/Mình hiểu: 2 /);
    // Said again, it is already so: the reporter is told so, not that it could not be read.
    await w.send({ choice: "edit" });
    const again = await w.send("một cháu 9 tuổi thôi");
    expect(all(again)).toMatch(/đã ghi đúng/);
    expect(all(again)).not.toMatch(/chưa đọc ra/);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.children ?? 1).toBe(1);
  });

  it("a correction that restates the child ('một bé gái 8 tuổi') shows no 113/115 warning", async () => {
    const w = await toSummary(story, NO_DANGER);
    await w.send({ choice: "edit" });
    const fixed = await w.send("một bé gái 8 tuổi");
    expect(fixed.some((r) => r.urgent)).toBe(false);
    expect(all(fixed)).not.toMatch(/113|115/);
    // Without an explicit "only one" the count of two stays (review finding 5); the age and sex are read.
    expect(fixed.at(-1)?.text).toMatch(/8 tuổi/);
  });

  it("'bé là con trai, không phải con gái' changes the sex", async () => {
    const w = await toSummary("Cạnh nhà tôi ở phường Ea Tam, Đắk Lắk có bé Bin 5 tuổi, bé gái, tối qua mẹ kế đánh bé chảy máu mũi. Tôi là hàng xóm.", NO_DANGER);
    expect(w.summary).toMatch(/bé gái/);
    await w.send({ choice: "edit" });
    const fixed = await w.send("Bin là con trai, không phải con gái");
    expect(all(fixed)).toMatch(/Đã sửa/);
    expect(fixed.at(-1)?.text).toMatch(/Mình hiểu: bé trai/);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.childSex).toBe("male");
  });

  it("a correction stating danger still gets the warning", async () => {
    const w = await toSummary(story, NO_DANGER);
    await w.send({ choice: "edit" });
    const fixed = await w.send("bây giờ bố nó đang đánh bé, đang cầm dao dọa giết");
    expect(all(fixed)).toMatch(/113/);
  });
});

describe("a child writing in teencode about a friend is answered as a child", () => {
  const story = "e có nhỏ bạn cùng lớp, nó 13t, bị ba dượng đánh hoài, e thấy tay nó bầm quá trời, nhà nó ở xã Hòa Phú, Đắk Lắk. e hok bít phải lm j lun";

  it("gets 'em' words and 111 first, is never asked for photos, and the friend is not taken for the reporter", async () => {
    const w = await toSummary(story, [[/nguy hiểm/i, { choice: "unknown" }]]);
    const first = all(w.first);
    expect(first).toMatch(/111/);
    expect(first).toMatch(/\bem\b/i);
    expect(first).not.toMatch(/Có vẻ bạn đang kể/);
    expect(w.questions.join("\n")).not.toMatch(/Em bao nhiêu tuổi|Em ở xã|xảy ra với em/);
    const sent = await w.send({ choice: "submit" });
    expect(all(w.seen)).not.toMatch(/(^|[^\p{L}])ảnh([^\p{L}]|$)|chụp/iu);
    expect(all(sent)).toMatch(/111/);
    const d = stored(w.chatId)?.draft;
    expect(d?.reporterRelation).not.toBe("self");
    expect(d?.childAgeBand).toBe("12_15");
    // Adding information after the code does not ask a child for photos either.
    const add = await w.send({ choice: `case:add:${stored(w.chatId)?.caseCode}` });
    expect(all(add)).not.toMatch(/(^|[^\p{L}])ảnh([^\p{L}]|$)|chụp/iu);
  });
});

describe("grown-ups who write 'em' or chat spellings are not taken for a child", () => {
  for (const story of [
    "Em là cô giáo chủ nhiệm, một bạn lớp em là bé Hà 8 tuổi ở xã Hòa Phú, Đắk Lắk hay bị bố dượng đánh, hôm nay bé đến lớp bị bầm tay.",
    "con em học lớp 3, bạn cùng lớp của cháu bị mẹ kế bỏ đói ở phường Ea Tam, Đắk Lắk, em ko bít phải lm j",
  ]) {
    it(`«${story.slice(0, 40)}…»`, async () => {
      const w = await toSummary(story, [[/nguy hiểm/i, { choice: "no" }]]);
      expect(all(w.first)).not.toMatch(/Em đã làm đúng|Em không có lỗi/);
      expect(w.summary).not.toMatch(/Gửi cho cô chú/);
    });
  }
});

describe("a thin story at the menu is offered the report, and kept in the narrative", () => {
  it("what a question to the plans told is in the narrative when the reporter then reports from the answer", async () => {
    const r = reporter();
    const said = "Nhà bên có bé hay khóc đêm. Kế hoạch của tỉnh Gia Lai giao ai xử lý việc này?";
    const before = kbAsked.length;
    const answered = await r.send(said);
    expect(kbAsked.length).toBe(before + 1);
    expect(hasChoice(answered.at(-1), "menu:report")).toBe(true);
    let replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
      const skip = replies.at(-1)?.choices?.find((c) => /^(unknown|anonymous|skip)$/.test(c.id));
      replies = await r.send(skip ? { choice: skip.id } : "bỏ qua");
    }
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)?.draft.narrative ?? "").toContain("Nhà bên có bé hay khóc đêm");
  });

  for (const thin of ["có thằng bé bị đánh", "có đứa nhỏ bị bỏ đói", "có bé bị đánh", "đứa nhỏ xóm tui bị bỏ đói hoài"]) {
    it(`«${thin}»`, async () => {
      const before = kbAsked.length;
      const w = await toSummary(thin, [[/nguy hiểm/i, { choice: "unknown" }], [/Chuyện gì|kể thêm/i, "nó ở nhà bên cạnh, bố nó làm"]]);
      expect(kbAsked.length).toBe(before);
      // Walk 34: a few words that a child is hurt are a report, started at once (never the plans-or-report choice).
      expect(w.first.some((r) => hasChoice(r, "menu:ask"))).toBe(false);
      await w.send({ choice: "submit" });
      expect(stored(w.chatId)?.draft.narrative).toContain(thin);
    });
  }
});

describe("refusing to give a contact in words is anonymous", () => {
  const story = "Nhà bên cạnh tôi ở xã Hòa Phú, Đắk Lắk có bé trai 7 tuổi hay bị bố say rượu đánh, tuần này tôi thấy bé bị bầm mắt. Tôi là hàng xóm.";
  for (const refusal of ["thôi khỏi nha", "không cần đâu, tôi không muốn cho số điện thoại", "tui hông muốn để lại số đâu", "ko để số đâu"]) {
    it(`«${refusal}»`, async () => {
      const w = await toSummary(story, [[/nguy hiểm/i, { choice: "no" }], [/liên lạc với bạn qua đâu/i, refusal]]);
      expect(w.questions.filter((q) => /liên lạc với bạn qua đâu/.test(q)).length).toBe(1);
      await w.send({ choice: "submit" });
      const d = stored(w.chatId)?.draft;
      expect(d?.anonymous).toBe(true);
      expect(d?.extraNotes ?? []).not.toContain(refusal);
    });
  }
});

describe("questions to the bot are answered, every one of them, and not stored as facts", () => {
  it("a question at the contact step is answered and not a case note", async () => {
    const q = "tên tôi có bị lộ ra không?";
    const w = await toSummary("Nhà bên cạnh tôi ở xã Hòa Phú, Đắk Lắk có bé trai 7 tuổi hay bị bố say rượu đánh, tuần này tôi thấy bé bị bầm mắt. Tôi là hàng xóm.",
      [[/nguy hiểm/i, { choice: "no" }], [/liên lạc với bạn qua đâu/i, q]]);
    expect(all(w.seen)).toMatch(/giữ bí mật/);
    const again = await w.send("rồi ai sẽ lo việc này?");
    expect(all(again)).toMatch(/Sau khi gửi/);
    await w.send({ choice: "submit" });
    const d = stored(w.chatId)?.draft;
    expect(d?.extraNotes ?? []).not.toContain(q);
    expect(d?.extraNotes ?? []).not.toContain("rồi ai sẽ lo việc này?");
  });

  it("after the code, two questions in one message get both answered", async () => {
    const w = await toSummary("Nhà bên cạnh tôi ở xã Hòa Phú, Đắk Lắk có bé trai 7 tuổi hay bị bố say rượu đánh, tuần này tôi thấy bé bị bầm mắt. Tôi là hàng xóm.",
      [[/nguy hiểm/i, { choice: "no" }]]);
    await w.send({ choice: "submit" });
    const said = all(await w.send("bố nó có biết tôi báo không, và bao lâu thì có người tới?"));
    expect(said).toMatch(/giữ bí mật/);
    // The report is sent already (walk 27): what happens now, not "after you send it".
    expect(said).toMatch(/đã tới cán bộ/);
  });

  it("a story ending with two questions gets both answered", async () => {
    const w = await toSummary("Bé gái 8 tuổi nhà hàng xóm tôi ở phường Ea Tam, Đắk Lắk bị mẹ kế bỏ đói, nhốt ngoài sân mấy hôm nay. Tôi báo có ai biết là tôi không, và khi nào có người tới xem?");
    const said = all(w.seen);
    expect(said).toMatch(/giữ bí mật/);
    expect(said).toMatch(/Sau khi gửi|không tự gửi/);
  });
});

describe("the summary speaks Vietnamese", () => {
  it("a harmer the fact module calls 'other' is not shown as 'other'", async () => {
    const w = await toSummary("Tôi nghi bé gái 10 tuổi nhà bên ở xã Hòa Phú, Đắk Lắk bị ông bảo vệ trường sờ soạng, mấy hôm nay bé sợ không dám đi học. Tôi là hàng xóm.", NO_DANGER);
    expect(w.summary).not.toMatch(/\bother\b/);
  });
});
