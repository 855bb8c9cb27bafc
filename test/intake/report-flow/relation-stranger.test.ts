/**
 * Walk 51: an English tourist typed "stranger, I am a tourist" at "Who are you to the child?" and was asked the same question again and
 * again. A writer with no tie to the child is someone else, in either language; a tie named beside it still wins.
 */
import { describe, expect, it } from "vitest";
import { matchRelation } from "../../../src/intake/report-flow/answer-matching.ts";

describe("a writer with no tie to the child answers 'who are you to the child'", () => {
  for (const text of ["stranger, I am a tourist", "just a visitor here", "I'm not related to them", "người lạ thôi", "nguoi la, khach du lich", "tôi không quen biết gia đình đó", "du khách đi ngang", "toi khong co ho hang gi voi be"]) {
    it(`someone else: ${text}`, () => expect(matchRelation(text)).toBe("other"));
  }
  for (const [text, relation] of [["hàng xóm", "neighbour"], ["cô giáo của bé", "teacher"], ["bà ngoại", "family"], ["em tự kể", "self"]] as const) {
    it(`a tie still wins: ${text}`, () => expect(matchRelation(text)).toBe(relation));
  }
});
