/**
 * Mender M14 (second reading RD10 of C33): who harms, self-harm and "not known" at the summary's corrections. Through the real web chat HTTP API
 * (POST /api/chat/messages) and the real conversation core, triage and reporter flow with an in-memory case intake.
 * Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import { all } from "./real-core-harness.ts";
import { webChatWalk } from "./web-chat-walk-harness.ts";

const { reporter, draftOf, storedOf, toSummary } = webChatWalk("m14");

const BRUISE_STORY = "Tôi là hàng xóm. Bé trai 8 tuổi ở phường Tân Lợi, Đắk Lắk, hôm qua bị anh họ đánh bầm mặt, bé sợ không dám về nhà.";
const BRUISE_STORY_EN = "I am a neighbour. An 8-year-old boy in Tan Loi ward, Dak Lak was beaten by his cousin yesterday, his face is bruised and he is scared to go home.";

async function fixHarmer(story: string, typed: string) {
  const r = reporter();
  await toSummary(r, await r.send(story));
  await r.send({ choice: "edit" });
  await r.send({ choice: "fix:harmer" });
  const said = all(await r.send(typed));
  return { r, said };
}

describe("R1: a person typed at Who harms who 'did it himself' is who harms, not the child", () => {
  it.each([
    ["một đứa lớn hơn ở xóm, nó tự làm hết", false],
    ["thằng lớp trưởng, nó tự làm chứ không ai sai khiến", false],
    ["con nhỏ bàn bên, nó tự làm một mình thôi", false],
    ["some older kid from the street, he did it himself, nobody made him", true],
    ["a boy from his class, he did it himself", true],
  ] as const)("%s", async (typed, en) => {
    const { r, said } = await fixHarmer(en ? BRUISE_STORY_EN : BRUISE_STORY, typed);
    const d = draftOf(r.sessionId)!;
    expect(d.harmer).not.toBe("self");
    expect(d.harmer).not.toBeNull();
    expect(said).not.toMatch(/trẻ tự làm đau mình|the child hurts themself/);
    await r.send({ choice: "submit" });
    expect(triageDraft(d).category).not.toBe("self_harm");
    expect(storedOf(r.sessionId)).toBeDefined();
  });

  it.each([
    "không ai cả, bé tự làm đau mình",
    "không ai đánh bé cả, bé tự rạch tay",
    "nó tự làm",
  ])("the child as the subject is still self-harm: %s", async (typed) => {
    const { r } = await fixHarmer(BRUISE_STORY, typed);
    expect(draftOf(r.sessionId)!.harmer).toBe("self");
  });
});

describe("R1 typed freely at Sửa (no field chosen)", () => {
  it.each([
    "không phải anh họ, là thằng lớp trưởng, nó tự làm chứ không ai sai khiến",
    "not his cousin, it was some older kid from the street, he did it himself",
  ])("%s", async (typed) => {
    const r = reporter();
    await toSummary(r, await r.send(/not his/.test(typed) ? BRUISE_STORY_EN : BRUISE_STORY));
    await r.send({ choice: "edit" });
    const said = all(await r.send(typed));
    const d = draftOf(r.sessionId)!;
    expect(d.harmer).not.toBe("self");
    expect(said).not.toMatch(/trẻ tự làm đau mình|the child hurts themself/);
    expect(triageDraft(d).category).not.toBe("self_harm");
  });
});

describe("R2: a child who cuts herself and is hit by her mother: the mother stays who harms", () => {
  const story = "em 13 tuổi ở phường Thuận Hóa, Huế. mẹ em đánh em bằng dây điện tối qua, em đau lắm";
  it.each([
    "em tự rạch tay thôi, còn người đánh em là mẹ",
    "t tự làm mấy vết cắt nhưng mẹ t đánh t",
    "the cuts I did to myself, but my mum is the one who hits me",
  ])("%s", async (typed) => {
    const r = reporter();
    await toSummary(r, await r.send(story));
    expect(draftOf(r.sessionId)!.harmer).not.toBeNull();
    const harmer = draftOf(r.sessionId)!.harmer;
    await r.send({ choice: "edit" });
    await r.send(typed);
    const d = draftOf(r.sessionId)!;
    expect(d.harmer).toBe(harmer);
    expect(triageDraft(d).redFlags).toContain("caregiver_is_abuser");
    expect([d.narrative ?? "", ...d.extraNotes].join("\n")).toContain(typed);
  });
});

const STEPDAD_STORY = "Tôi là cô giáo của bé. Bé gái 10 tuổi ở xã Mỹ Hạnh, Tây Ninh, tuần trước bé kể bị ông dượng sờ soạng nhiều lần.";

describe("R3: 'not known' clears who harms only when it is the whole claim", () => {
  it.each([
    "mẹ bé nói không rõ ai gây ra nhưng tôi chắc chắn là ông dượng",
    "người gây hại thì chưa biết tối nay có về nhà không",
    "the mother says she doesn't know who did it, but I am sure it is the stepfather",
  ])("keeps the named person: %s", async (typed) => {
    const r = reporter();
    await toSummary(r, await r.send(STEPDAD_STORY));
    const before = draftOf(r.sessionId)!;
    expect(before.harmer).not.toBeNull();
    await r.send({ choice: "edit" });
    await r.send(typed);
    const d = draftOf(r.sessionId)!;
    expect(d.harmer).not.toBeNull();
    expect(d.harmerUnknown ?? false).toBe(false);
  });

  it("the whole claim still clears, and says what changed (L2)", async () => {
    const r = reporter();
    await toSummary(r, await r.send(STEPDAD_STORY));
    await r.send({ choice: "edit" });
    const said = all(await r.send("chưa rõ ai gây ra"));
    expect(draftOf(r.sessionId)!.harmer).toBeNull();
    expect(said).toMatch(/người gây hại:? .+ → không rõ/);
  });
});

describe("R4: when it began does not replace a danger still to come", () => {
  it.each([
    ["chuyện xảy ra từ tháng trước rồi, nhưng tối nay ông ấy lại về nhà", /tối nay/],
    ["it happened last month, and tonight he is coming home again", /tonight|tối nay/],
  ])("%s", async (typed, soon) => {
    const r = reporter();
    await toSummary(r, await r.send("Tôi là hàng xóm. Bé gái 9 tuổi ở phường Tân Lợi, Đắk Lắk bị bố dượng đánh, tối nay ông ta sẽ về nhà và bé sợ lắm."));
    const before = draftOf(r.sessionId)!.when;
    await r.send({ choice: "edit" });
    await r.send(typed);
    const d = draftOf(r.sessionId)!;
    if (before && soon.test(before)) expect(d.when ?? "").toMatch(soon);
    expect(d.when ?? "").not.toMatch(/^tháng trước rồi$|^last month$/);
  });
});

describe("L3: an adult's report of a child's self-harm shows it in the summary", () => {
  it("«không ai, bé tự làm đau mình» is shown as the child's own harm", async () => {
    const { said } = await fixHarmer(BRUISE_STORY, "không ai cả, bé tự làm đau mình");
    expect(said).toMatch(/Người gây hại: không ai, trẻ tự làm đau mình|người gây hại: không ai, trẻ tự làm đau mình/);
  });

  it("a child's own «em tự làm» keeps the child's wording: no line naming who harms", async () => {
    const r = reporter();
    await toSummary(r, await r.send("em 14 tuổi ở phường Thuận Hóa, Huế. bạn cùng lớp bắt nạt em suốt, em buồn lắm"));
    await r.send({ choice: "edit" });
    const said = all(await r.send("không phải bạn, em tự làm"));
    expect(said).not.toMatch(/trẻ tự làm đau mình/);
  });
});
