/**
 * Walk 52 (issue 13), task C36: the flow's replies. A story told in the answer to the danger question, a child's wish to
 * disappear, the closing's promise of an alert, the commune when nobody can be called back, tonight's advice.
 * Through the real web chat HTTP API (POST /api/chat/messages) and the real conversation core, triage and reporter flow
 * with an in-memory case intake. Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/conversation/conversation-types.ts";
import { all, ASKS_DANGER, hasChoice, lastLine, type Say } from "./real-core-harness.ts";
import { webChatWalk, type WalkReporter } from "./web-chat-walk-harness.ts";

const walk = webChatWalk("c36");
const quiet = webChatWalk("c36q", { officerAlerts: false });
const { reporter, draftOf, storedOf, toSummary } = walk;

/** Sends the opening, takes up the offer to report, and answers until the danger question is the one asked. */
async function atDanger(r: WalkReporter, opening: string) {
  let replies = await r.send(opening);
  for (let i = 0; i < 4 && !ASKS_DANGER.test(lastLine(replies.at(-1))) && !/Ngay lúc này em/.test(lastLine(replies.at(-1))); i++) {
    replies = await r.send(hasChoice(replies.at(-1), "menu:report") ? { choice: "menu:report" } : "bỏ qua");
  }
  expect(lastLine(replies.at(-1))).toMatch(/nguy hiểm ngay lúc này|in danger right now|Ngay lúc này em/);
  return replies;
}

const ASKS_STORY = /Chuyện gì đã xảy ra|kể thêm|What happened|tell (me )?more/i;

describe("(1) a thin start, then the whole story typed as the answer to the danger question", () => {
  it.each([
    ["Ở xóm tôi có chuyện với một đứa nhỏ, tôi phân vân không biết có nên báo không.",
      "Không có nguy hiểm ngay. Cậu bé 5 tuổi nhà đối diện, mẹ kế hay nhốt cháu ngoài hiên cả đêm, sáng nay tôi thấy cháu run cầm cập.", /nhốt cháu ngoài hiên/, "no"],
    ["o xom toi co chuyen voi mot dua nho, toi phan van khong biet co nen bao khong",
      "khong nguy hiem ngay. thang be 5 tuoi nha doi dien, me ke hay nhot chau ngoai hien ca dem, sang nay toi thay chau run cam cap", /nhot chau ngoai hien/, "no"],
    ["Tôi không chắc có nên báo chuyện đứa bé hàng xóm không.",
      "Chưa rõ nữa. Bé gái 3 tuổi nhà bên, bố mẹ đi buôn xa để bé một mình với ông nội say xỉn, ông hay tát bé mỗi khi bé khóc.", /ông hay tát bé/, "unknown"],
    ["I'm not sure whether I should report something about a kid on my street.",
      "Not right now. A 5-year-old boy across the road, his stepmother locks him outside all night, this morning I saw him shivering.", /locks him outside all night/, "no"],
  ])("«%s» then a story as the danger answer: read as the story, never asked for again", async (opening, answer, told, danger) => {
    const r = reporter();
    await atDanger(r, opening);
    const next = await r.send(answer);
    expect(lastLine(next.at(-1))).not.toMatch(ASKS_STORY);
    expect(lastLine(next.at(-1))).not.toMatch(ASKS_DANGER);
    const d = draftOf(r.sessionId)!;
    expect(d.dangerNow).toBe(danger);
    expect(d.narrative ?? "").toMatch(told);
    expect(d.childAgeText ?? String(d.childAgeBand)).toMatch(/[35]|0_5/);
    const summary = all(await toSummary(r, next, [[ASKS_STORY, "tôi kể rồi"]]));
    expect(summary).not.toMatch(/tôi kể rồi/);
    const story = summary.split(/Sự việc|What happened|Story/)[1] ?? "";
    expect(story).toMatch(told);
  });

  it("a story with no yes or no in it, after a thin start: kept as the story, the danger asked again, the story never asked for", async () => {
    const r = reporter();
    await atDanger(r, "Tôi không chắc có nên báo chuyện đứa bé hàng xóm không.");
    const next = await r.send("Cậu bé 7 tuổi nhà bên tuần nào cũng bị ông bố say rượu lấy thắt lưng quất vào chân, chân cháu toàn vết lằn.");
    expect(lastLine(next.at(-1))).not.toMatch(ASKS_STORY);
    expect(draftOf(r.sessionId)!.narrative ?? "").toMatch(/thắt lưng quất/);
    const summary = all(await toSummary(r, next, [[ASKS_STORY, "tôi kể rồi"]]));
    expect(summary).not.toMatch(/tôi kể rồi/);
  });

  it("a bare 'không' at the danger question still asks for the story", async () => {
    const r = reporter();
    await atDanger(r, "Tôi không chắc có nên báo chuyện đứa bé hàng xóm không.");
    const next = await r.send("không");
    expect(lastLine(next.at(-1))).toMatch(ASKS_STORY);
  });
});

const TEEN_WISH: ReadonlyArray<[string]> = [
  ["Em 14 tuổi. Mẹ em suốt ngày chửi em là đồ ăn hại, tuần trước còn lấy roi mây đánh em. Em chán lắm rồi, có lúc chỉ muốn biến mất luôn cho xong."],
  ["em 14 tuoi. me em suot ngay chui em la do an hai, tuan truoc con lay roi may danh em. em chan lam roi, co luc chi muon bien mat luon cho xong"],
  ["Em học lớp 8. Anh trai em hay đánh em mỗi khi bố mẹ vắng nhà. Em mệt mỏi quá, nhiều khi em không muốn sống nữa."],
  ["I'm 14. My mum calls me useless every day and last week she hit me with a cane. I'm so tired, sometimes I just want to disappear for good."],
];

describe("(2) a child who says they want to disappear or die hears a caring line and the advice for it first", () => {
  it.each(TEEN_WISH)("«%s»", async (story) => {
    const r = reporter();
    const first = await r.send(story);
    const text = all(first);
    const advice = first.findIndex((x) => /\b111\b/.test(x.text) && /24\/7/.test(x.text) && /115/.test(x.text) && /113/.test(x.text));
    expect(advice).toBeGreaterThanOrEqual(0);
    expect(first[advice]!.text).toMatch(/người lớn em tin|adult you trust/);
    expect(first[advice]!.text).toMatch(/Cảm ơn em|Thank you/);
    // Before any question: no reply before it asks anything, and it is the first reply.
    expect(advice).toBe(0);
    expect(text).toMatch(/\?/);
  });
});

/** Tells a story, answers the questions (anonymous), sends; the closing's text. */
async function closing(r: WalkReporter, story: string, answers: ReadonlyArray<[RegExp, Say]> = []) {
  const summary = await toSummary(r, await r.send(story), answers);
  expect(hasChoice(summary.at(-1), "submit")).toBe(true);
  return all(await r.send({ choice: "submit" }));
}

const EMERGENCY = "Thằng bé 7 tuổi nhà bên đang bị bố nó cầm gậy đánh ngoài sân, nó la hét xin tha, ở phường Tân Lợi, Đắk Lắk.";
const EMERGENCY_EN = "Right now the 7-year-old boy next door is being beaten with a stick by his father in the yard, he is screaming, Tan Loi ward, Dak Lak.";
const CHILD_EMERGENCY = "Em 12 tuổi, bố em say rượu đang đập cửa phòng em đòi đánh em, em sợ lắm. Em ở phường Tân Lợi, Đắk Lắk.";

describe("(3) the closing says what really happens to the report", () => {
  it.each([[EMERGENCY], [EMERGENCY_EN]])("with an officers' alert channel, an emergency says officers are alerted at once: «%s»", async (story) => {
    const text = await closing(walk.reporter(), story, [[/nguy hiểm ngay|danger right now/, { choice: "yes" }]]);
    expect(text).toMatch(/được báo ngay|alerted at once/);
  });

  it.each([[EMERGENCY], [EMERGENCY_EN]])("with no alert channel, an emergency is in the officers' queue and 113/111 is to call now: «%s»", async (story) => {
    const r = quiet.reporter();
    const text = await closing(r, story, [[/nguy hiểm ngay|danger right now/, { choice: "yes" }]]);
    expect(text).not.toMatch(/được báo ngay|alerted at once|told now/);
    expect(text).toMatch(/hàng đợi|queue/);
    expect(text).toMatch(/113/);
    expect(quiet.storedOf(r.sessionId)?.risk).toBe("emergency");
  });

  it("with no alert channel, a child in danger is not told 'Cô chú được báo ngay'", async () => {
    const text = await closing(quiet.reporter(), CHILD_EMERGENCY, [[/nguy hiểm/, { choice: "yes" }]]);
    expect(text).not.toMatch(/được báo ngay/);
    expect(text).toMatch(/đã nhận được tin của em/);
  });

  it("with an alert channel, a child in danger is told the people who protect children are told now", async () => {
    const text = await closing(walk.reporter(), CHILD_EMERGENCY, [[/nguy hiểm/, { choice: "yes" }]]);
    expect(text).toMatch(/được báo ngay/);
  });
});

describe("(4) nobody can be called back and only the province is known: the commune is asked, once, skippable", () => {
  it.each([
    ["Tôi thấy bé trai 8 tuổi nhà cuối dãy trọ bị chủ trọ bắt đi nhặt ve chai tới khuya, hôm qua bé còn bị đánh. Ở Đắk Lắk.", /xã|phường/, false],
    ["toi thay be trai 8 tuoi nha cuoi day tro bi chu tro bat di nhat ve chai toi khuya, hom qua be con bi danh. o Dak Lak", /xã|phường/, false],
    ["I saw an 8-year-old boy at the end of our boarding house made to collect scrap until midnight by the landlord, yesterday he was beaten too. In Dak Lak.", /commune|ward/i, false],
    ["Em 13 tuổi, ba em đánh em bằng dây điện hôm qua, giờ lưng em còn sưng. Em ở Đắk Lắk.", /Em ở xã\/phường nào, hoặc gần trường\/chợ nào\?/, true],
    ["I'm 13, my dad whipped me with a cable yesterday and my back is still swollen. I live in Dak Lak.", /school|market/i, true],
  ])("«%s»", async (story, asks, childWriter) => {
    const r = reporter();
    let replies = await r.send(story);
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    const seen: string[] = [];
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      seen.push(q);
      const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown|no)$/.test(c.id))?.id;
      if (asks.test(q) && /xã|phường|commune|ward|school/i.test(q)) {
        expect(replies.at(-1)?.choices?.some((c) => c.id === "skip")).toBe(true);
        replies = await r.send(childWriter ? (/[a-z] you/i.test(q) ? "near Hoa Thang school, Hoa Thang ward" : "gần chợ Hòa Thắng, phường Tân Lợi") : /commune|ward/i.test(q) ? "Tan Loi ward" : "phường Tân Lợi");
        continue;
      }
      replies = await r.send(pick === "no" || ASKS_DANGER.test(q) ? { choice: "no" } : pick ? { choice: pick } : "bỏ qua");
    }
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    expect(seen.filter((q) => asks.test(q) && /xã|phường|commune|ward|school/i.test(q))).toHaveLength(1);
    const d = draftOf(r.sessionId)!;
    expect(d.anonymous).toBe(true);
    expect(d.commune ?? "").toMatch(/T[âa]n L[ợo]i|Hòa Thắng|Hoa Thang/);
  });

  it.each([
    ["Em là con gái, 15 tuổi. Chú ruột ở chung nhà đêm nào cũng mò vào giường em, tối nay bố mẹ em lại đi đám cưới xa. Em ở Gia Lai.", true],
    ["Mình 15 tuổi, tối nay ba dượng đi nhậu về chắc chắn lại đánh mình như mọi lần, mình sợ lắm. Mình ở Gia Lai.", true],
  ])("a child in an emergency, anonymous, only the province: the commune asked in a child's words «%s»", async (story) => {
    const r = reporter();
    let replies = await r.send(story);
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    const seen: string[] = [];
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      seen.push(q);
      const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(/gần trường\/chợ/.test(q) ? "gần chợ Phù Đổng, phường Pleiku" : /nguy hiểm/.test(q) ? { choice: "yes" } : pick ? { choice: pick } : "bỏ qua");
    }
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    expect(seen.filter((q) => /Em ở xã\/phường nào, hoặc gần trường\/chợ nào\?/.test(q))).toHaveLength(1);
    expect(draftOf(r.sessionId)!.commune ?? draftOf(r.sessionId)!.extraNotes.join(" ")).toMatch(/Pleiku|Phù Đổng/);
  });

  it("skipping it goes to the summary, never asked again", async () => {
    const r = reporter();
    let replies = await r.send("Tôi thấy bé gái 6 tuổi nhà bên bị mẹ đánh bằng móc áo hôm qua, tay bé bầm tím. Ở Gia Lai.");
    const seen: string[] = [];
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      seen.push(q);
      const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(hasChoice(replies.at(-1), "menu:report") ? { choice: "menu:report" } : ASKS_DANGER.test(q) ? { choice: "no" } : pick ? { choice: pick } : "bỏ qua");
    }
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    expect(seen.filter((q) => /xã|phường/.test(q)).length).toBeLessThanOrEqual(1);
  });

  it("a reporter who leaves a phone number is not asked the commune after it", async () => {
    const r = reporter();
    const replies = await r.send("Tôi thấy bé gái 6 tuổi nhà bên bị mẹ đánh bằng móc áo hôm qua, tay bé bầm tím. Ở Gia Lai.");
    const seen: string[] = [];
    let last: Reply[] = replies;
    for (let i = 0; i < 10 && !hasChoice(last.at(-1), "submit"); i++) {
      const q = lastLine(last.at(-1));
      seen.push(q);
      const pick = last.at(-1)?.choices?.find((c) => /^(skip|unknown)$/.test(c.id))?.id;
      last = await r.send(/liên lạc/.test(q) ? "0905 123 456" : /đồng ý/.test(q) ? { choice: "yes" } : ASKS_DANGER.test(q) ? { choice: "no" } : pick ? { choice: pick } : "bỏ qua");
    }
    const afterContact = seen.slice(seen.findIndex((q) => /liên lạc/.test(q)) + 1);
    expect(afterContact.some((q) => /xã|phường/.test(q))).toBe(false);
  });
});

const TONIGHT = /tối nay|tonight/i;
const BACK_TODAY = /về lại với người gây hại hôm nay|phải về nhà hôm nay|go back to the person .* today|back home today/i;

describe("(5) tonight's advice when the story says the harm may come tonight, and only then", () => {
  it.each([
    ["Em gái tôi 9 tuổi, dượng nó cứ lúc mẹ nó đi làm ca đêm là vào phòng nó sờ soạng. Tối nay mẹ nó lại trực đêm. Ở phường Tân Lợi, Đắk Lắk."],
    ["Bé trai 6 tuổi nhà bên, bố nó đi nhậu nhắn về là tối nay sẽ đánh chết hai mẹ con. Ở phường Tân Lợi, Đắk Lắk."],
    ["be trai 6 tuoi nha ben, bo no di nhau nhan ve la toi nay se danh chet hai me con. o phuong Tan Loi, Dak Lak"],
    ["The 9-year-old girl next door: her stepfather goes into her room whenever her mum works the night shift, and her mum is on nights again tonight. Tan Loi ward, Dak Lak."],
  ])("«%s» gets the tonight advice, once", async (story) => {
    const r = reporter();
    const replies: Reply[] = [];
    let last = await r.send(story);
    replies.push(...last);
    for (let i = 0; i < 10 && !hasChoice(last.at(-1), "submit"); i++) {
      const q = lastLine(last.at(-1));
      const pick = last.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      last = await r.send(hasChoice(last.at(-1), "menu:report") ? { choice: "menu:report" } : ASKS_DANGER.test(q) ? { choice: "unknown" } : pick ? { choice: pick } : "bỏ qua");
      replies.push(...last);
    }
    const advice = replies.filter((x) => TONIGHT.test(x.text) && !/TÓM TẮT|SUMMARY/.test(x.text) && /ở nhờ|sang|stay|sleep|leave|rời|đi khỏi|đón|113/.test(x.text));
    expect(advice.length).toBe(1);
  });

  it.each([
    ["Cô giáo chủ nhiệm của cháu tôi (10 tuổi) hay bắt cháu đứng phơi nắng và mắng là ngu, chuyện này kéo dài cả học kỳ. Ở phường Tân Lợi, Đắk Lắk."],
    ["Tôi thấy trên mạng có người lạ nhắn tin dụ cháu gái 12 tuổi của tôi gửi ảnh, mấy tuần nay rồi. Ở phường Tân Lợi, Đắk Lắk."],
  ])("«%s» with no harm tonight gets no 'going back to the harmer today' line", async (story) => {
    const r = reporter();
    const replies: Reply[] = [];
    let last = await r.send(story);
    replies.push(...last);
    for (let i = 0; i < 10 && !hasChoice(last.at(-1), "submit"); i++) {
      const q = lastLine(last.at(-1));
      const pick = last.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      last = await r.send(hasChoice(last.at(-1), "menu:report") ? { choice: "menu:report" } : ASKS_DANGER.test(q) ? "không rõ, mai cháu lại đi học" : pick ? { choice: pick } : "bỏ qua");
      replies.push(...last);
    }
    expect(all(replies)).not.toMatch(BACK_TODAY);
    expect(storedOf(r.sessionId) ?? draftOf(r.sessionId)).toBeDefined();
  });
});
