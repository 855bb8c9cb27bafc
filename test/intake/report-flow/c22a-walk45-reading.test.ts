/**
 * Walk 45, facts read wrong from a story, told in sentences written for this test: the group that hits ("mấy đứa") is not a
 * count of the children harmed; a school's name ("trường tiểu học ...") is no age said; "TP" before a province's name is that
 * province, never a commune; how long a child wears the same clothes is no time of the harm.
 */
import { describe, expect, it } from "vitest";
import type { ReportDraft } from "../../../src/intake/case-intake-port.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import { readStory } from "../../../src/intake/report-flow/story-reading.ts";
import { understoodLine } from "../../../src/intake/report-flow/report-summary.ts";
import type { ReportFlowDeps } from "../../../src/intake/report-flow/report-flow-types.ts";
import { findChildProvince } from "../../../src/kb/registry/child-province.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import { inSomeCorpus } from "../triage/model-fixtures.ts";

const registry = loadRegistry();
const deps: ReportFlowDeps = { triage: () => ({ risk: "medium", category: "bullying", redFlags: [] }), findProvince: (t) => findChildProvince(registry, t) };
const now = new Date("2026-12-06T03:00:00Z");
const flow = createReportFlow(deps);
const empty = (language: "vi" | "en"): ReportDraft => flow.start({ draftId: "d", channel: "web", chatId: "c", userId: "u", language, seedText: null, now }).state.draft;
const read = (text: string, language: "vi" | "en" = "vi") => readStory(empty(language), text, deps, "fill").draft;
const said = (text: string, language: "vi" | "en" = "vi") => { const d = read(text, language); return understoodLine({ ...d, narrative: text }); };

const ONE_HIT_BY_A_GROUP: Array<[string, "vi" | "en"]> = [
  ["Em thấy một bạn trong lớp em bị mấy đứa lớp bên đánh suốt.", "vi"],
  ["e thay 1 ban trong lop bi may dua danh hoai", "vi"],
  ["A boy in my class gets beaten by several kids from another class.", "en"],
];
const SEVERAL_HARMED = "Mấy đứa nhỏ trong xóm bị ông chủ quán bắt đi bán vé số tới khuya.";

const SCHOOL_NAME = [
  "Một bạn lớp em bị mấy anh lớp trên đánh, lớp em ở trường tiểu học phường Hồng Bàng, Hải Phòng.",
  "mot ban lop em bi danh hoai, truong tieu hoc xa Tam Nong, Phu Tho",
];
const AGE_SAID = "Bé 8 tuổi học trường tiểu học xã Tam Nông, Phú Thọ, bị bố đánh.";

const CITY_BEFORE_PROVINCE = [
  ["nhà em ở TP Nam Định", "ninh-binh"],
  ["nha e o tp nam dinh", "ninh-binh"],
  ["nhà cháu ở thành phố Nam Định", "ninh-binh"],
] as const;
const COMMUNE_AND_PROVINCE = "nhà em ở xã Hải Hậu, Nam Định";

const CLOTHING_TIME = [
  "Thằng bé lớp tôi đi học hay đói, người bẩn, mặc một bộ cả tuần không thay.",
  "be lop toi hay doi, ban, mac mot bo do ca tuan",
  "The girl in my class comes to school hungry and has worn the same shirt for days.",
];
const HARM_TIME = "Cả tuần nay bố cháu say rượu đánh cháu.";

describe("walk 45: facts read from a story", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...ONE_HIT_BY_A_GROUP.map(([t]) => t), SEVERAL_HARMED, ...SCHOOL_NAME, AGE_SAID, ...CITY_BEFORE_PROVINCE.map(([t]) => t), COMMUNE_AND_PROVINCE, ...CLOTHING_TIME, HARM_TIME])).toEqual([]);
  });

  it.each(ONE_HIT_BY_A_GROUP)("the group that hits is not the children harmed: «%s»", (text, language) => {
    const line = said(text, language);
    expect(line).not.toMatch(/mấy trẻ|mấy bé|several/u);
    expect(read(text, language).children ?? 1).toBe(1);
  });

  it("several children harmed are still said as several", () => {
    expect(said(SEVERAL_HARMED)).toMatch(/mấy (?:trẻ|bé)/u);
  });

  it.each(SCHOOL_NAME)("a school's name is no age: «%s»", (text) => {
    const d = read(text);
    expect(d.childAgeBand ?? "unknown").toBe("unknown");
    expect(said(text)).not.toMatch(/6-10|tuổi/u);
  });

  it("an age said beside the school stays", () => {
    expect(read(AGE_SAID).childAgeBand).toBe("6_11");
  });

  it.each(CITY_BEFORE_PROVINCE)("«%s»: the city is the province, no commune «TP»", (text, province) => {
    const d = read(text);
    expect(d.provinceId).toBe(province);
    expect(d.commune ?? null).toBeNull();
  });

  it("a commune before the province is still read", () => {
    expect(read(COMMUNE_AND_PROVINCE).commune).toMatch(/Hải Hậu/u);
  });

  it.each(CLOTHING_TIME)("how long the same clothes are worn is no time of the harm: «%s»", (text) => {
    const when = read(text, /^The/.test(text) ? "en" : "vi").when ?? "";
    expect(when).not.toMatch(/cả tuần|ca tuan|for days/iu);
  });

  it("a week of beatings is still the time of the harm", () => {
    expect(read(HARM_TIME).when ?? "").toMatch(/tuần/u);
  });
});
