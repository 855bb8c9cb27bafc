/**
 * A reporter who greets, says they want to ask, then tells the story in two or three short messages gets the menu once at most: the
 * lead-in ("cho mình hỏi chút", "can I ask you something") invites the story instead of a second menu, and every piece of the story
 * is kept. Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/conversation/conversation-types.ts";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("greet-pieces");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);
const menus = (rs: Reply[]) => rs.filter((r) => r.choices?.some((c) => c.id === "menu:report")).length;

describe("greeting, lead-in, then the story in pieces", () => {
  it.each([
    [["chào", "cho mình hỏi chút", "nhà bên cạnh mình có thằng bé khoảng 8 tuổi", "bố nó tối nào cũng đánh nó, hôm qua lấy dây điện quất"], "father", "8"],
    [["alo", "cho e hoi chut", "nha ben canh co be gai 9 tuoi", "me ke hay bo doi be, nhot be ngoai san ca dem"], "stepmother", "9"],
    [["hi", "can I ask you something", "the girl next door is maybe 10", "her stepdad hits her, I saw bruises on her arms yesterday"], "stepfather", "10"],
  ])("%j", async (messages, harmer, age) => {
    const r = h.reporter();
    const before: Reply[] = [];
    for (const m of messages.slice(0, 2)) before.push(...(await r.send(m)));
    expect(menus(before)).toBeLessThanOrEqual(1);
    for (const m of messages.slice(2)) await r.send(m);
    const d = draftOf(r.chatId);
    expect(d?.harmer).toBe(harmer);
    expect(d?.childAgeText).toBe(age);
  });
});
