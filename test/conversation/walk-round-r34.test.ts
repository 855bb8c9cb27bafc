/**
 * Walk 34's conversation defects, each in sentences written for these tests (not the walk's own).
 */
import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/conversation/conversation-types.ts";
import { all, hasChoice, lastLine, realCoreHarness, untilSummary } from "./real-core-harness.ts";

const h = realCoreHarness("r34");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);
const ASKS_RELATION = /là ai đối với trẻ|Who are you to the child/;
const ASKS_CONTACT = /liên lạc với (bạn|em) qua|How can officers contact you/;
const ASKS_DANGER = /nguy hiểm ngay lúc này|in danger right now/;
const understood = (summary: string) => summary.split("\n").find((l) => /^(Mình hiểu|I understood)/.test(l)) ?? "";

/** Walk 34 (r15): "I want to report about the neighbour's boy", typed at the menu, vanished, and the bot then asked who the reporter is. */
describe("a report's opening words typed at the menu are kept", () => {
  it.each([
    ["mình muốn báo tin con bé nhà bên cạnh", "con bé 9 tuổi bị mẹ kế đánh bằng roi mây, lần gần nhất tối hôm kia, nhà nó ở xã Ea Kar, Đắk Lắk", "female", /con bé nhà bên cạnh/],
    ["tôi cần báo chuyện thằng nhỏ hàng xóm", "nó tầm 10 tuổi, ông chú ruột say là đập nó, tuần rồi bị rách trán, nhà ở phường Pleiku, Gia Lai", "male", /thằng nhỏ hàng xóm/],
  ])("«%s»", async (opening, story, sex, kept) => {
    const r = h.reporter();
    await r.send("chào bạn");
    await r.send(opening);
    const questions: string[] = [];
    let replies = await r.send(story);
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      questions.push(q);
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(questions.filter((q) => ASKS_RELATION.test(q))).toHaveLength(0);
    const d = draftOf(r.chatId);
    expect(d?.reporterRelation).toBe("neighbour");
    expect(d?.childSex).toBe(sex);
    expect([d?.narrative ?? "", ...(d?.extraNotes ?? [])].join("\n")).toMatch(kept);
  });
});
