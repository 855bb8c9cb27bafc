/**
 * The first message of a chat: a concern about a child goes to reporting, a question about the
 * plans gets an answer. test/fixtures/route-unseen.jsonl was written by the team before the
 * model was trained and is not in its corpus.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { routeMessageKind } from "../../../src/intake/triage/message-kind.ts";

const rows = fs.readFileSync(new URL("../../fixtures/route-unseen.jsonl", import.meta.url), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; route: string });

describe("what a first message is", () => {
  it("never takes a concern for a plan question, even when it is asked as a question or names an agency", () => {
    const wrong = rows.filter((r) => r.route === "concern").filter((r) => !["concern", "unsure"].includes(routeMessageKind(r.text).kind)).map((r) => r.id);
    expect(wrong).toEqual([]);
  });

  it("answers plan questions that name a kind of harm instead of offering a report", () => {
    const wrong = rows.filter((r) => r.route === "question").filter((r) => routeMessageKind(r.text).kind !== "question").map((r) => r.id);
    expect(wrong).toEqual([]);
  });

  it("makes a child in danger a concern whatever the wording", () => {
    expect(routeMessageKind("cứu em với, bố em đang cầm dao đòi giết mẹ con em").kind).toBe("concern");
  });
});

describe("a question that names no child", () => {
  it.each([
    "Luật quy định trẻ em bao nhiêu tuổi thì được đi làm thêm?",
    "Xâm hại tình dục trẻ em thì bị phạt tù bao nhiêu năm vậy?",
    "what is the punishment for child marriage in Vietnam?",
    "mua ban tre em bi xu ly the nao?",
  ])("is answered, not offered a report, whatever words of harm it uses: %s", (text) => {
    expect(routeMessageKind(text).kind).toBe("question");
  });

  it.each([
    "Con bé nhà bên bị bố đánh suốt, tôi báo ai được?",
    "em bị anh họ sờ vào người thì em phải làm sao?",
    "có đứa nhỏ đang bị nhốt trong nhà cháy, gọi số nào?",
  ])("a child named, or a danger now, stays a concern: %s", (text) => {
    expect(routeMessageKind(text).kind).toBe("concern");
  });
});

describe("a fresh set of first messages (route-fresh7.jsonl: written 4 December from the DESIGN alone, 100 concerns worded like questions, 80 questions worded like concerns, 20 chatter; labelled again blind, 200/200 agreed)", () => {
  const fresh = fs.readFileSync(new URL("../../fixtures/route-fresh7.jsonl", import.meta.url), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; route: string });
  it("takes every concern as a concern (or asks which it is)", () => {
    expect(fresh.filter((r) => r.route === "concern" && !["concern", "unsure"].includes(routeMessageKind(r.text).kind)).map((r) => r.id)).toEqual([]);
  });
  it("offers a report for at most one of the 80 questions", () => {
    const offered = fresh.filter((r) => r.route === "question" && routeMessageKind(r.text).kind === "concern").map((r) => r.id);
    expect(offered.length).toBeLessThanOrEqual(1);
  });
});

describe("a parent or teacher asking how to prevent harm", () => {
  it.each([
    "Bé nhà mình 6 tuổi, mình muốn dạy bé cách tự bảo vệ để phòng bị xâm hại thì nên bắt đầu thế nào?",
    "lớp tôi có 30 em lớp 3, có tài liệu nào về quy tắc bàn tay để dạy các em không?",
  ])("is answered, not offered a report: %s", (text) => {
    expect(routeMessageKind(text).kind).toBe("question");
  });

  it("a harm told with it stays a concern", () => {
    expect(routeMessageKind("Con tôi 6 tuổi kể bị chú hàng xóm sờ vào người, tôi nên dạy cháu cách tự bảo vệ thế nào?").kind).toBe("concern");
  });
});
