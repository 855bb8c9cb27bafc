import { describe, expect, it } from "vitest";
import { answerHint, renderZaloReply } from "../../../src/channels/zalo/zalo-render.ts";
import { toInboundMessage } from "../../../src/channels/zalo/zalo-inbound.ts";

describe("Zalo rendering and reading", () => {
  it("says how to answer for one, two or many choices", () => {
    expect([answerHint(1), answerHint(2), answerHint(4)]).toEqual(["Trả lời 1.", "Trả lời 1 hoặc 2.", "Trả lời 1, 2, 3 hoặc 4."]);
  });

  it("keeps user-looking markup as plain text, marks safety replies, and splits at 2000", () => {
    expect(renderZaloReply({ text: "<b>*đậm*</b>", urgent: true })).toEqual(["⚠️ <b>*đậm*</b>"]);
    const parts = renderZaloReply({ text: "Một câu. ".repeat(500), choices: [{ id: "a", label: "Có" }, { id: "b", label: "Không" }] });
    expect(parts.length).toBe(3);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2000);
    expect(parts.at(-1)).toMatch(/1\. Có\n2\. Không\nTrả lời 1 hoặc 2\.$/);
  });

  it("does not repeat the answer hint when the text already gives it", () => {
    const [text] = renderZaloReply({ text: "Bạn muốn gì? (trả lời 1 hoặc 2)", choices: [{ id: "a", label: "A" }, { id: "b", label: "B" }] });
    expect(text).toBe("Bạn muốn gì? (trả lời 1 hoặc 2)\n\n1. A\n2. B");
  });

  it("reads an event defensively: odd fields never throw and never become text", () => {
    const odd = { event_name: "message.text.received", message: { message_id: "m1", date: "yesterday", from: { id: 5 }, chat: { id: 5, chat_type: "PRIVATE" }, text: { html: "<b>" } } };
    expect(toInboundMessage(odd as never, "bot")).toMatchObject({ kind: "text", text: "", chatId: "5", messageId: "message.text.received:m1" });
    expect(toInboundMessage({ event_name: "message.text.received", message: {} } as never, "bot")).toBeNull();
  });
});
