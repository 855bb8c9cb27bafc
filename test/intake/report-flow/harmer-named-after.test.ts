/**
 * Walk 40 (w08): "I live next door ... I think it's the father": the person the writer names as the one who does it is who harms, not
 * the neighbour the writer is. And a child married off by the family to a man, back in his home: the man harms, not "parents" alone.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "../../conversation/real-core-harness.ts";

const { walk, draftOf } = realCoreHarness("harmer40");

describe("who the writer names as doing it", () => {
  it.each([
    ["I live next door to a family in Tan Phu commune, Dong Nai. Their boy, around 7, is often shut out in the yard at night and has marks on his arms. I think it's the father.", "father"],
    ["We live next door to them in Thao Dien ward, Ho Chi Minh City. The girl, 6, screams most evenings and has bruises. I'm fairly sure it's her mum.", "mother"],
    ["Tôi ở sát vách nhà đó, xã Tân Phú, Đồng Nai. Thằng bé 8 tuổi tối nào cũng khóc, tay có vết bầm. Tôi nghĩ là ông bố.", "father"],
  ])("'%s' names the %s", async (story, who) => {
    const r = await walk(story);
    expect(draftOf(r.chatId)?.harmer).toBe(who);
  });

  it("a child married off to a man and back in his home: the man is who harms", async () => {
    const r = await walk("I'm a midwife in Ha Giang. A 14-year-old girl from Meo Vac came in pregnant. Her parents married her off to a 28-year-old man last spring. She is going back to his house tonight.");
    const d = draftOf(r.chatId)!;
    expect(d.harmer).not.toBe("parents");
  });
});
