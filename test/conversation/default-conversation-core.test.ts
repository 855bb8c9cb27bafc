import { beforeAll, describe, expect, it } from "vitest";
import { createDefaultConversationCore } from "../../src/conversation/default-conversation-core.ts";
import { createMemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import type { ConversationCore, InboundMessage } from "../../src/conversation/conversation-types.ts";
import { createMemoryCaseIntake } from "../../src/intake/report-flow/memory-case-intake.ts";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { captureLogger, type LogRecord } from "./conversation-harness.ts";

let core: ConversationCore;
const intake = createMemoryCaseIntake();
const logs: LogRecord[] = [];
let n = 0;
const send = (text: string, chatId = "real-1") => {
  const message: InboundMessage = { channel: "web", chatId, userId: chatId, messageId: `r${++n}`, kind: "text", text, attachments: [], receivedAt: new Date() };
  return core.handle(message);
};

beforeAll(() => {
  const registry = loadRegistry();
  core = createDefaultConversationCore({
    store: createMemoryConversationStore(), caseIntake: intake, logger: captureLogger(logs), registry,
    plans: loadShippedPlans(registry).plans, today: "2026-11-23",
  });
});

describe("the conversation core over the real knowledge base and triage", () => {
  it("menu -> ask -> an answer quoting and citing a shipped plan", async () => {
    await send("/start");
    await send("1");
    const [answer] = await send("Cơ quan nào chủ trì phòng chống bắt cóc trẻ em ở Đắk Lắk?");
    expect(answer?.urgent).toBeFalsy();
    expect(answer?.text).toMatch(/Nguồn:\n• \d+\/(QĐ|KH)-UBND \(Đắk Lắk\), mục /);
  });

  it("a child describing violence now gets the safety message first, and officers are alerted", async () => {
    const replies = await send("bố em đang đánh em, em sợ lắm", "real-2");
    expect(replies[0]?.urgent).toBe(true);
    // The story says it is happening now: the danger is known, so it is not asked again.
    expect(replies.slice(1).map((r) => r.text).join("\n")).toMatch(/Em không có lỗi/);
    expect(replies.map((r) => r.text).join("\n")).not.toMatch(/Ngay lúc này em có đang gặp nguy hiểm không\?/);
    expect(replies.filter((r) => r.urgent)).toHaveLength(1);
    expect(intake.alerts.length).toBeGreaterThanOrEqual(1);
  });

  it("an old province name in a report is mapped to today's province", async () => {
    for (const t of ["/report", "không", "bé hàng xóm bị bỏ đói", "tỉnh Phú Yên"]) await send(t, "real-3");
    const draft = [...intake.drafts.values()].find((d) => d.chatId === "real-3");
    expect(draft).toMatchObject({ provinceName: "Đắk Lắk", locationText: "tỉnh Phú Yên" });
  });
});

describe("a follow-up question in the chat is read with the question before it", () => {
  it("'còn Tây Ninh thì sao?' after a Gia Lai question answers the same thing for Tây Ninh, and a third ('còn Huế?') too", async () => {
    await send("Sở Giáo dục và Đào tạo Gia Lai có nhiệm vụ gì trong kế hoạch bảo vệ trẻ em?", "fu-1");
    const [second] = await send("còn Tây Ninh thì sao?", "fu-1");
    expect(second?.text).toMatch(/1979\/KH-UBND \(Tây Ninh\)/);
    expect(second?.text).toMatch(/Giáo dục/);
    const [third] = await send("còn Huế?", "fu-1");
    expect(third?.text).toMatch(/26\/KH-UBND \(Thừa Thiên Huế\)/);
    expect(third?.text).toMatch(/Giáo dục/);
  });

  it("a province given after the answer asked which one is answered in the question's language", async () => {
    const [asked] = await send("Which establishments must the DIC deal with?", "fu-2");
    expect(asked?.text).toMatch(/province/i);
    const [answer] = await send("Dak Lak", "fu-2");
    expect(answer?.text).toMatch(/Đắk Lắk/);
    expect(answer?.text).toMatch(/Source|Under/);
    expect(answer?.text).not.toMatch(/không trả lời/);
  });

  it("a whole new question after another is answered on its own", async () => {
    await send("Sở Y tế Tây Ninh làm gì theo kế hoạch 1979?", "fu-3");
    const [answer] = await send("Ở Gia Lai, cơ quan nào chủ trì tổng hợp báo cáo kết quả thực hiện kế hoạch hằng năm?", "fu-3");
    expect(answer?.text).toMatch(/2509\/KH-UBND \(Gia Lai\)/);
    expect(answer?.text).not.toMatch(/Tây Ninh/);
  });
});
