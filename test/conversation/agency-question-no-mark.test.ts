/**
 * A plan question typed as the first message without its question mark, naming a harm to children in general ("CA tỉnh ...
 * làm gì khi trẻ bị bạo lực"): answered from the plans, not offered a report as a thin story. A thin story about a particular
 * child still starts the report. Found by route_check on the g23 questions; sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("agency-nomark");
const REPORT_STARTED = /Có trẻ em nào đang gặp nguy hiểm|Bạn muốn báo tin|Mình ghi lại để báo tin|in danger right now/;

describe("a plan question without its mark that names a harm to children", () => {
  it.each([
    "CA tỉnh Gia Lai làm gì khi trẻ bị bạo lực, xâm hại",
    "so y te dak lak lam gi khi tre bi xam hai tinh duc",
  ])("«%s» is answered from the plans", async (q) => {
    const r = h.reporter();
    const replies = await r.send(q);
    const text = all(replies);
    expect(text).not.toMatch(REPORT_STARTED);
    // An answer from the plans (a quote, or "the plans do not answer this"), not the report's questions.
    expect(text).toMatch(/[Kk]ế hoạch|plans?\b/);
  });

  it.each([
    "có bé bị đánh",
    "bé nhà bên bị đánh hoài, công an xã chưa làm gì",
  ])("«%s» still starts or offers the report", async (story) => {
    const r = h.reporter();
    const replies = await r.send(story);
    expect(all(replies)).toMatch(REPORT_STARTED);
  });
});
