/**
 * A teacher tells a pupil's marriage set for next month in the words people use ("nhận sính lễ", "về nhà chồng"): the
 * conversation does not ask when it happens, and the summary says the time the story gave (hand walk 54 asked "Việc này xảy
 * ra khi nào?" and the teacher had to write "Em đã nói rồi ạ, tháng sau là cưới").
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("marriage-when");
const ASKS_WHEN = /xảy ra khi nào|Lần gần nhất là khi nào|When did this happen/;

describe("a marriage set ahead is not asked 'when'", () => {
  it.each([
    ["Tôi là cô giáo ở xã Ia Pa, Gia Lai. Em H'Lan lớp 8, 14 tuổi, nhà đã nhận sính lễ, tháng sau cho em về nhà chồng nên em nghỉ học rồi.", /tháng sau/],
    ["toi la thay giao o Tuyen Quang, hoc tro toi 15 tuoi, tuan sau nha trai sang ruoc dau, em khong muon lay chong", /tuan sau/],
    ["I teach in Kon Tum. My pupil is 14; her family took the bride price and she goes to live with the groom's family next month.", /next month/],
  ])("%s", async (story, when) => {
    const walk = await h.toSummary(story);
    expect(walk.questions.filter((q) => ASKS_WHEN.test(q))).toEqual([]);
    expect(walk.summary).toMatch(when);
  });
});
