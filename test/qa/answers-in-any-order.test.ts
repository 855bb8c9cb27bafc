/**
 * An answer depends on the question alone (and its own previous turn), never on which questions the answerer was asked before:
 * questions that take the answerer's longer paths (two provinces set side by side, two questions in one message, an asker's
 * introduction, a statement then a question, a short form with two readings, a hotline, a follow-up with its previous turn)
 * asked in one order and in another, and each alone of a fresh answerer, get the same answers, byte for byte.
 */
import { describe, expect, it } from "vitest";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { createQuestionAnswerer } from "../../src/qa/question-answerer.ts";

const registry = loadRegistry();
const { plans } = loadShippedPlans(registry);
const fresh = () => createQuestionAnswerer({ plans, registry, today: "2026-11-23" });

// Written for this test, in our own words; `previous` is the turn before, as the chat passes it.
const ASKED: Array<{ q: string; previous?: string }> = [
  { q: "Tỷ lệ trẻ được đăng ký khai sinh đúng hạn ở Huế với tỷ lệ xã phường phù hợp với trẻ em của Đắk Lắk chênh nhau thế nào?" },
  { q: "Gia Lai đặt mục tiêu bao nhiêu phần trăm trẻ bị xâm hại được hỗ trợ, và sở nào lo việc đó?" },
  { q: "Em là cán bộ xã ở Tây Ninh, cho em hỏi ai chủ trì truyền thông về quyền trẻ em?" },
  { q: "Sở Y tế bây giờ quản lý nhà nước về trẻ em. Trong kế hoạch 2509, báo cáo gửi qua sở nào?" },
  { q: "so nv dak lak lam gi theo quyet dinh 2041" },
  { q: "Trẻ em ở Huế muốn báo bị đánh thì gọi tổng đài số mấy?" },
  { q: "Còn ở Gia Lai thì sao?", previous: "Ai chủ trì phòng chống đuối nước cho trẻ em ở Đắk Lắk?" },
  { q: "Which body must check child-friendly commune criteria in Tay Ninh, and by when?" },
  { q: "kinh phi thuc hien ke hoach bao ve tre em cua hue lay tu dau" },
];

const ask = (qa: ReturnType<typeof fresh>, i: number): string => {
  const { q, previous } = ASKED[i]!;
  return JSON.stringify(qa.answer(q, previous ? { previous } : undefined));
};

describe("answers do not depend on the order questions are asked in", () => {
  it("gives the same answers asked forwards, backwards, and each alone of a fresh answerer", () => {
    const idx = ASKED.map((_, i) => i);
    const forwards = fresh();
    const inOrder = idx.map((i) => ask(forwards, i));
    const backwards = fresh();
    const reversed: string[] = [];
    for (const i of [...idx].reverse()) reversed[i] = ask(backwards, i);
    expect(reversed).toEqual(inOrder);
    expect(idx.map((i) => ask(fresh(), i))).toEqual(inOrder);
    // The questions reach answers, not only the same refusal.
    expect(inOrder.filter((a) => JSON.parse(a).found).length).toBeGreaterThanOrEqual(5);
  });
});
