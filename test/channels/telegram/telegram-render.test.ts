import { describe, expect, it } from "vitest";
import { renderTelegramReply } from "../../../src/channels/telegram/telegram-render.ts";
import { toInboundMessage } from "../../../src/channels/telegram/telegram-inbound.ts";
import { checkTelegramHtml } from "../../fakes/telegram-html.ts";
import type { Update } from "grammy/types";

describe("Telegram rendering", () => {
  it("escapes every character Telegram would read as HTML", () => {
    const [part] = renderTelegramReply({ text: "a < b && c > d <b>x</b> &amp;" });
    expect(part?.html).toBe("a &lt; b &amp;&amp; c &gt; d &lt;b&gt;x&lt;/b&gt; &amp;amp;");
    expect(checkTelegramHtml(part?.html ?? "")).toEqual({ ok: true, plain: "a < b && c > d <b>x</b> &amp;" });
  });

  it("writes phone links as text, puts web links on buttons, and keeps the keyboard on the last part", () => {
    const parts = renderTelegramReply({
      text: "x ".repeat(3000),
      choices: [{ id: "a", label: "A" }],
      links: [{ label: "Gọi 111", url: "tel:111" }, { label: "Công an", url: "tel:113" }, { label: "Cổng", url: "https://example.gov.vn" }],
    });
    expect(parts).toHaveLength(2);
    expect(parts[0]?.keyboard).toBeUndefined();
    expect(parts[1]?.html).toContain("📞 Gọi 111\n📞 Công an: 113");
    expect(parts[1]?.keyboard?.inline_keyboard).toEqual([[{ text: "A", callback_data: "a" }], [{ text: "Cổng", url: "https://example.gov.vn" }]]);
  });

  it("numbers a choice whose id is too long for callback data, and the press comes back as that number", () => {
    const longId = "report:".padEnd(80, "x");
    const [part] = renderTelegramReply({ text: "Chọn", choices: [{ id: "ok", label: "OK" }, { id: longId, label: "Dài" }] });
    expect(part?.keyboard?.inline_keyboard[1]).toEqual([{ text: "Dài", callback_data: "#2" }]);
    const update = { update_id: 1, callback_query: { id: "q", from: { id: 5, is_bot: false, first_name: "A" }, chat_instance: "c", data: "#2", message: { message_id: 3, date: 1, chat: { id: 5, type: "private", first_name: "A" } } } } as unknown as Update;
    expect(toInboundMessage(update)).toMatchObject({ kind: "text", text: "2", chatId: "5" });
  });

  it("puts a safety reply in bold and gives a choice-only reply a prompt", () => {
    expect(renderTelegramReply({ text: "Gọi 111 ngay", urgent: true })[0]?.html).toBe("<b>Gọi 111 ngay</b>");
    expect(renderTelegramReply({ text: "", choices: [{ id: "a", label: "A" }] })[0]?.html).toBe("Chọn một mục bên dưới:");
    expect(renderTelegramReply({ text: "  " })).toEqual([]);
  });
});
