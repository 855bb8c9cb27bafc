/**
 * Walk 48 (issue 13): a reporter who names the place or says who they are in their own words is not asked again. The province
 * said the way people say it after the 2025 merger ("cái tỉnh giờ nhập vào ...", "... cũ (nay là ...)", "tỉnh ... trước đây",
 * a city for its province, English "in Hue", "near Pleiku") is today's province; the writer's tie said loosely or in English
 * ("the flat next to mine", "I teach her", "my wife's niece", "bên nhà vợ", "nhà trọ bên cạnh", "cô chủ nhiệm của cháu đây")
 * is read. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import type { ReportDraft } from "../../../src/intake/case-intake-port.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import { readStory } from "../../../src/intake/report-flow/story-reading.ts";
import type { ReportFlowDeps } from "../../../src/intake/report-flow/report-flow-types.ts";
import { findChildProvince } from "../../../src/kb/registry/child-province.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";

const registry = loadRegistry();
const deps: ReportFlowDeps = { triage: () => ({ risk: "medium", category: "physical_violence", redFlags: [] }), findProvince: (t) => findChildProvince(registry, t) };
const now = new Date("2026-12-07T01:00:00Z");
const flow = createReportFlow(deps);
const empty = (language: "vi" | "en"): ReportDraft => flow.start({ draftId: "d", channel: "web", chatId: "c", userId: "u", language, seedText: null, now }).state.draft;
const read = (text: string, language: "vi" | "en") => readStory(empty(language), text, deps, "fill").draft;

describe("a province named as merged into today's is today's province", () => {
  it.each([
    ["Tôi quê ở Hà Nam, cái tỉnh giờ nhập vào Ninh Bình rồi đó, có thằng cháu 8 tuổi bị bố nó đánh.", "ninh-binh"],
    ["Đứa nhỏ 7 tuổi bị chú nó đánh, nhà nó ở cái tỉnh sáp nhập vào Gia Lai đó.", "gia-lai"],
    ["bé gái 9 tuổi bị mẹ kế bỏ đói, ở tỉnh mới gộp vào Lâm Đồng năm ngoái", "lam-dong"],
    ["con bé 6 tuổi ở cái tỉnh nhập về Phú Thọ, bị ông bác sàm sỡ", "phu-tho"],
  ])("«%s»", (story, id) => {
    expect(read(story, "vi").provinceId).toBe(id);
  });

  it("a child taken to a province is still not placed there", () => {
    expect(read("Con bé 14 tuổi ở nhà bị một bà quen trên mạng dụ vào Đồng Nai làm quán.", "vi").provinceId).toBeNull();
  });
});

describe("an old name, a city or an English place names today's province", () => {
  it.each([
    ["Bé trai 9 tuổi ở Quảng Nam cũ (nay là Đà Nẵng) bị cha dượng bỏ đói mấy hôm nay.", "vi", "da-nang"],
    ["con bé 8 tuổi bên Bình Định cũ bị dượng nó đánh hoài", "vi", "gia-lai"],
    ["thằng bé 6 tuổi ở tỉnh Đắk Nông trước đây bị bố bỏ rơi ở nhà", "vi", "lam-dong"],
    ["Bé 8 tuổi ở Huế bị cha đánh hoài.", "vi", "thua-thien-hue"],
    ["Ở Sài Gòn có đứa nhỏ 5 tuổi bị bà chủ nhà nhốt ngoài ban công.", "vi", "ho-chi-minh"],
    ["bé 5 tuổi ở Buôn Ma Thuột bị mẹ nhốt trong nhà cả ngày", "vi", "dak-lak"],
    ["A 9 year old girl in Hue is beaten by her dad most nights.", "en", "thua-thien-hue"],
    ["A boy of 11 near Pleiku is made to carry bricks all day.", "en", "gia-lai"],
  ] as const)("«%s»", (story, lang, id) => {
    expect(read(story, lang).provinceId).toBe(id);
  });
});

describe("the writer's tie told loosely or in English is read", () => {
  it.each([
    ["The little boy in the flat next to mine, about 5, is left alone every evening.", "en", "neighbour"],
    ["The family across the hall beat their 6 year old girl, I hear it through the wall.", "en", "neighbour"],
    ["My neighbour's kid, 7, gets hit by his dad almost every night.", "en", "neighbour"],
    ["I teach her, she is 12 and her mother burns her hands with a lighter.", "en", "teacher"],
    ["My student, a 13 year old boy, keeps coming in with bruises from his father.", "en", "teacher"],
    ["My stepson is 10 and his mum slaps him when she is drunk.", "en", "family"],
    ["My wife's niece is 14 and an uncle keeps touching her.", "en", "family"],
    ["Con bé 9 tuổi bên nhà vợ tôi bị bố nó đánh bầm tay.", "vi", "family"],
    ["thằng cu nhà bên 6 tuổi bị bố nó đánh suốt", "vi", "neighbour"],
    ["con bé nhà trọ bên cạnh 8 tuổi bị mẹ nó nhốt trong phòng", "vi", "neighbour"],
    ["cô chủ nhiệm của cháu đây, cháu 11 tuổi bị bố đánh bầm lưng", "vi", "teacher"],
  ] as const)("«%s»", (story, lang, relation) => {
    expect(read(story, lang).reporterRelation).toBe(relation);
  });

  it("a parent who says they raise ('dạy') their own child is still the parent", () => {
    expect(read("Con gái tôi 13 tuổi, tôi dạy nó hoài mà chồng tôi vẫn lấy roi đánh nó.", "vi").reporterRelation).toBe("family");
  });

  it("a writer's spouse's kin who is also a neighbour is family", () => {
    expect(read("Thằng bé 8 tuổi là cháu vợ tôi, ở ngay nhà bên, bị bố nó đánh.", "vi").reporterRelation).toBe("family");
  });

    it("a girl married into her husband's family is not the writer's family", () => {
    expect(read("Con bé 15 tuổi về làm dâu, bị bên nhà chồng bắt làm suốt ngày.", "vi").reporterRelation).not.toBe("family");
  });

  it("a child who runs across the street is no neighbour's tie", () => {
    expect(read("I saw a boy, maybe 8, run across the street crying with a cut on his head.", "en").reporterRelation).not.toBe("neighbour");
  });
});
