/**
 * Findings of an independent walk of fresh reporters through the web chat (issue 13), each
 * replayed through the real conversation core, the real triage and fact module and the real
 * reporter flow, with the tester's sentences and others of the same kind: a child telling a
 * long, messy story; a procedure question after the code; the reporter's role from their own
 * introduction; English place answers and corrections; danger already told; "từ tháng 9";
 * several children in the summary; a question typed without "?" after the code.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createDefaultConversationCore } from "../../src/conversation/default-conversation-core.ts";
import { createMemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import type { ConversationCore, InboundMessage, Reply } from "../../src/conversation/conversation-types.ts";
import { createMemoryCaseIntake, type MemoryCase } from "../../src/intake/report-flow/memory-case-intake.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { captureLogger, type LogRecord } from "./conversation-harness.ts";

let core: ConversationCore;
const intake = createMemoryCaseIntake();
const logs: LogRecord[] = [];
const kbAsked: string[] = [];
let n = 0;
let chats = 0;

beforeAll(() => {
  core = createDefaultConversationCore({
    store: createMemoryConversationStore(), caseIntake: intake, logger: captureLogger(logs), registry: loadRegistry(),
    answerQuestion: (q) => { kbAsked.push(q); return { answer: "Các kế hoạch trong kho không trả lời câu hỏi này.", found: false, citations: [], language: "vi" }; },
    today: "2026-12-03", rateLimit: { capacity: 1000, refillPerSecond: 100, maxUsers: 1000 },
  });
});

type Say = string | { choice: string };

function reporter() {
  const chatId = `probe-${++chats}`;
  const seen: Reply[] = [];
  const send = async (x: Say): Promise<Reply[]> => {
    const base = { channel: "web" as const, chatId, userId: chatId, messageId: `p${++n}`, attachments: [], receivedAt: new Date() };
    const message: InboundMessage = typeof x === "string" ? { ...base, kind: "text", text: x } : { ...base, kind: "choice", text: null, choice: x.choice };
    const replies = await core.handle(message);
    seen.push(...replies);
    return replies;
  };
  return { chatId, seen, send };
}

const lastLine = (r: Reply | undefined) => (r?.text ?? "").split("\n").filter((l) => l.trim()).at(-1) ?? "";
const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
const choiceLike = (r: Reply | undefined, re: RegExp) => r?.choices?.find((c) => re.test(c.label) || re.test(c.id));

interface Walked {
  first: Reply[];
  questions: string[];
  replies: Reply[];
  stored: MemoryCase | undefined;
  summary: string;
  send: (x: Say) => Promise<Reply[]>;
  chatId: string;
}

/**
 * Tells the story, accepts the offer to report, answers each question from `answers` (by a
 * pattern on the question), skips the rest, and sends the summary (after `correction`, if any).
 */
async function walk(story: string, answers: Array<[RegExp, Say]>, options: { correction?: string } = {}): Promise<Walked> {
  const r = reporter();
  const first = await r.send(story);
  let replies = first;
  const questions: string[] = [];
  let summary = "";
  let corrected = false;
  for (let i = 0; i < 20; i++) {
    const last = replies.at(-1);
    if (/\bTE-[A-Z0-9]{4,}\b|Mã báo tin|report code|Mã của em|Your code/.test(all(replies)) && !last?.choices?.some((c) => c.id === "submit")) break;
    const offer = choiceLike(last, /^menu:report$/);
    if (offer && i === 0) { replies = await r.send({ choice: offer.id }); continue; }
    if (last?.choices?.some((c) => c.id === "submit")) {
      summary = last.text;
      if (options.correction && !corrected) {
        corrected = true;
        await r.send({ choice: "edit" });
        replies = await r.send(options.correction);
        summary = replies.at(-1)?.text ?? "";
        continue;
      }
      replies = await r.send({ choice: "submit" });
      continue;
    }
    const q = lastLine(last);
    questions.push(q);
    const hit = answers.find(([re]) => re.test(q));
    if (hit) { replies = await r.send(hit[1]); continue; }
    const skip = choiceLike(last, /^(skip|unknown|anonymous)$/);
    replies = await r.send(skip ? { choice: skip.id } : "bỏ qua");
  }
  const stored = [...intake.cases.values()].find((c) => c.draft.chatId === r.chatId);
  return { first, questions, replies: r.seen, stored, summary, send: r.send, chatId: r.chatId };
}

const DANGER_Q = /nguy hiểm ngay|in danger right now|đang gặp nguy hiểm/i;
const ANSWERS: Array<[RegExp, Say]> = [
  [DANGER_Q, { choice: "unknown" }],
  [/liên lạc với bạn qua đâu|How can officers contact/i, { choice: "anonymous" }],
  [/liên lạc|contact/i, { choice: "anonymous" }],
];

describe("a child writing about themself is answered as a child, however long the story", () => {
  const stories = [
    // The tester's child, and the issue's own example.
    "em 13 tuổi, em là con gái, nhà em ở xã Ia Grai tỉnh Gia Lai. bố dượng em tối nào say cũng đánh em với mẹ, tối qua đánh em bầm hết tay. em sợ lắm không biết làm sao",
    "em 13 tuổi, bố em say rượu đánh em đau lắm, em sợ về nhà",
    // Of the same kind: "mình", a grade instead of an age, a mother and an aunt named in the story.
    "mình năm nay 12 tuổi, ở với mẹ và dì ở phường Pleiku, Gia Lai. dì mình hay lấy roi quất mình, hôm qua mình bị đuổi ra ngoài ngủ, mẹ mình không dám nói gì",
    "em học lớp 6, nhà em ở xã Cư M'gar tỉnh Đắk Lắk. mẹ kế em bắt em làm hết việc nhà, làm sai là đánh em với em trai em, em không muốn về nhà nữa",
  ];
  for (const story of stories) {
    it(`«${story.slice(0, 40)}…» gets safety advice and 111 in 'em' words first, is stored as the child, and is never asked for photos`, async () => {
      const w = await walk(story, ANSWERS);
      const first = all(w.first);
      expect(first).toMatch(/111/);
      expect(first).toMatch(/\bem\b/);
      expect(first).toMatch(/Em không có lỗi|em đã làm đúng/i);
      expect(first).not.toMatch(/Có vẻ bạn đang kể/);
      expect(w.questions.join("\n")).not.toMatch(/Bạn là ai/);
      expect(w.stored?.draft.reporterRelation).toBe("self");
      expect(all(w.replies)).not.toMatch(/\bảnh\b|hình ảnh|chụp/i);
      // After the code: adding information does not ask a child for photos either.
      const add = await w.send({ choice: `case:add:${w.stored?.caseCode}` });
      expect(all(add)).not.toMatch(/\bảnh\b/);
    });
  }

  it("'bố dượng em ... đánh em với mẹ': the stepfather is the one who hurts, not the mother hit with the child", async () => {
    const w = await walk(stories[0]!, ANSWERS);
    expect(w.stored?.draft.harmer).toBe("stepfather");
    expect(w.summary).toMatch(/người làm hại em: bố dượng/);
    const k = await walk("mình 14 tuổi, tối nào chú mình cũng say rồi chửi mắng mình và cả mẹ, mình ở phường Pleiku, Gia Lai", ANSWERS);
    expect(k.stored?.draft.harmer).not.toBe("mother");
  });

  it("an adult with a child's age in the story stays an adult ('Con gái tôi 15 tuổi', 'chị 9 tuổi, em 5 tuổi')", async () => {
    const a = await walk("Tôi là mẹ của cháu. Con gái tôi 15 tuổi, nhà ở phường Hải Châu, thành phố Đà Nẵng. Thầy dạy thêm sờ ngực cháu.", ANSWERS);
    expect(a.stored?.draft.reporterRelation).toBe("family");
    const b = await walk("Hai bé gái nhà bên cạnh, chị 9 tuổi, em 5 tuổi, ở xã Hòa Vang, thành phố Đà Nẵng, bị bố mẹ bỏ đói. Tôi là hàng xóm.", ANSWERS);
    expect(b.stored?.draft.reporterRelation).toBe("neighbour");
  });
});

describe("after the code, a question about the report is answered, not sent to the plans nor added to the case", () => {
  const questions: Array<[string, RegExp]> = [
    ["có cần gửi ảnh vết bầm không ạ", /không cần gửi ảnh/i],
    ["em có phải chụp ảnh vết thương không", /không cần gửi ảnh|không phải chụp/i],
    ["bố em có biết em báo không", /bí mật|giữ kín/i],
  ];
  for (const [question, answer] of questions) {
    it(`a child asking «${question}» is answered in words for a child, with 111`, async () => {
      const w = await walk("em 13 tuổi, bố em say rượu đánh em đau lắm, em sợ về nhà", ANSWERS);
      const asked = kbAsked.length;
      const replies = await w.send(question);
      const text = all(replies);
      expect(text).toMatch(answer);
      expect(text).toMatch(/111/);
      expect(text).not.toMatch(/kế hoạch/i);
      expect(kbAsked.length).toBe(asked);
      expect(w.stored?.additions.map((a) => a.text)).not.toContain(question);
    });
  }

  const adultQuestions = ["bố nó có biết tôi là người báo không", "nhà nó có biết ai báo không", "will the parents know it was me"];
  for (const question of adultQuestions) {
    it(`an adult asking «${question}» (no question mark) is told it is confidential, and it stays out of the case`, async () => {
      const w = await walk("Tôi là hàng xóm. Bé trai 10 tuổi nhà đối diện ở phường Thuận Hóa, thành phố Huế bị mẹ kế đánh hằng ngày.", ANSWERS);
      const replies = await w.send(question);
      expect(all(replies)).toMatch(/bí mật|confidential/i);
      expect(w.stored?.additions.map((a) => a.text)).not.toContain(question);
      // The same in the "add information" step.
      await w.send({ choice: `case:add:${w.stored?.caseCode}` });
      const again = await w.send(question);
      expect(all(again)).toMatch(/bí mật|confidential/i);
      expect(w.stored?.additions.map((a) => a.text)).not.toContain(question);
      const info = await w.send("quên nói: bé còn bị nhốt ngoài sân cả đêm");
      expect(all(info)).toMatch(/Đã thêm/);
      expect(w.stored?.additions.map((a) => a.text)).toContain("quên nói: bé còn bị nhốt ngoài sân cả đêm");
    });
  }
});

describe("the reporter's role is read from their own introduction", () => {
  const teachers = [
    "Tôi là chủ nhiệm lớp. Tuần trước em Hùng, học sinh nam 11 tuổi, ở phường Hà Đông, Hà Nội bị bố đánh chảy máu đầu phải khâu 3 mũi. Em vẫn ở với bố.",
    "Cô là cô chủ nhiệm của bé Mai lớp 3 ở xã Ia Grai, Gia Lai, bé 8 tuổi hay bị mẹ kế đánh, hôm qua bé đến lớp tay bầm tím.",
    "Tôi là giáo viên chủ nhiệm, học sinh nữ lớp 5 của tôi ở phường Ninh Kiều, Cần Thơ bị bố đánh bầm lưng tuần trước.",
  ];
  for (const story of teachers) {
    it(`«${story.slice(0, 40)}…» is stored as a teacher`, async () => {
      const w = await walk(story, ANSWERS);
      expect(w.stored?.draft.reporterRelation).toBe("teacher");
      expect(w.summary).toMatch(/người báo tin: thầy cô giáo/);
    });
  }
});

describe("English places: read from the story, typed answers cleaned, corrections understood", () => {
  const story = "I'm a volunteer teacher in Ta Van commune, Lao Cai province. A 9-year-old boy in my class told me yesterday that his uncle, who he lives with, burns him with cigarettes when he misbehaves.";
  it("'Ta Van commune' in the story is the commune: not asked again", async () => {
    const w = await walk(story, [[/in danger/i, { choice: "unknown" }], [/contact/i, { choice: "anonymous" }]]);
    expect(w.questions.join("\n")).not.toMatch(/commune|ward|village/i);
    expect(w.stored?.draft.commune).toBe("Ta Van commune");
  });

  for (const [typed, want] of [["in Ta Van, I already said that", "Ta Van"], ["in Ta Van commune", "Ta Van commune"], ["It's Hoa Xuan ward, as I said", "Hoa Xuan ward"]] as const) {
    it(`a typed commune «${typed}» is stored as «${want}»`, async () => {
      const w = await walk("I am a neighbour. A 7-year-old girl next door in Lao Cai is beaten by her father every week.", [
        [/in danger/i, { choice: "no" }], [/commune|ward|village/i, typed], [/contact/i, { choice: "anonymous" }],
      ]);
      expect(w.stored?.draft.commune).toBe(want);
      expect(w.summary).not.toMatch(/in in|already said/);
    });
  }

  const corrections: Array<[string, string, RegExp]> = [
    ["I am a neighbour. A 7-year-old girl next door in Hoa Vang commune, Da Nang is beaten by her father every week.", "the commune is Hoa Xuan", /Hoa Xuan/],
    ["I am a neighbour. A 7-year-old girl next door in Hoa Vang commune, Da Nang is beaten by her father every week.", "not Hoa Vang but Hoa Xuan", /Hoa Xuan/],
    ["Tôi là hàng xóm, bé gái 7 tuổi ở xã Hòa Vang, Đà Nẵng bị bố đánh hằng tuần.", "xã là Hòa Xuân", /xã Hòa Xuân/],
    ["Tôi là hàng xóm, bé gái 7 tuổi ở xã Hòa Vang, Đà Nẵng bị bố đánh hằng tuần.", "không phải Hòa Vang mà là Hòa Xuân", /xã Hòa Xuân/],
    ["Tôi là hàng xóm, bé gái 7 tuổi ở xã Hòa Vang, Đà Nẵng bị bố đánh hằng tuần.", "Hòa Xuân chứ không phải Hòa Vang", /xã Hòa Xuân/],
  ];
  for (const [told, fix, want] of corrections) {
    it(`the correction «${fix}» changes the commune`, async () => {
      const w = await walk(told, [[DANGER_Q, { choice: "no" }], [/contact|liên lạc/i, { choice: "anonymous" }]], { correction: fix });
      expect(w.summary).not.toMatch(/could not read which detail|chưa đọc được/i);
      expect(w.stored?.draft.commune).toMatch(want);
      expect(w.stored?.draft.commune).not.toMatch(/Vang/);
    });
  }
});

describe("danger and time already told are not asked", () => {
  const emergencies = [
    "cứu với, chồng chị hàng xóm đang cầm dao dọa giết hai mẹ con, thằng bé 7 tuổi đang khóc thét, ông ta nói tối nay sẽ giết nó. Nhà ở phường Tân Định, TP Hồ Chí Minh",
    "bố con bé đang say rượu cầm gậy đuổi đánh nó ngoài đường, bé gái 9 tuổi, ở xã Ia Grai, Gia Lai, tôi là hàng xóm",
  ];
  for (const story of emergencies) {
    it(`«${story.slice(0, 40)}…» gets 113 once at once, is not asked about danger now, and is stored as an emergency`, async () => {
      const w = await walk(story, ANSWERS);
      expect(all(w.first)).toMatch(/113/);
      expect(w.questions.join("\n")).not.toMatch(DANGER_Q);
      expect(w.stored?.risk).toBe("emergency");
      expect(w.stored?.draft.dangerNow).toBe("yes");
      const urgent = w.replies.filter((r) => /113/.test(r.text) && r.urgent);
      expect(urgent.length).toBe(1);
    });
  }

  for (const [story, when] of [
    ["Tôi ở xã Đăk Hà, tỉnh Kon Tum. Bé gái hàng xóm tôi 12 tuổi bị cha mẹ bắt nghỉ học từ tháng 9 để lên rẫy làm từ sáng tới tối.", "từ tháng 9"],
    ["Tôi là hàng xóm. Bé trai 8 tuổi ở phường Hải Châu, Đà Nẵng bị bố bắt đi bán vé số từ đầu năm, không cho đi học.", "từ đầu năm"],
  ] as const) {
    it(`«${when}» is when: not asked`, async () => {
      const w = await walk(story, ANSWERS);
      expect(w.questions.join("\n")).not.toMatch(/khi nào/);
      expect(w.stored?.draft.when).toBe(when);
      expect(w.summary).toMatch(new RegExp(when));
    });
  }
});

describe("the summary shows each child as understood", () => {
  it("two girls aged 9 and 5 are '2 bé gái 9 và 5 tuổi', not '2 trẻ 5 tuổi'", async () => {
    const w = await walk("Hai bé gái nhà bên cạnh, chị 9 tuổi, em 5 tuổi, ở xã Hòa Vang, thành phố Đà Nẵng, bị bố mẹ bỏ ở nhà một mình ba ngày nay không có người lớn nào, đồ ăn hết rồi. Tôi là hàng xóm.", ANSWERS);
    expect(w.summary).toMatch(/2 bé gái 9 và 5 tuổi/);
    expect(w.stored?.draft.children).toBe(2);
  });

  it("two boys of 6 and 10 in another story read the same way", async () => {
    const w = await walk("Tôi là hàng xóm. Hai anh em trai nhà cuối ngõ, thằng anh 10 tuổi, thằng em 6 tuổi, ở phường Ninh Kiều, Cần Thơ, tối nào cũng bị bố say rượu đánh.", ANSWERS);
    expect(w.summary).toMatch(/2 bé trai 10 và 6 tuổi/);
  });
});
