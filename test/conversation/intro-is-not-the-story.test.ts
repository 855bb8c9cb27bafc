/**
 * An opening that only says the writer wants to tell something ("xin chào ad, mình muốn báo một chuyện", "hello, I need to report
 * something") tells no story: the message after it is the story, its facts fill the case (the commune, who harms), and the opening is
 * never shown back as what was told (walk C1b D2: the opening became the story, the story went to the notes). Sentences written for
 * this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness, untilSummary, type Say } from "./real-core-harness.ts";

const h = realCoreHarness("intro-story");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);

const CASES: Array<{ intro: string; story: string; commune: RegExp }> = [
  { intro: "xin chào ad, mình muốn báo một chuyện", story: "Bé trai 7 tuổi nhà kế bên bị ông dượng đánh bầm lưng tối qua, ở xã Hòa Phú, Đắk Lắk", commune: /Hòa Phú/ },
  { intro: "chao anh chi, em muon ke mot viec", story: "con be 9 tuoi o xom em bi chu ruot sam so nhieu lan, nha no o xa Ea Tu, Dak Lak", commune: /Ea Tu/i },
  { intro: "cho tôi trình báo sự việc với ạ", story: "Thằng bé 10 tuổi nhà đối diện bị mẹ kế bỏ đói, đánh đập mấy hôm nay, nhà ở phường Tân Lợi, Đắk Lắk", commune: /Tân Lợi/ },
  { intro: "hello, I need to report something", story: "the 8 year old girl next door is beaten by her stepmother every day, we live in Hoa Phu commune, Dak Lak", commune: /Hoa Phu/i },
];

/** The walks: the intro typed at the first question after the report button, or sent first, or followed by a tap before the story. */
const WALKS: Array<[string, (intro: string, story: string) => Say[]]> = [
  ["at the danger question", (intro, story) => [{ choice: "menu:report" }, intro, story]],
  ["as the first message", (intro, story) => [intro, story]],
  ["then 'not sure', then the story", (intro, story) => [{ choice: "menu:report" }, intro, { choice: "unknown" }, story]],
];

describe("an intro with no facts is not the story", () => {
  for (const [how, walk] of WALKS) {
    it.each(CASES)(`${how}: «$intro» then the story`, async ({ intro, story, commune }) => {
      const r = h.reporter();
      let last = await r.send(walk(intro, story)[0]!);
      for (const say of walk(intro, story).slice(1)) last = await r.send(say);
      const d = draftOf(r.chatId)!;
      expect(d.narrative ?? "").toContain(story);
      expect(d.narrative ?? "").not.toContain(intro);
      expect(d.commune ?? "").toMatch(commune);
      expect(d.harmer).not.toBeNull();
      // The intro is never shown back as what was told, and the story is not asked for again.
      const summary = await untilSummary(r, last);
      expect(all(r.seen)).not.toMatch(new RegExp(`«${intro.slice(0, 12)}`));
      expect(all(summary)).toContain(story.slice(0, 25));
    });
  }
});
