/**
 * What a reporter tells after the case code reaches the case as it would have before the code: the red flags its reading names,
 * who harms, the children, the place and when (a later time replacing an earlier one), never lowering the case; and the officer
 * reads what was added on the case itself (walk 30: a follow-up raised risk and category only, the rest stayed in the additions).
 * Sentences written for this test, in no corpus.
 */
import { afterEach, describe, expect, it } from "vitest";
import { testDatabases } from "../../support/test-databases.ts";
import { draft, openQueue, type QueueHarness } from "./case-test-support.ts";

const owner = { channel: "web" as const, chatId: "web-chat-1" };
/** A thin report: a girl hit, no one named, no place, no time. */
const THIN = { narrative: "Bé gái nhà bên hay bị đánh, tay chân bầm tím.", childAgeBand: "6_11" as const, childSex: "female" as const, harmer: null, harmerText: null, children: null, provinceId: null, provinceName: null, locationText: null, commune: null, when: null };

describe.each(testDatabases)("facts told after the code reach the case on $name", (factory) => {
  let h: QueueHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function shown(harness: QueueHarness, code: string) {
    const result = await harness.queue.show("officer-binh", code);
    if (!result.ok) throw new Error(`case ${code} not shown`);
    return result.value;
  }

  it("who harms, a second child, the place and last night, typed without diacritics, are on the case and in a note for officers", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(draft(THIN));
    const before = (await shown(h, caseCode)).case;
    h.clock.advanceMinutes(15);
    await h.intake.addInformation(caseCode, owner, "quen noi, nguoi danh la ong chu ruot cua be. ong ay danh ca hai chi em, dua em moi 5 tuoi. nha o xa Ea Kar, Dak Lak. lan gan nhat la toi qua", []);
    const after = await shown(h, caseCode);
    expect(after.case.details.harmer).toBe("relative");
    expect(after.case.details.children).toBe(2);
    expect(after.case.commune).toMatch(/Ea Kar/i);
    expect(after.case.provinceName).toBe("Đắk Lắk");
    expect(after.case.details.when).toMatch(/toi qua|tối qua/);
    expect(after.case.risk).toBe(before.risk);
    expect(after.notes.map((n) => n.text).join("\n")).toMatch(/gửi thêm.*người gây hại/s);
  });

  it("an injury told after the code adds its red flag, and the case keeps every flag it had", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(draft({ narrative: "Thằng bé 7 tuổi nhà đối diện bị mẹ kế bỏ đói, gầy lắm.", childSex: "male", when: "tuần trước" }));
    const before = (await shown(h, caseCode)).case;
    await h.intake.addInformation(caseCode, owner, "Sáng nay tôi thấy cánh tay thằng bé có mấy vết bỏng tròn như tàn thuốc lá.", []);
    const after = (await shown(h, caseCode)).case;
    expect(after.redFlags).toEqual(expect.arrayContaining(before.redFlags));
    expect(after.redFlags.length).toBeGreaterThan(before.redFlags.length);
    expect(after.details.when).not.toBe("tuần trước");
  });

  it("an English follow-up names the uncle and the place of a report that had neither", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(draft({ ...THIN, language: "en", narrative: "A girl in my building is hit a lot, I see bruises on her legs." }));
    await h.intake.addInformation(caseCode, owner, "I forgot: it is her uncle who hits her. They live in Hai Chau ward, Da Nang.", []);
    const after = (await shown(h, caseCode)).case;
    expect(after.details.harmer).toBe("relative");
    expect(after.provinceName).toBe("Đà Nẵng");
  });

  it("a latest time told after the code keeps how often the harm was said to happen", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(draft({ narrative: "Bé gái nhà bên bị bố đánh hoài, tay có vết bầm.", when: "repeated" }));
    await h.intake.addInformation(caseCode, owner, "tối qua ổng lại đánh con bé nữa", []);
    expect((await shown(h, caseCode)).case.details.when).toBe("thường xuyên; gần nhất: tối qua");
  });

  it("a calm follow-up on an emergency fills who harms and never lowers the case or drops a flag", async () => {
    h = await openQueue(factory);
    const urgent = await h.intake.submit(draft({ ...THIN, dangerNow: "yes", narrative: "Có người đang đánh bé gái nhà bên bằng gậy, bé la khóc" }));
    expect(urgent.risk).toBe("emergency");
    const before = (await shown(h, urgent.caseCode)).case;
    await h.intake.addInformation(urgent.caseCode, owner, "Bây giờ bé qua nhà bà ngoại rồi, không sao nữa. Người đánh là bố dượng bé.", []);
    const after = (await shown(h, urgent.caseCode)).case;
    expect(after.risk).toBe("emergency");
    expect(after.redFlags).toEqual(expect.arrayContaining(before.redFlags));
    expect(after.details.harmer).toBe("stepfather");
  });
});
