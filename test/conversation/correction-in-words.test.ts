/**
 * After the summary, [Sửa] and the correction typed in ordinary words is understood, applied and the summary shown again; a field
 * named without its value ("sai tuổi rồi", "the age is wrong") is asked for, and words that name no field get buttons to say which
 * one. Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("correction-words");
const VI = "Cháu gái 8 tuổi ở xã Ia Dêr, Gia Lai bị bố tát sưng mặt tối qua";
const EN = "An 8 year old girl in Ia Der commune, Gia Lai was slapped by her father last night, her face is swollen";
const UNREAD = /chưa đọc ra được thông tin cần sửa|could not read which detail/;
const understood = (text: string) => text.split("\n").find((l) => /^(Mình hiểu|Cô chú hiểu|I understood|We understood)/.test(l)) ?? "";

async function atEdit(story: string) {
  const r = await h.toSummary(story);
  await r.send({ choice: "edit" });
  return r;
}

describe("a correction in words, after [Sửa]", () => {
  it.each([
    [VI, "không phải bố, là chú dượng", /người gây hại: bố dượng/],
    [VI, "khong phai bo ma la ong hang xom", /người gây hại: hàng xóm/],
    [EN, "not her dad, her uncle", /the person causing harm: relative/],
  ])("%s / %s", async (story, fix, expected) => {
    const r = await atEdit(story);
    const next = (await r.send(fix)).map((x) => x.text).join("\n");
    expect(next).not.toMatch(UNREAD);
    expect(understood(next)).toMatch(expected);
  });
});

describe("a field named without its value is asked for", () => {
  it.each([
    [VI, "sai tuổi rồi", "bé 11 tuổi", /11 tuổi/],
    [VI, "chỗ thời gian bị sai", "hôm kia", /hôm kia/],
    [EN, "the age is wrong", "she is 11", /\b11\b/],
  ])("%s / %s", async (story, fix, value, expected) => {
    const r = await atEdit(story);
    const asked = (await r.send(fix)).map((x) => x.text).join("\n");
    expect(asked).not.toMatch(UNREAD);
    expect(asked).not.toMatch(/^(TÓM TẮT|REPORT SUMMARY)/m);
    const next = (await r.send(value)).map((x) => x.text).join("\n");
    expect(understood(next)).toMatch(expected);
  });
});

describe("words that name no field", () => {
  it("get buttons to choose the field, and the value typed after is applied", async () => {
    const r = await atEdit(VI);
    const replies = await r.send("sai chỗ này nè");
    const ids = replies.at(-1)?.choices?.map((c) => c.id) ?? [];
    expect(ids.filter((id) => id.startsWith("fix:")).length).toBeGreaterThanOrEqual(3);
    await r.send({ choice: "fix:age" });
    const next = (await r.send("11")).map((x) => x.text).join("\n");
    expect(understood(next)).toMatch(/11 tuổi/);
  });
});
