/**
 * Places and times read wrong from reporters' answers (walk 43, issues 12/13), told in sentences written for this test:
 * "TT Huế" is the province Thừa Thiên Huế, not a "thị trấn Huế"; an untoned "a" (ạ) after a commune is no part of its name;
 * a "since" that dates where the child lives or missing school is no time of the harm; a province that is a city is not
 * called "tỉnh Thành phố …".
 */
import { describe, expect, it } from "vitest";
import type { ReportDraft } from "../../../src/intake/case-intake-port.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import { cleanPlaceAnswer, placeBesideProvince, readCommuneAnswer, readStory } from "../../../src/intake/report-flow/story-reading.ts";
import type { ReportFlowDeps } from "../../../src/intake/report-flow/report-flow-types.ts";
import { findChildProvince } from "../../../src/kb/registry/child-province.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";

const registry = loadRegistry();
const findProvince = (t: string) => findChildProvince(registry, t);
const deps: ReportFlowDeps = { triage: () => ({ risk: "medium", category: "physical_violence", redFlags: [] }), findProvince };
const now = new Date("2026-11-23T03:00:00Z");
const flow = createReportFlow(deps);
const empty = (language: "vi" | "en"): ReportDraft => flow.start({ draftId: "d", channel: "web", chatId: "c", userId: "u", language, seedText: null, now }).state.draft;
/** The commune read from an answer to "where?", as the flow reads it. */
const communeOf = (answer: string) => readCommuneAnswer(answer, findProvince(answer)?.name ?? null) ?? placeBesideProvince(answer, findProvince(answer));

describe("'TT Huế' is Thừa Thiên Huế, and a trailing 'a' is a particle", () => {
  it.each([
    ["TT Huế, phường Vỹ Dạ", "phường Vỹ Dạ"],
    ["tt hue, xa phong son", "xa phong son"],
    ["TT Huế, xã Hương Phong a", "xã Hương Phong"],
  ])("«%s» names the commune %s, no 'thị trấn Huế'", (answer, commune) => {
    expect(findProvince(answer)?.id).toBe("thua-thien-hue");
    expect(communeOf(answer)).toBe(commune);
  });

  it.each([
    ["xã Tam Thanh a", "xã Tam Thanh"],
    ["phuong an hoa a", "phuong an hoa"],
  ])("«%s» is %s", (answer, commune) => {
    expect(cleanPlaceAnswer(answer)).toBe(commune);
  });

  it("'tt Phước An' is still a thị trấn, and a name that ends in a capital 'A' keeps it", () => {
    expect(readCommuneAnswer("tt Phước An", null)).toBe("thị trấn Phước An");
    expect(cleanPlaceAnswer("xã Ia A")).toBe("xã Ia A");
  });
});

describe("a 'since' of where the child lives or of missing school is no time of the harm", () => {
  it.each([
    ["en", "The girl upstairs, 10, is made to clean a restaurant's kitchen every evening and her aunt slaps her. She hasn't gone to school since October."],
    ["vi", "Thằng bé 8 tuổi hay bị ông chú đánh bằng roi. Từ tháng trước nó về ở với ông bà nội rồi, không ở đó nữa."],
  ] as const)("«%s»", (language, story) => {
    const when = readStory(empty(language), story, deps, "fill").draft.when ?? "";
    expect(when.toLowerCase()).not.toMatch(/since|từ tháng|tháng trước/);
  });

  it.each([
    ["vi", "Từ tháng 9 ông chú hay đánh thằng bé 8 tuổi bằng roi.", /từ tháng 9/i],
    ["en", "Since last month her stepdad beats her almost every day, she is 12.", /since last month/i],
    // Being made to leave school is the harm: the "since" is when it began.
    ["vi", "Con bé nhà bên 13 tuổi bị bố mẹ bắt nghỉ học từ tháng 3 để đi phụ quán nhậu tới khuya.", /từ tháng 3/i],
    ["vi", "thang nho 11 tuoi bi ong chu lo gach khong cho di hoc tu dau nam, bat boc gach ca ngay", /tu dau nam/i],
    ["en", "Her uncle has kept her out of school since March to sell flowers at night, she is 10.", /since march/i],
  ] as const)("the start of the harm is still said: «%s»", (language, story, said) => {
    expect(readStory(empty(language), story, deps, "fill").draft.when ?? "").toMatch(said);
  });
});

describe("a province that is a city is not called 'tỉnh Thành phố'", () => {
  const summaryOf = (story: string, language: "vi" | "en") => {
    let step = flow.start({ draftId: "d1", channel: "web", chatId: "c", userId: "u", language, seedText: story, now });
    for (let i = 0; i < 12 && !/TÓM TẮT|SUMMARY/.test(step.replies.map((r) => r.text).join("\n")); i++) {
      const choices = step.replies.flatMap((r) => r.choices ?? []).map((c) => c.id);
      const choice = ["no", "anonymous", "skip", "unknown", "other"].find((c) => choices.includes(c)) ?? null;
      step = flow.advance(step.state, { text: choice ? null : "không rõ", choice, attachments: [], now });
    }
    return step.replies.map((r) => r.text).join("\n");
  };

  it("in Vietnamese", () => {
    const summary = summaryOf("Tôi là hàng xóm. Bé trai 6 tuổi ở phường Thuận An, Bình Dương hay bị bố say rượu đánh bầm tím.", "vi");
    expect(summary).toMatch(/Bình Dương nay thuộc Thành phố Hồ Chí Minh\./);
    expect(summary).not.toMatch(/tỉnh Thành phố/);
  });

  it("in English", () => {
    const summary = summaryOf("I am a neighbour. A boy of 6 in Thuan An ward, Binh Duong is often beaten by his drunk father.", "en");
    expect(summary).toMatch(/Binh Duong is now part of Ho Chi Minh City\./);
  });
});
