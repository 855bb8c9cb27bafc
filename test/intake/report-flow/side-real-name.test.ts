/**
 * Walk 38 (r11): "Có cần tên thật không?" typed at the danger question was answered "Câu hỏi này tôi
 * chưa trả lời được ở đây" and kept as a note for officers, while "có phải khai tên không" was
 * answered. Whether a name or a number must be given is the privacy question, with or without the
 * verb, and a story that names a person is not that question.
 */
import { describe, expect, it } from "vitest";
import { ANSWERED_HERE, sideTopics } from "../../../src/intake/report-flow/side-questions.ts";

describe("asking whether a real name or a number is needed", () => {
  it.each([
    "Có cần tên thật không?",
    "co can ten that ko",
    "phải có họ tên không ạ",
    "có bắt buộc số điện thoại không vậy",
    "cần sđt không",
  ])("'%s' is the privacy question, answered here", (q) => {
    expect(sideTopics(q)[0]).toBe("privacy");
    expect(ANSWERED_HERE.has("privacy")).toBe(true);
  });

  it.each([
    "bé cần tên thuốc để uống",
    "tôi không biết tên thật của ông ấy",
    "nó phải khai tên cho công an hôm qua rồi",
  ])("'%s' is no question about the reporter's name", (s) => {
    expect(sideTopics(s)).not.toContain("privacy");
  });
});
