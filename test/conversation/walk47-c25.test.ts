/**
 * Walk 47 (c25): fresh reporters through the real web chat HTTP API (POST /api/chat/messages) over the real conversation core,
 * triage, fact module and reporter flow, with an in-memory case intake. Sentences written for these tests, in no corpus or eval file.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebChat } from "../../src/channels/web/web-chat.ts";
import { createDefaultConversationCore } from "../../src/conversation/default-conversation-core.ts";
import { createMemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";
import { createMemoryCaseIntake } from "../../src/intake/report-flow/memory-case-intake.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { captureLogger } from "../channels/channel-test-support.ts";
import { captureLogger as coreLogger, type LogRecord } from "./conversation-harness.ts";
import { all, ASKS_DANGER, hasChoice, lastLine, type Say } from "./real-core-harness.ts";

const intake = createMemoryCaseIntake();
let app: FastifyInstance;
let sessions = 0;
let ids = 0;

beforeAll(async () => {
  const logs: LogRecord[] = [];
  const core = createDefaultConversationCore({
    store: createMemoryConversationStore(), caseIntake: intake, logger: coreLogger(logs), registry: loadRegistry(),
    answerQuestion: () => ({ answer: "Các kế hoạch trong kho không trả lời câu hỏi này.", found: false, citations: [], language: "vi" as const }),
    today: "2026-12-03", rateLimit: { capacity: 1000, refillPerSecond: 100, maxUsers: 1000 },
  });
  app = Fastify();
  await createWebChat({ core, logger: captureLogger().logger }).routes(app);
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

/** A fresh browser session on the web chat page. */
function reporter() {
  const sessionId = `walk47-session-${++sessions}`;
  const seen: Reply[] = [];
  async function send(x: Say): Promise<Reply[]> {
    const body = { sessionId, messageId: `walk47-msg-${++ids}`, ...(typeof x === "string" ? { text: x } : { choice: x.choice }) };
    const res = await app.inject({ method: "POST", url: "/api/chat/messages", payload: body });
    expect(res.statusCode).toBe(200);
    const replies = res.json().replies as Reply[];
    seen.push(...replies);
    return replies;
  }
  return { sessionId, seen, send };
}
type Reporter = ReturnType<typeof reporter>;

const draftOf = (chatId: string) => [...intake.drafts.values()].filter((d) => d.chatId === chatId).at(-1);
const stored = (chatId: string) => [...intake.cases.values()].find((c) => c.draft.chatId === chatId);
const ASKS_WHO = /Bạn là ai đối với trẻ|Who are you to the child/;

/** Answers each question (by pattern, else "no" to danger, else anonymous / skip / unknown) until the summary; returns the questions asked. */
async function toSummary(r: Reporter, replies: Reply[], answers: ReadonlyArray<[RegExp, Say]> = []) {
  const asked: string[] = [];
  let last = replies;
  for (let i = 0; i < 14 && !hasChoice(last.at(-1), "submit"); i++) {
    if (hasChoice(last.at(-1), "menu:report")) { last = await r.send({ choice: "menu:report" }); continue; }
    const q = lastLine(last.at(-1));
    asked.push(q);
    const hit = answers.find(([re]) => re.test(q));
    const pick = last.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    last = await r.send(hit ? hit[1] : ASKS_DANGER.test(q) || /Ngay lúc này em/.test(q) ? { choice: "no" } : pick ? { choice: pick } : "bỏ qua");
  }
  return { asked, last, summary: last.at(-1)?.text ?? "" };
}

describe("1. who the reporter is, said in other words, is matched to a choice, never stored raw nor asked again", () => {
  const story = "Ở phường Hòa Minh, Đà Nẵng có bé trai chừng 8 tuổi bị bố say rượu đánh bằng dây điện hôm kia, khóc suốt đêm.";
  it.each([
    ["mình thuê phòng trọ sát bên nhà bé", "neighbour"],
    ["tui ở chung dãy trọ với nhà nó", "neighbour"],
    ["nhà tôi ngay vách bên", "neighbour"],
    ["t la bn hoc cua no", "other"],
    ["e là bn thân của thằng bé", "other"],
    ["chính mình là người bị đánh đó", "self"],
    ["người bị đánh là em", "self"],
  ] as const)("typed at the relation step: %s", async (typed, relation) => {
    const r = reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 6 && !ASKS_WHO.test(lastLine(replies.at(-1))); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|skip|unknown|menu:report)$/.test(c.id))?.id;
      replies = await r.send({ choice: pick ?? "skip" });
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_WHO);
    replies = await r.send(typed);
    expect(lastLine(replies.at(-1))).not.toMatch(ASKS_WHO);
    const d = draftOf(r.sessionId)!;
    expect(d.reporterRelation).toBe(relation);
    expect(d.reporterRelationText ?? "").not.toBe(typed);
    if (relation === "other") expect(d.reporterRelationText).toMatch(/bạn/);
  });

  it("words that name no choice are asked about once in other words, then kept for officers (never a loop, never the relation as typed)", async () => {
    const r = reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 6 && !ASKS_WHO.test(lastLine(replies.at(-1))); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|skip|unknown|menu:report)$/.test(c.id))?.id;
      replies = await r.send({ choice: pick ?? "skip" });
    }
    const first = lastLine(replies.at(-1));
    replies = await r.send("tôi quen biết nhà đó lâu rồi");
    const again = all(replies);
    expect(again).toMatch(/người nhà|hàng xóm|thầy cô|bạn của/);
    expect(draftOf(r.sessionId)!.reporterRelationText).not.toBe("tôi quen biết nhà đó lâu rồi");
    expect(lastLine(replies.at(-1))).not.toBe(first);
    replies = await r.send("thì quen biết thôi");
    expect(all(replies)).not.toMatch(ASKS_WHO);
    const d = draftOf(r.sessionId)!;
    expect(d.reporterRelation).toBe("other");
    expect(d.extraNotes.join("\n")).toContain("tôi quen biết nhà đó lâu rồi");
  });

  it.each([
    ["Mình ở phòng trọ ngay sát vách, đêm qua nghe bé gái 6 tuổi phòng bên bị mẹ đánh la hét, ở phường Linh Xuân, TP Hồ Chí Minh.", "neighbour"],
    ["e la bn cua no, no 12t, bo no danh no bam tim ca nguoi hom qua, o phuong Ben Thanh tp hcm", "other"],
    ["em chào anh chị, hàng xóm nhà em có bé gái 5 tuổi hay bị mẹ kế đánh, ở phường Hòa Minh, Đà Nẵng, hôm qua", "neighbour"],
    ["Phòng trọ cạnh phòng tui có bé gái 4 tuổi bị mẹ bỏ đói mấy ngày nay, ở phường Linh Trung, TP Hồ Chí Minh", "neighbour"],
    ["Con tôi 8 tuổi bị hàng xóm nhà tôi đánh hôm qua ở xã Tân Phú, Đồng Nai", "family"],
  ] as const)("said in the story, it is not asked: %s", async (story, relation) => {
    const r = reporter();
    const { asked } = await toSummary(r, await r.send(story));
    expect(asked.filter((q) => ASKS_WHO.test(q))).toEqual([]);
    expect(draftOf(r.sessionId)!.reporterRelation).toBe(relation);
  });
});

const CHILD_SAFETY = /người lớn em tin|Gọi 111 miễn phí|gọi 111/;
describe("2. child mode for a child writing in chat spelling or with 'tớ' / 'mình' / 'e', not for a polite adult 'em'", () => {
  it.each([
    "e la ban cua no, no 11t, ba no danh no hoai, e lo cho no lam",
    "mik là bn thân của nó, nó 13t, mẹ kế nó bỏ đói nó mấy hôm nay",
  ])("a child telling of a friend: %s", async (story) => {
    const r = reporter();
    const first = await r.send(story);
    expect(all(first)).toMatch(CHILD_SAFETY);
    expect(all(first)).not.toMatch(/Có vẻ bạn đang kể/);
  });

  it.each([
    "tớ 11 tuổi, tối nào ba tớ cũng nhậu xong rồi đánh tớ, tớ ở phường Tân Định tp hcm",
    "e 12t, me ke e nhot e trong nha kho hoai, e o xa Tan Phu Dong Nai",
  ])("a child about themself: safety first, once; no photo offer after the code: %s", async (story) => {
    const r = reporter();
    const first = await r.send(story);
    expect(all(first)).toMatch(CHILD_SAFETY);
    const { last } = await toSummary(r, first);
    const sent = await r.send({ choice: "submit" });
    expect(all(sent)).toMatch(/Mã của em|mã/i);
    expect(all(sent)).not.toMatch(/ảnh|photo/i);
    const advice = r.seen.filter((x) => /Em không có lỗi/.test(x.text)).length;
    expect(advice).toBeLessThanOrEqual(1);
    expect(last.at(-1)?.text).toMatch(/em/);
  });

  it.each([
    "em là giáo viên tiểu học, em thấy bé trai lớp em 8 tuổi bị bố đánh bầm tay hôm qua",
    "em chào anh chị, hàng xóm nhà em có bé gái 5 tuổi hay bị mẹ kế đánh",
  ])("an adult's polite 'em' is no child: %s", async (story) => {
    const r = reporter();
    const first = await r.send(story);
    expect(all(first)).not.toMatch(/Em không có lỗi/);
  });
});

describe("3. asking whether or how to report here is the start of a report, in any spelling", () => {
  it.each([
    "cho minh hoi bao tin o day dc ko",
    "ở đây có nhận báo tin không ạ",
    "muốn báo tin thì làm sao ạ",
    "can I report something here?",
  ])("%s", async (typed) => {
    const r = reporter();
    const replies = await r.send(typed);
    expect(all(replies)).not.toMatch(/kế hoạch trong kho/);
    expect(replies.some((x) => x.choices?.some((c) => c.id === "menu:report")) || /Chuyện gì|What happened|kể|in your own words/.test(all(replies))).toBe(true);
  });
});

describe("4. a sex corrected per child is applied to each", () => {
  it.each([
    ["Tôi là hàng xóm. Hai đứa nhỏ nhà bên ở phường Tân Định, TP Hồ Chí Minh bị mẹ kế đánh hôm qua, hai anh em.", "đứa lớn là con gái, đứa nhỏ là con trai", /bé gái.*bé trai/],
    ["Tôi là cô giáo. Hai chị em bé Na ở xã Hòa Vang, Đà Nẵng bị bố đánh tuần trước.", "không phải, đứa lớn là trai, đứa nhỏ là gái", /bé trai.*bé gái/],
  ] as const)("%s / %s", async (story, fix, each) => {
    const r = reporter();
    const { last } = await toSummary(r, await r.send(story), [[/bao nhiêu tuổi/, { choice: "unknown" }]]);
    expect(hasChoice(last.at(-1), "submit")).toBe(true);
    const after = (await r.send(fix)).at(-1)?.text ?? "";
    expect(after).toMatch(each);
    expect(after).not.toMatch(/chưa đọc ra/);
  });
});

describe("5. a weekday is a day, not a count of weeks", () => {
  it.each([
    ["Tôi là cô giáo, bé Hiền 9 tuổi ở xã Phú Hòa, Gia Lai bị bố đánh gãy tay thứ sáu tuần rồi.", /thứ sáu/],
    ["Tôi là hàng xóm, bé Tín 7 tuổi ở phường An Hải, Đà Nẵng bị dượng đánh hôm thứ hai tuần trước.", /thứ hai/],
    ["Tôi là hàng xóm, bé Tín 7 tuổi ở phường An Hải, Đà Nẵng bị dượng đánh chủ nhật vừa rồi.", /chủ nhật/],
    ["toi la hang xom, be Tin 7 tuoi o phuong An Hai, Da Nang bi duong danh t7 tuan truoc", /t7|thứ bảy/],
  ] as const)("%s", async (story, day) => {
    const r = reporter();
    const { summary, asked } = await toSummary(r, await r.send(story));
    expect(summary).toMatch(day);
    expect(summary).not.toMatch(/(?<!thứ )(?:sáu|hai|bảy) tuần/);
    expect(asked.filter((q) => /khi nào/.test(q))).toEqual([]);
  });
});

describe("6. a number alone is no count of children, age, place or time; said with a child word it adds children", () => {
  it("'thêm 3' typed at the questions is kept, not taken as an answer", async () => {
    const r = reporter();
    let replies = await r.send("Hai đứa nhỏ nhà bên bị mẹ kế đánh hôm qua.");
    const seen: string[] = [];
    for (let i = 0; i < 8 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      if (ASKS_DANGER.test(q)) { replies = await r.send({ choice: "no" }); continue; }
      if (/ở đâu|bao nhiêu tuổi|xã, phường/.test(q) && !seen.includes(q)) { seen.push(q); replies = await r.send("thêm 3"); continue; }
      const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    const d = draftOf(r.sessionId)!;
    expect(d.children).toBe(2);
    expect(d.childAgeText ?? "").not.toMatch(/thêm/);
    expect(d.locationText ?? "").not.toMatch(/thêm/);
    expect(d.commune ?? "").not.toMatch(/thêm/);
    expect(d.extraNotes.join("\n")).toContain("thêm 3");
  });

  it("'thêm 3' at the time question is no time", async () => {
    const r = reporter();
    let replies = await r.send("Bé Lan 7 tuổi ở xã Phú Hòa, Gia Lai bị bố đánh.");
    replies = await r.send({ choice: "no" });
    expect(lastLine(replies.at(-1))).toMatch(/khi nào/);
    await r.send("thêm 3");
    expect(draftOf(r.sessionId)!.when).not.toBe("thêm 3");
  });

  it.each([
    ["thêm 3 đứa nữa cũng bị", 4],
    ["còn 2 bé nữa trong nhà cũng bị đánh", 3],
  ] as const)("at the summary: %s", async (typed, count) => {
    const r = reporter();
    await toSummary(r, await r.send("Tôi là cô giáo, bé Lan 7 tuổi ở xã Phú Hòa, Gia Lai bị bố đánh hôm qua."));
    const after = (await r.send(typed)).at(-1)?.text ?? "";
    expect(draftOf(r.sessionId)!.children).toBe(count);
    expect(after).toMatch(new RegExp(`${count} trẻ`));
  });
});

describe("7. the harmer's sex, when the words say it, is stored", () => {
  it.each([
    ["Tôi là hàng xóm, bé Tú 9 tuổi ở phường An Hải, Đà Nẵng bị ông Bảy hàng xóm sàm sỡ hôm qua, ổng còn cho bé tiền.", "male"],
    ["Tôi là cô giáo, bé Lan 7 tuổi ở xã Phú Hòa, Gia Lai hay bị một đứa con trai lớp trên bắt nạt, hôm qua nó đánh bé chảy máu mũi.", "male"],
    ["Tôi là cô giáo, bé Lan 7 tuổi ở xã Phú Hòa, Gia Lai hay bị một bạn nam lớp trên bắt nạt, hôm qua đánh bé chảy máu mũi.", "male"],
    ["Tôi là hàng xóm, bé Tí 6 tuổi ở phường Linh Trung, TP Hồ Chí Minh hay bị bà chủ trọ đánh, hôm qua bà ấy tát bé.", "female"],
    ["Tôi là hàng xóm, bé Tí 6 tuổi ở phường Linh Trung, TP Hồ Chí Minh bị mẹ đánh bằng roi hôm qua.", "female"],
  ] as const)("%s", async (story, sex) => {
    const r = reporter();
    await toSummary(r, await r.send(story));
    await r.send({ choice: "submit" });
    expect(draftOf(r.sessionId)!.harmerSex).toBe(sex);
    expect(stored(r.sessionId)?.draft.harmerSex).toBe(sex);
  });
});

describe("8. at the summary only the reporter's own plain word that the child is safe now lowers the danger", () => {
  const story = "Tôi là hàng xóm, bé Mận 8 tuổi ở xã Phú Hòa, Gia Lai, bố nó đang say rượu cầm gậy đuổi đánh nó ngoài sân.";
  it.each([
    "bé nói với tôi là giờ nó không sao",
    "nó bảo 'con không sao đâu cô'",
    "chắc giờ không sao rồi",
    "hình như giờ bé ổn rồi",
  ])("kept: %s", async (typed) => {
    const r = reporter();
    await toSummary(r, await r.send(story));
    expect(draftOf(r.sessionId)!.dangerNow).toBe("yes");
    await r.send({ choice: "edit" });
    await r.send(typed);
    const d = draftOf(r.sessionId)!;
    expect(d.dangerNow).toBe("yes");
    expect(d.extraNotes.join("\n")).toContain(typed);
  });

  it("lowered: the reporter's own plain statement", async () => {
    const r = reporter();
    await toSummary(r, await r.send(story));
    await r.send({ choice: "edit" });
    await r.send("giờ bé đang ở nhà tôi, an toàn rồi");
    expect(draftOf(r.sessionId)!.dangerNow).toBe("no");
  });
});

describe("9. an addition after the code is read for danger like a first message", () => {
  const story = "Tôi là cô giáo, bé Lan 7 tuổi ở xã Phú Hòa, Gia Lai bị bố đánh hôm qua.";
  it.each([
    "ông ta đang đạp cửa phòng bé",
    "hắn quay lại rồi, đang la hét đòi đánh bé",
    "he came back and is kicking her door",
  ])("%s", async (extra) => {
    const r = reporter();
    await toSummary(r, await r.send(story));
    const code = all(await r.send({ choice: "submit" }));
    expect(code).toMatch(/Mã báo tin/);
    const replies = await r.send(extra);
    expect(all(replies)).toMatch(/113/);
    expect(all(replies)).toMatch(/Đã thêm vào báo tin|added to report/i);
    // Once: the same danger again does not bring the alarm a second time.
    const again = await r.send(extra);
    expect(all(again)).not.toMatch(/GỌI NGAY 113|CALL 113/);
  });

  it("a harmless addition gets no alarm", async () => {
    const r = reporter();
    await toSummary(r, await r.send(story));
    await r.send({ choice: "submit" });
    expect(all(await r.send("nhà bé có cổng sơn màu xanh, gần chợ"))).not.toMatch(/GỌI NGAY 113/);
  });
});
