/**
 * Findings of the sixth round (4 December): what a reporter types at the summary that is neither
 * a send nor a correction ("bỏ qua", "không có gì thêm đâu", "that's all") adds nothing to the
 * report and gets the way to send; the report still sends after it.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, realCoreHarness, untilSummary } from "./real-core-harness.ts";

const { reporter, stored } = realCoreHarness("w6");

const STORY = "Thằng bé nhà bên bị bố nó đánh suốt, nó 8 tuổi, ở xã Cư Kuin, Đắk Lắk. Tối qua tôi nghe nó khóc thét.";

describe("nothing typed at the summary", () => {
  it.each(["bỏ qua", "không có gì thêm đâu", "dạ thế thôi ạ", "that's all"])("'%s' adds no note and the report still sends", async (typed) => {
    const r = reporter();
    await r.send(STORY);
    const summary = await untilSummary(r, await r.send({ choice: "menu:report" }));
    expect(hasChoice(summary.at(-1), "submit")).toBe(true);
    const again = await r.send(typed);
    expect(all(again)).toMatch(/Gửi|Send/);
    expect(hasChoice(again.at(-1), "submit")).toBe(true);
    expect(all(again)).not.toMatch(/Ghi chú thêm|chưa đọc ra/);
    const sent = await r.send({ choice: "submit" });
    expect(all(sent)).toMatch(/Mã báo tin|report code/i);
    expect(stored(r.chatId)?.draft.extraNotes ?? []).not.toContain(typed);
  });
});
