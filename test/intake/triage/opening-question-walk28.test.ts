import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { riskRank } from "../../../src/intake/triage/triage-types.ts";

/**
 * Walk 28: a first message that opened with a question about telling ("có bị lộ tên không?") and then told of a small
 * child shut out every night and starved was stored low: the whole message read as a procedure question.
 */
describe("a story told after an opening question about reporting is not lowered by the question", () => {
  it.each([
    "If I report this, will they know it was me? The boy in the flat below, maybe 7, is locked out on the landing every night and nobody feeds him.",
    "neu toi bao thi co ai biet la toi bao khong? con be nha chu tro tam 8 tuoi bi ong bo duong sam so ngay nao cung, toi qua nghe no khoc xin dung",
  ])("«%s» is at least high", (text) => {
    expect(riskRank(triageReport(text).risk)).toBeGreaterThanOrEqual(riskRank("high"));
  });

  it("the question alone, with nothing told, stays low", () => {
    expect(triageReport("Nếu mình báo thì có bị lộ tên không? Mình chỉ hỏi trước thôi, hiện chưa có chuyện gì xảy ra với đứa trẻ nào cả.").risk).toBe("low");
  });
});
