/**
 * Nothing a reporter sends is dropped (the product's rule), replayed through the real
 * conversation core, triage, fact module and reporter flow: an addition after the case code
 * that also asks something is added to the case before the answer; a message about another
 * child is added at once (and a new report offered); a story that ends with a question is read
 * as the story, and the question answered.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createDefaultConversationCore } from "../../src/conversation/default-conversation-core.ts";
import { createMemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import type { ConversationCore, InboundMessage, Reply } from "../../src/conversation/conversation-types.ts";
import { createMemoryCaseIntake } from "../../src/intake/report-flow/memory-case-intake.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { captureLogger, type LogRecord } from "./conversation-harness.ts";

let core: ConversationCore;
const intake = createMemoryCaseIntake();
const logs: LogRecord[] = [];
let n = 0;
let chats = 0;

beforeAll(() => {
  core = createDefaultConversationCore({
    store: createMemoryConversationStore(), caseIntake: intake, logger: captureLogger(logs), registry: loadRegistry(),
    answerQuestion: () => ({ answer: "Các kế hoạch trong kho không trả lời câu hỏi này.", found: false, citations: [], language: "vi" }),
    today: "2026-12-03", rateLimit: { capacity: 1000, refillPerSecond: 100, maxUsers: 1000 },
  });
});

type Say = string | { choice: string };
const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");

function reporter() {
  const chatId = `kept-${++chats}`;
  const send = async (x: Say): Promise<Reply[]> => {
    const base = { channel: "web" as const, chatId, userId: chatId, messageId: `k${++n}`, attachments: [], receivedAt: new Date() };
    const message: InboundMessage = typeof x === "string" ? { ...base, kind: "text", text: x } : { ...base, kind: "choice", text: null, choice: x.choice };
    return core.handle(message);
  };
  return { chatId, send };
}

const caseOf = (chatId: string) => [...intake.cases.values()].find((c) => c.draft.chatId === chatId);

/** Reports the story (answering danger "unknown", contact anonymous, skipping the rest) and returns the chat at its case code. */
async function reported(story: string) {
  const r = reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 20 && !caseOf(r.chatId); i++) {
    const last = replies.at(-1);
    const ids = last?.choices?.map((c) => c.id) ?? [];
    const pick = ["menu:report", "submit", "unknown", "anonymous", "skip"].find((id) => ids.includes(id));
    replies = await r.send(pick ? { choice: pick } : "bỏ qua");
  }
  const stored = caseOf(r.chatId);
  expect(stored, "the story was reported").toBeDefined();
  return { ...r, stored: stored!, code: stored!.caseCode };
}

const CHILD = "em 13 tuổi ở xã Ia Grai, tỉnh Gia Lai, bố em say rượu đánh em đau lắm";
const ADULT = "Tôi là hàng xóm. Bé trai 10 tuổi nhà đối diện ở phường Thuận Hóa, thành phố Huế bị mẹ kế đánh hằng ngày.";

describe("after the code, an addition that also asks something is added to the case first, then answered", () => {
  it("a child's 'em sợ bố lắm, bố còn hay dùng roi mây quất vào lưng em' is added, with the worry answered", async () => {
    const r = await reported(CHILD);
    const text = "em sợ bố lắm, bố còn hay dùng roi mây quất vào lưng em";
    const replies = await r.send(text);
    expect(r.stored.additions.map((a) => a.text)).toContain(text);
    expect(all(replies)).toMatch(/Đã thêm|đã thêm/);
    expect(all(replies)).toMatch(/Em sợ cũng không sao/);
    expect(all(replies)).toMatch(/111/);
  });

  it("'bé còn bị bố dượng nhốt ngoài trời mưa cả đêm qua, có cần gửi ảnh không' is added, then the photo answer", async () => {
    const r = await reported(ADULT);
    const text = "bé còn bị bố dượng nhốt ngoài trời mưa cả đêm qua, có cần gửi ảnh không";
    const replies = await r.send(text);
    expect(r.stored.additions.map((a) => a.text)).toContain(text);
    expect(all(replies)).toMatch(/Không cần gửi ảnh/);
    expect(replies.findIndex((x) => /Đã thêm/.test(x.text))).toBeLessThan(replies.findIndex((x) => /Không cần gửi ảnh/.test(x.text)));
  });

  it("the same in the 'add information' step, and a pure question there still stays out of the case", async () => {
    const r = await reported(ADULT);
    await r.send({ choice: `case:add:${r.code}` });
    const pure = await r.send("nhà nó có biết ai báo không");
    expect(all(pure)).toMatch(/bí mật/);
    expect(r.stored.additions).toEqual([]);
    const text = "bé còn bị mẹ kế bỏ đói hai ngày nay, nhà nó có biết ai báo không";
    const replies = await r.send(text);
    expect(r.stored.additions.map((a) => a.text)).toContain(text);
    expect(all(replies)).toMatch(/Đã thêm/);
    expect(all(replies)).toMatch(/bí mật/);
  });

  it("danger now told with a question raises the case to an emergency", async () => {
    const r = await reported(ADULT);
    expect(r.stored.risk).not.toBe("emergency");
    const text = "mẹ kế đang cầm dao đuổi đánh bé ngay bây giờ, tôi sợ bị trả thù lắm";
    const replies = await r.send(text);
    expect(r.stored.additions.map((a) => a.text)).toContain(text);
    expect(all(replies)).toMatch(/113/);
  });
});

describe("a message about another child after the code is added at once, with a new report offered", () => {
  it("'quên nói: em trai của bé mới 3 tuổi cũng bị bố dượng đánh gãy tay tuần trước' is in the case, and 'Báo tin mới' reports it", async () => {
    const r = await reported("Tôi là hàng xóm. Bé Hải, bé trai 7 tuổi ở phường Thống Nhất, Gia Lai, tối qua bị bố dượng đánh bằng thắt lưng, lưng bầm tím.");
    const text = "quên nói: em trai của bé mới 3 tuổi cũng bị bố dượng đánh gãy tay tuần trước";
    const replies = await r.send(text);
    expect(r.stored.additions.map((a) => a.text)).toEqual([text]);
    expect(all(replies)).toContain(`Đã thêm tin này vào báo tin ${r.code}`);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toContain("menu:report");
    // The chat closes here: nothing is waiting in it. Going on adds nothing twice.
    await r.send("Khi nào cán bộ sẽ liên lạc?");
    expect(r.stored.additions.map((a) => a.text)).toEqual([text]);
  });

  it("'Báo tin mới' after it makes a report whose story is that message", async () => {
    const r = await reported("Tôi là hàng xóm. Bé Hoa, bé gái 6 tuổi ở phường Thống Nhất, Gia Lai, tuần trước bị mẹ kế đánh bằng roi, chân có vết bầm.");
    const text = "Còn một chuyện nữa, bé gái hàng xóm khác khoảng 12 tuổi ở phường Diên Hồng, Gia Lai cũng hay bị mẹ kế đánh bằng roi.";
    await r.send(text);
    expect(r.stored.additions.map((a) => a.text)).toEqual([text]);
    const started = await r.send({ choice: "menu:report" });
    expect(all(started)).not.toMatch(/bao nhiêu tuổi/);
  });
});

describe("a report that ends with a question is still a report", () => {
  it("the story's facts are read, and the question is answered before the next question", async () => {
    const r = reporter();
    await r.send("/report");
    const story = "Bé Lan hàng xóm 7 tuổi ở xã Ia Grai, tỉnh Gia Lai bị bố dượng đánh bầm tím mỗi ngày, bố dượng có biết tôi báo không?";
    let replies = await r.send(story);
    const text = all(replies);
    expect(text).toMatch(/bí mật/);
    expect(text).not.toMatch(/bao nhiêu tuổi|tỉnh, thành phố nào|xã, phường nào/i);
    expect(replies.at(-1)?.text).not.toMatch(/bí mật/);
    for (let i = 0; i < 10 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const ids = replies.at(-1)?.choices?.map((c) => c.id) ?? [];
      const pick = ["unknown", "anonymous", "neighbour", "skip"].find((id) => ids.includes(id));
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    const summary = replies.at(-1)?.text ?? "";
    expect(summary).toMatch(/Gia Lai/);
    expect(summary).toMatch(/Ia Grai/);
    expect(summary).toMatch(/7 tuổi/);
    expect(summary).toMatch(/bố dượng|đánh bầm tím/);
  });

  it("told at the menu first, the story is the report's story and the question is answered before the first question", async () => {
    const r = reporter();
    const story = "Bé Lan hàng xóm 7 tuổi ở xã Ia Grai, tỉnh Gia Lai bị bố dượng đánh bầm tím mỗi ngày, bố dượng có biết tôi báo không?";
    // A grown-up's story starts the report at once: the question is answered in the first reply, before the first question.
    const replies = await r.send(story);
    expect(all(replies)).toMatch(/bí mật/);
    expect(replies.at(-1)?.text).not.toMatch(/bí mật/);
    expect(all(replies)).not.toMatch(/bao nhiêu tuổi|tỉnh, thành phố nào/i);
  });

  it("a pure question in the report is still answered and the same question asked again", async () => {
    const r = reporter();
    await r.send("/report");
    await r.send("Bé Lan 7 tuổi bị bố dượng đánh bầm tím mỗi ngày");
    const replies = await r.send("bố dượng có biết tôi báo không?");
    expect(all(replies)).toMatch(/bí mật/);
  });
});

describe("a typed answer after the story", () => {
  const STORY = "Tôi là bà nội, cháu gái tôi 8 tuổi ở xã Ea Kar, tỉnh Đắk Lắk, tuần nào cũng bị mẹ kế đánh bằng roi";
  // The story starts the report at once; a yes typed after it is never sent to the plans and asks nothing the story told.
  for (const typed of ["có", "dạ có", "vâng", "bà muốn báo tin", "ok"]) {
    it(`«${typed}» after the story: the report goes on with the story kept, never a plan answer`, async () => {
      const r = reporter();
      await r.send(STORY);
      const next = all(await r.send(typed));
      expect(next).not.toMatch(/không trả lời câu hỏi này/);
      expect(next).not.toMatch(/tuổi|bao nhiêu tuổi|tỉnh nào|Chuyện gì đã xảy ra/i);
    });
  }
  it("«không» after the offer (a story too thin to start the report) goes to questions, and a question naming the report stays a question", async () => {
    // Names a child but no harm (a child being hurt starts the report at once, walk 34).
    const THIN = "con bé nhà đó tội nghiệp lắm, mẹ nó cứ vậy hoài";
    const r = reporter();
    const offer = await r.send(THIN);
    expect(offer.at(-1)?.choices?.map((c) => c.id)).toContain("menu:report");
    expect(all(await r.send("không"))).not.toMatch(/Có trẻ em nào đang gặp nguy hiểm/);
    const q = reporter();
    await q.send(THIN);
    expect(all(await q.send("báo tin có cần để tên thật không"))).not.toMatch(/Có trẻ em nào đang gặp nguy hiểm ngay/);
  });

  it("a question about the report typed at the first question of a started report is answered, and is no yes to it", async () => {
    const r = reporter();
    await r.send(STORY);
    const replies = await r.send("báo tin có cần để tên thật không");
    expect(all(replies)).toMatch(/ẩn danh/);
    expect(all(replies)).not.toMatch(/đang ghi lại báo tin của bạn/);
  });
});
