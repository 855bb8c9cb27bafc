/**
 * The answerer keeps work done once per plan, per passage and per term list (memo.ts, passage-index.ts): an official asking
 * the same question again, or after other questions, or of a second answerer over the same plans, gets the same answer, and
 * ranking that tests passages lazily returns what testing every passage and sorting returns.
 */
import { describe, expect, it } from "vitest";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { createPassageIndex, type Passage } from "../../src/qa/passage-index.ts";
import { createQuestionAnswerer } from "../../src/qa/question-answerer.ts";

const registry = loadRegistry();
const { plans } = loadShippedPlans(registry);

// Questions of several kinds (who leads, a body's duties, a count, a deadline, a plan by its subject, English), in our own words.
const QUESTIONS = [
  "Cơ quan nào chủ trì việc tập huấn cho cán bộ làm công tác trẻ em ở Gia Lai?",
  "Sở Y tế Đắk Lắk được giao những nhiệm vụ gì trong kế hoạch?",
  "Kế hoạch của Tây Ninh có bao nhiêu nhiệm vụ?",
  "Khi nào phải gửi báo cáo kết quả thực hiện ở Huế?",
  "kế hoạch thực hiện khuyến nghị của ủy ban quyền trẻ em liên hợp quốc giao ai làm đầu mối?",
  "Which agency coordinates drowning prevention for children in Gia Lai?",
  "So GD&DT o Dak Lak phoi hop voi ai de phong chong bao luc hoc duong?",
  "Quyết định 2130 là của tỉnh nào?",
];

describe("answers do not depend on what was asked before", () => {
  it("the same question asked again, after others, and of a fresh answerer gets the same answer", () => {
    const one = createQuestionAnswerer({ plans, registry, today: "2026-11-23" });
    const first = QUESTIONS.map((q) => JSON.stringify(one.answer(q)));
    const again = [...QUESTIONS].reverse().map((q) => JSON.stringify(one.answer(q))).reverse();
    const other = createQuestionAnswerer({ plans, registry, today: "2026-11-23" });
    const fresh = [...QUESTIONS].reverse().map((q) => JSON.stringify(other.answer(q))).reverse();
    expect(again).toEqual(first);
    expect(fresh).toEqual(first);
    expect(first.some((a) => JSON.parse(a).found)).toBe(true);
  });
});

describe("ranking tests passages lazily", () => {
  const index = createPassageIndex(plans);
  const termLists = [["tap", "huan", "can", "bo"], ["bao", "cao", "ket", "qua"], ["phong", "chong", "duoi", "nuoc", "tre", "em"], ["kinh", "phi"]];
  const filters: Array<[string, (p: Passage) => boolean]> = [
    ["all", () => true],
    ["one plan", (p) => p.plan === plans[0]],
    ["assignments", (p) => p.kind === "assignment"],
    ["odd ids", (p) => p.id % 2 === 1],
    ["none", () => false],
  ];
  it.each(termLists.map((t) => [t.join(" "), t] as const))("for %s: the best passages the filter keeps, in order, as filtering all and sorting gives", (_, terms) => {
    const all = index.rank(terms, () => true, Number.POSITIVE_INFINITY);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      expect(a.score > b.score || (a.score === b.score && a.passage.id < b.passage.id)).toBe(true);
    }
    for (const [, keep] of filters) {
      for (const limit of [1, 3, 12]) {
        expect(index.rank(terms, keep, limit)).toEqual(all.filter((r) => keep(r.passage)).slice(0, limit));
      }
    }
  });
});
