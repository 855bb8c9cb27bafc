import { describe, expect, it } from "vitest";
import { createMemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import { StaleConversationError, type ConversationStore } from "../../src/conversation/conversation-types.ts";
import { createHarness, links, texts } from "./conversation-harness.ts";

describe("menu and questions", () => {
  it("/start shows the Vietnamese menu: ask, report, and 111 to tap", async () => {
    const h = createHarness();
    const [menu] = await h.send("/start");
    expect(menu?.text).toMatch(/Xin chào/);
    expect(menu?.choices?.map((c) => c.label)).toEqual(["Hỏi trách nhiệm của các cơ quan", "Báo tin trẻ em bị xâm hại hoặc có nguy cơ", "Gọi 111"]);
    expect(links([menu!])).toContain("tel:111");
  });

  it("a hello, a thank-you or 'is anyone there?' gets the menu, not 'the plans do not answer this'", async () => {
    for (const text of ["chào bot", "alo alo", "có ai không ạ", "cảm ơn nhé", "Thank you!", "xin chào ad"]) {
      const h = createHarness();
      const [reply] = await h.send(text);
      expect(reply?.text, text).toMatch(/Bạn muốn làm gì\?|What would you like to do\?/);
      expect(reply?.text, text).not.toContain("không trả lời");
    }
  });

  it("menu -> 1 -> a question gets the answer with its citation: document, province, section and a short quote", async () => {
    const h = createHarness();
    await h.send("/start");
    const prompt = await h.send(" 1 ");
    expect(texts(prompt)).toMatch(/đặt câu hỏi/);
    const [answer] = await h.send("Cơ quan nào chủ trì phòng chống xâm hại trẻ em ở Gia Lai?");
    expect(answer?.urgent).toBeFalsy();
    expect(answer?.text).toMatch(/Sở Lao động/);
    expect(answer?.text).toMatch(/Nguồn:\n• 2509\/KH-UBND \(Gia Lai\), mục IV\.1: “Sở Lao động/);
    expect(answer?.text.split("2509/KH-UBND (Gia Lai), mục").length).toBe(2); // repeated citation shown once
    expect(answer?.text).toMatch(/…”/); // long quote shortened
  });

  it("a question the plans cannot answer says so and offers the menu again", async () => {
    const h = createHarness();
    const [reply] = await h.send("Kế hoạch năm nay có bao nhiêu tiền cho thể thao?");
    expect(reply?.text).toMatch(/không có câu trả lời/);
    expect(reply?.choices?.map((c) => c.id)).toEqual(["menu:ask", "menu:report", "menu:call"]);
  });

  it("an official's question about abduction is answered as a question, without the safety message", async () => {
    const h = createHarness();
    const replies = await h.send("Cơ quan nào chủ trì phòng chống bắt cóc trẻ em ở Đắk Lắk?");
    expect(replies.some((r) => r.urgent)).toBe(false);
    expect(texts(replies)).toMatch(/2509\/KH-UBND/);
  });

  it("someone describing harm at the menu starts the report with what they typed, told that nothing is sent before 'Gửi'", async () => {
    const h = createHarness();
    const replies = await h.send("bé nhà bên bị bỏ đói mấy hôm nay");
    expect(texts(replies)).toMatch(/báo tin/);
    expect(texts(replies)).toMatch(/Gửi/);
    expect([...h.intake.drafts.values()][0]?.narrative).toBe("bé nhà bên bị bỏ đói mấy hôm nay");
  });

  it("choosing 3 shows the 111 hotline as a link", async () => {
    const h = createHarness();
    await h.send("/start");
    const replies = await h.send("3");
    expect(texts(replies)).toMatch(/111/);
    expect(links(replies)).toContain("tel:111");
  });
});

describe("language", () => {
  it("a phone set to English still gets the Vietnamese menu first, with the way to English on it", async () => {
    const h = createHarness({ languageHint: "en-US" });
    const [menu] = await h.send("/start");
    expect(menu?.text).toMatch(/^Xin chào/);
    expect(menu?.text).toContain("English: /lang en");
  });

  it("a user who writes English gets English answers, then English menus", async () => {
    const h = createHarness({ languageHint: "en-US" });
    const [answer] = await h.send("Which agency leads abuse prevention in Gia Lai?");
    expect(answer?.text).toMatch(/Sources:\n• 2509\/KH-UBND \(Gia Lai\), section IV\.1/);
    const [menu] = await h.send("/start");
    expect(menu?.text).toMatch(/^Hello/);
    expect(menu?.choices?.[1]?.label).toBe("Report a child abused or at risk");
  });

  it("/lang en is remembered for the user in another chat of the same channel", async () => {
    const store = createMemoryConversationStore();
    const first = createHarness({ store, chatId: "a" });
    const [set] = await first.send("/lang en");
    expect(set?.text).toMatch(/Language set to English/);
    const other = createHarness({ store, chatId: "b" });
    const [menu] = await other.send("/start");
    expect(menu?.text).toMatch(/^Hello/);
  });

  it("a Vietnamese message in a chat that had been English is answered in Vietnamese menus", async () => {
    const h = createHarness();
    await h.send("Which agency leads abuse prevention in Gia Lai?");
    const [menu] = await h.send("Tôi muốn xem lại danh mục chính");
    expect(menu?.choices?.[0]?.label).toBe("Hỏi trách nhiệm của các cơ quan");
  });
});

describe("safety first", () => {
  it("danger words at the menu get the safety message first (111, 113, 115), then the report questions", async () => {
    const h = createHarness();
    const replies = await h.send("cứu em với, bố em đang đánh em");
    expect(replies[0]?.urgent).toBe(true);
    expect(links([replies[0]!]).sort()).toEqual(["tel:111", "tel:113", "tel:115"]);
    expect(texts(replies.slice(1))).toMatch(/Ngay lúc này em có đang gặp nguy hiểm không\?/);
    const draft = [...h.intake.drafts.values()][0];
    expect(draft?.narrative).toBe("cứu em với, bố em đang đánh em");
  });

  it.each(["e mún chết", "ko muốn sống nữa", "con tôi bị bắt cóc", "tu tu thoi", "my sister is being beaten"])(
    "%s gets the safety message (no diacritics and teen-speak included; ambiguity errs toward safety)",
    async (text) => {
      const h = createHarness();
      const replies = await h.send(text);
      expect(replies[0]?.urgent).toBe(true);
    },
  );

  it("an emergency draft alerts officers at once, before the reporter finishes", async () => {
    const h = createHarness();
    await h.send("/report");
    await h.send("1"); // yes, a child is in danger now
    expect(h.intake.alerts).toHaveLength(1);
    expect(h.intake.alerts[0]?.triage.redFlags).toContain("reporter_says_danger_now");
    expect(h.intake.cases.size).toBe(0);
    await h.send("2");
    expect(h.intake.alerts).toHaveLength(1); // once per draft
  });

  it("a danger message typed in the middle of a report gets the safety message and is kept in the draft", async () => {
    const h = createHarness();
    await h.send("/report");
    await h.send("2");
    const replies = await h.send("thằng bé hàng xóm đang bị đánh");
    expect(replies[0]?.urgent).toBe(true);
    expect(h.intake.alerts).toHaveLength(1);
  });
});

/** Answers every question of the flow; returns the last replies. */
async function fullReport(h: ReturnType<typeof createHarness>) {
  await h.send("/report");
  await h.send("2"); // not in danger now
  await h.send("Con bé nhà bên bị bố dượng bỏ đói");
  await h.send("xã Hòa Xuân, Phú Yên");
  await h.send("8 tuổi");
  await h.send("4"); // earlier
  await h.send("3"); // neighbour
  await h.send("0905 123 456"); // a number given for contact is the consent to be contacted: not asked again
  return h.send("1"); // send
}

describe("a whole report", () => {
  it("goes from /report to a case code, what happens next and by when, saving the draft after every answer", async () => {
    const h = createHarness();
    const saves: number[] = [];
    const save = h.intake.saveDraft.bind(h.intake);
    h.intake.saveDraft = async (d) => { saves.push(1); await save(d); };
    const replies = await fullReport(h);
    const text = texts(replies);
    expect(text).toMatch(/Mã báo tin của bạn: K7M2/);
    expect(text).toMatch(/trước \d\d:\d\d \d\d\/\d\d\/2026/);
    const [created] = [...h.intake.cases.values()];
    expect(created?.draft).toMatchObject({
      dangerNow: "no", reporterRelation: "neighbour", childAgeBand: "6_11", childSex: "female", provinceName: "Đắk Lắk",
      locationText: "xã Hòa Xuân, Phú Yên", commune: "xã Hòa Xuân", when: "earlier", harmer: "stepfather", anonymous: false, contact: "0905 123 456",
      consentToContact: true, status: "submitted",
    });
    expect(saves.length).toBeGreaterThanOrEqual(8); // one save per answer (eight answers)
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toContain(`case:add:${created?.caseCode}`);
  });

  it("shows once what was understood before sending, with Send and Edit", async () => {
    const h = createHarness();
    await h.send("/report");
    for (const answer of ["2", "bé bị bỏ đói", "bỏ qua", "bỏ qua", "bỏ qua", "bỏ qua"]) await h.send(answer);
    const [summary] = await h.send("ẩn danh");
    expect(summary?.text).toMatch(/TÓM TẮT BÁO TIN/);
    expect(summary?.text).toMatch(/Mình hiểu: .*ẩn danh\./);
    expect(summary?.text).toMatch(/Sự việc: «bé bị bỏ đói»/);
    expect(summary?.text).not.toMatch(/đồng ý được liên lạc/); // consent is not asked of an anonymous reporter
    expect(summary?.choices?.map((c) => c.id)).toEqual(["submit", "edit", "cancel"]);
  });

  it("/status CODE shows status only, never officers' notes, from any chat (the code is the secret); a wrong code is 'not found'", async () => {
    const store = createMemoryConversationStore();
    const h = createHarness({ store });
    await fullReport(h);
    const [created] = [...h.intake.cases.values()];
    created!.officerNotes.push("GHI CHÚ NỘI BỘ: bố dượng có tiền án");
    const [status] = await h.send(`/status ${created!.caseCode.toLowerCase()}`);
    expect(status?.text).toMatch(new RegExp(`Báo tin ${created!.caseCode}: đã nhận`));
    expect(status?.text).not.toMatch(/NỘI BỘ|tiền án/);
    // The harness's clock is 03:00 UTC on 23 November: the reporter reads Vietnam's time, 10:00.
    expect(status?.text).toMatch(/10:00 23\/11\/2026/);
    expect(status?.text).not.toMatch(/UTC|03:00/);
    const elsewhere = createHarness({ store, intake: h.intake, chatId: "new-phone", userId: "u9" });
    const [fromElsewhere] = await elsewhere.send(`/status ${created!.caseCode}`);
    expect(fromElsewhere?.text).toMatch(new RegExp(`Báo tin ${created!.caseCode}: đã nhận`));
    expect(fromElsewhere?.text).not.toMatch(/NỘI BỘ|tiền án/);
    const [wrong] = await elsewhere.send("/status ZZZZZZ");
    expect(wrong?.text).toMatch(/Không tìm thấy/);
  });

  it("guessing case codes is slowed: after five wrong codes even a right one waits, and the sender is told so", async () => {
    const store = createMemoryConversationStore();
    const h = createHarness({ store });
    await fullReport(h);
    const [created] = [...h.intake.cases.values()];
    const guesser = createHarness({ store, intake: h.intake, chatId: "guesser", userId: "u-guess" });
    for (const code of ["AAAAAA", "BBBBBB", "CCCCCC", "DDDDDD", "EEEEEE"]) expect(texts(await guesser.send(`/status ${code}`))).toMatch(/Không tìm thấy/);
    const [blocked] = await guesser.send(`/status ${created!.caseCode}`);
    expect(blocked?.text).toMatch(/thử nhiều mã không đúng/);
    guesser.tick(120_000);
    expect(texts(await guesser.send(`/status ${created!.caseCode}`))).toMatch(new RegExp(`Báo tin ${created!.caseCode}`));
  });

  it("/status without a code shows the case this chat reported last", async () => {
    const h = createHarness();
    await fullReport(h);
    const [created] = [...h.intake.cases.values()];
    const [status] = await h.send("/status");
    expect(status?.text).toMatch(new RegExp(`Báo tin ${created!.caseCode}`));
  });

  it("the reporter can add information to their case later", async () => {
    const h = createHarness();
    await fullReport(h);
    const [created] = [...h.intake.cases.values()];
    await h.send(`/status ${created!.caseCode}`);
    const prompt = await h.press(`case:add:${created!.caseCode}`);
    expect(texts(prompt)).toMatch(/thông tin bổ sung/);
    const [done] = await h.send("Hôm nay bé lại không được ăn");
    expect(done?.text).toMatch(/Đã thêm thông tin/);
    expect(created?.additions.map((a) => a.text)).toEqual(["Hôm nay bé lại không được ăn"]);
    await h.press(`case:add:${created!.caseCode}`);
    const urgent = await h.send("bố dượng lại đang đánh bé");
    expect(urgent[0]?.urgent).toBe(true);
    expect(created?.additions).toHaveLength(2); // added to the case, not a new report
  });

  it("a child telling their story after /report gets the safety advice once, short sentences and 111 at every step", async () => {
    const h = createHarness();
    await h.send("/report");
    await h.send("2");
    const steps = [await h.send("em 12 tuổi, bố đánh em nhiều lần")];
    for (const answer of ["Gia Lai", "bỏ qua", "ẩn danh"]) steps.push(await h.send(answer));
    for (const replies of steps) expect(links(replies)).toContain("tel:111");
    expect(texts(steps[0]!)).toMatch(/Em không có lỗi[\s\S]*111 miễn phí, không cần nói tên/);
    expect(texts(steps.slice(1).flat())).not.toMatch(/Em không có lỗi/);
    expect(texts(steps.flat())).not.toMatch(/ảnh|Bạn là ai/);
    expect(texts(steps.at(-1)!)).toMatch(/Cô chú hiểu: em 12 tuổi, ở Gia Lai/);
  });

  it("photos are offered after the case code, and a photo sent then goes with that case", async () => {
    const h = createHarness();
    const replies = await fullReport(h);
    expect(texts(replies)).toMatch(/Nếu bạn có ảnh/);
    const [created] = [...h.intake.cases.values()];
    const after = await h.core.handle(h.message({ kind: "photo", attachments: [{ kind: "photo", fileId: "p9" }] }));
    expect(texts(after)).toMatch(/Đã thêm thông tin/);
    expect(created?.additions.map((a) => a.attachments)).toEqual([[{ kind: "photo", fileId: "p9" }]]);
  });

  it("a report opened by /report takes the language of the story told in it; /lang still overrides", async () => {
    const h = createHarness();
    await h.send("/report");
    await h.send("2");
    const english = await h.send("The boy next door is beaten by his father every night, I can hear it");
    expect(texts(english)).toMatch(/Where did this happen\?/);
    const more = await h.send("Phu Yen");
    expect(texts(more)).toMatch(/About how old is the child\?/);
    const vi = await h.send("/lang vi");
    expect(texts(vi)).toMatch(/Trẻ khoảng bao nhiêu tuổi\?/);
  });

  it("/back returns to the previous question and /cancel keeps the draft as abandoned and says so", async () => {
    const h = createHarness();
    await h.send("/report");
    await h.send("2");
    await h.send("Bé bị bỏ đói");
    await h.send("bỏ qua");
    await h.send("/back");
    const back = await h.send("/back");
    expect(texts(back)).toMatch(/Bạn đã kể: «Bé bị bỏ đói»/);
    const cancel = await h.send("/cancel");
    expect(texts(cancel)).toMatch(/vẫn được giữ lại/);
    const [draft] = [...h.intake.drafts.values()];
    expect(draft).toMatchObject({ status: "abandoned", narrative: "Bé bị bỏ đói" });
    expect(cancel.at(-1)?.choices?.map((c) => c.id)).toEqual(["menu:ask", "menu:report", "menu:call"]);
  });

  it("a restart in the middle of a report resumes it: a new core over the same store continues", async () => {
    const store = createMemoryConversationStore();
    const first = createHarness({ store });
    await first.send("/report");
    await first.send("2");
    const restarted = createHarness({ store, intake: first.intake });
    const replies = await restarted.send("Bé nhà hàng xóm bị bỏ đói nhiều ngày");
    expect(texts(replies)).toMatch(/xảy ra ở đâu/);
    const draft = [...first.intake.drafts.values()][0];
    expect(draft).toMatchObject({ dangerNow: "no", narrative: "Bé nhà hàng xóm bị bỏ đói nhiều ngày" });
  });
});

describe("deliveries, floods and bad input", () => {
  it("a duplicate delivery is answered once", async () => {
    const h = createHarness();
    const message = h.message({ text: "/report" });
    const first = await h.core.handle(message);
    const second = await h.core.handle({ ...message });
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual([]);
    expect(h.intake.drafts.size).toBe(1);
  });

  it("a message whose state could not be saved (a crash mid-way) is handled again when re-delivered, not dropped", async () => {
    const store = createMemoryConversationStore();
    let failNextSave = true;
    const crashing = { ...store, save: async (...args: Parameters<typeof store.save>) => {
      if (failNextSave) { failNextSave = false; throw new Error("process died before commit"); }
      return store.save(...args);
    } };
    const h = createHarness({ store: crashing });
    const message = h.message({ text: "/report" });
    const first = await h.core.handle(message);
    expect(texts(first)).toMatch(/111/); // the apology
    const redelivered = await h.core.handle({ ...message });
    expect(redelivered.length).toBeGreaterThan(0);
    expect(texts(redelivered)).not.toEqual(texts(first));
    expect(await h.core.handle({ ...message })).toEqual([]);
  });

  it("a flood gets one polite 'slow down', and a danger message during it still gets the safety message", async () => {
    const h = createHarness({ rateLimit: { capacity: 3, refillPerSecond: 0.1 } });
    const replies = [];
    for (let i = 0; i < 10; i += 1) replies.push(await h.send(`câu hỏi số ${i} về kế hoạch`));
    const slowDowns = replies.flat().filter((r) => /quá nhanh/.test(r.text));
    expect(slowDowns).toHaveLength(1);
    expect(replies.slice(4).every((r) => r.length === 0)).toBe(true);
    const danger = await h.send("cứu em, em đang bị đánh");
    expect(danger[0]?.urgent).toBe(true);
    h.tick(60_000);
    expect((await h.send("Gia Lai ai chủ trì?")).length).toBeGreaterThan(0);
  });

  it("a reporter answering faster than the rate limit is never slowed or dropped: every answer moves the report on", async () => {
    const h = createHarness({ rateLimit: { capacity: 2, refillPerSecond: 0.01 } });
    const replies = [];
    for (const text of ["/report", "2", "bé bị bỏ đói", "bỏ qua", "bỏ qua", "bỏ qua"]) replies.push(await h.send(text));
    expect(replies.every((r) => r.length > 0)).toBe(true);
    expect(texts(replies.flat())).not.toMatch(/quá nhanh/);
    const [draft] = [...h.intake.drafts.values()];
    expect(draft?.narrative).toBe("bé bị bỏ đói");
  });

  it("what a reporter sends right after submitting is added to the case even when the rate limit would refuse it", async () => {
    const h = createHarness({ rateLimit: { capacity: 2, refillPerSecond: 0.001 } });
    await fullReport(h);
    const [created] = [...h.intake.cases.values()];
    const replies = [];
    for (const text of ["à quên, bé tên là Hoa", "nhà bé ở cuối ngõ 12", "số nhà 45"]) replies.push(await h.send(text));
    expect(created?.additions.map((a) => a.text)).toEqual(["à quên, bé tên là Hoa", "nhà bé ở cuối ngõ 12", "số nhà 45"]);
    for (const r of replies) expect(texts(r)).toMatch(new RegExp(`Đã nhận và thêm vào báo tin ${created!.caseCode}`));
    expect(texts(replies.flat())).not.toMatch(/quá nhanh/);
  });

  it("a photo outside a report explains that the bot reads text, with 111; inside a report it is kept", async () => {
    const h = createHarness();
    const outside = await h.core.handle(h.message({ kind: "photo", attachments: [{ kind: "photo", fileId: "p1" }] }));
    expect(texts(outside)).toMatch(/chỉ đọc được tin nhắn chữ/);
    expect(links(outside)).toContain("tel:111");
    await h.send("/report");
    const inside = await h.core.handle(h.message({ kind: "photo", attachments: [{ kind: "photo", fileId: "p2" }] }));
    expect(texts(inside)).toMatch(/Đã lưu ảnh/);
    expect([...h.intake.drafts.values()][0]?.attachments).toEqual([{ kind: "photo", fileId: "p2" }]);
  });

  it("stickers and voice get a useful reply", async () => {
    const h = createHarness();
    const sticker = await h.core.handle(h.message({ kind: "sticker", attachments: [{ kind: "sticker", fileId: "s" }] }));
    expect(texts(sticker)).toMatch(/111/);
    await h.send("/report");
    const voice = await h.core.handle(h.message({ kind: "voice", attachments: [{ kind: "voice", fileId: "v" }] }));
    expect(texts(voice)).toMatch(/không nghe được/);
  });

  it.each([
    ["empty", ""],
    ["only spaces", "   \n  "],
    ["control characters", "\u0000\u0007\u001b[31m"],
    ["emoji only", "😭😭😭"],
    ["right-to-left", "\u202eمساعدة\u202c"],
    ["binary-looking", "\u0001\u0002\uFFFD\uFFFD"],
  ])("%s text never crashes and gets a sensible reply", async (_name, text) => {
    const h = createHarness();
    const replies = await h.send(text);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]?.text).not.toMatch(/sự cố/);
  });

  it("a 100 KB message is cut for answering but kept whole in a report", async () => {
    const h = createHarness();
    const huge = "Bé bị bỏ đói. ".repeat(7500);
    let seen = 0;
    const asked = createHarness({ answerQuestion: (q) => { seen = q.length; return { answer: "x", found: false, citations: [] }; } });
    await asked.send(`Gia Lai ${huge}`.replace(/bỏ đói/g, "ăn"));
    expect(seen).toBeLessThanOrEqual(4000);
    await h.send("/report");
    await h.send("2");
    await h.send(huge);
    expect([...h.intake.drafts.values()][0]?.narrative).toBe(huge.trim());
  });

  it("an edited message is ignored outside a report, kept as a note inside one, and danger in it always gets the safety message", async () => {
    const h = createHarness();
    expect(await h.send("Gia Lai ai chủ trì?", { kind: "edited" })).toEqual([]);
    const danger = await h.send("bố đang đánh em", { kind: "edited" });
    expect(danger[0]?.urgent).toBe(true);
    await h.send("/report");
    const edited = await h.send("Sửa lại: bé 7 tuổi", { kind: "edited" });
    expect(texts(edited)).toMatch(/đã ghi nhận nội dung bạn sửa/i);
    expect([...h.intake.drafts.values()][0]?.extraNotes).toContain("Sửa lại: bé 7 tuổi");
  });

  it("an internal error gets a polite apology with 111, logged with ids only", async () => {
    const h = createHarness({ answerQuestion: () => { throw new TypeError("index broken for Gia Lai question"); } });
    const [reply] = await h.send("Gia Lai ai chủ trì phòng chống xâm hại?");
    expect(reply?.text).toMatch(/Xin lỗi/);
    expect(links([reply!])).toContain("tel:111");
    const failure = h.logs.find((l) => l.level === "error");
    expect(failure?.obj).toMatchObject({ errorName: "TypeError", chatId: "chat-1", channel: "telegram" });
    expect(JSON.stringify(h.logs)).not.toMatch(/Gia Lai|broken/);
  });

  it("logs never contain what the user typed", async () => {
    const h = createHarness();
    await fullReport(h);
    await h.send("cứu em với, bố em đang đánh em");
    const logged = JSON.stringify(h.logs);
    for (const secret of ["0905", "bỏ đói", "Hòa Xuân", "đang đánh"]) expect(logged).not.toContain(secret);
  });

  it("a save that lost a race is retried once on fresh state", async () => {
    const inner = createMemoryConversationStore();
    let failures = 1;
    const racy: ConversationStore = {
      ...inner,
      save: async (state) => {
        if (failures-- > 0) throw new StaleConversationError(state.channel, state.chatId);
        return inner.save(state);
      },
    };
    const h = createHarness({ store: racy });
    const replies = await h.send("/report");
    expect(texts(replies)).toMatch(/nguy hiểm ngay lúc này/);
    expect((await inner.load("telegram", "chat-1"))?.mode).toBe("report");
  });
  it("numbers every web transcript line from the first ever, marks it with its message id, and keeps the numbers when old lines are dropped", async () => {
    const h = createHarness();
    for (let i = 0; i < 70; i++) await h.send(`xin chào ${i}`, { channel: "web", chatId: "web-session-1", messageId: `w${i}` });
    const lines = (await h.core.transcript?.("web", "web-session-1")) ?? [];
    expect(lines.length).toBeLessThanOrEqual(120);
    const first = lines[0]!.n!;
    expect(first).toBeGreaterThan(0);
    expect(lines.map((l) => l.n)).toEqual(lines.map((_, i) => first + i));
    // Two lines a message (what was said, one reply): the last is number 139, from the last message.
    expect(lines.at(-1)).toMatchObject({ from: "bot", mid: "w69", n: 139 });
    expect(lines.at(-2)).toMatchObject({ from: "user", text: "xin chào 69", mid: "w69", n: 138 });
  });
});
