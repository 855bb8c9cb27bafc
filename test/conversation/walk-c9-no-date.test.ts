/**
 * Finding 3 (issue 13 leftovers): a rape told with no date was summarised as about to happen "tonight" ("sắp xảy ra (tối nay)"),
 * a time the reporter never said: a bare "sắp" (about to) names no night or day. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c9n");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].filter((d) => d.chatId === chatId).at(-1);

describe("a time the reporter never said is not shown", () => {
  it.each([
    "Con bé 13 tuổi nhà bên bị thằng anh họ hiếp, giờ nó sắp phải về quê ở với thằng đó. Xã Ea Kao, Đắk Lắk. Tôi là hàng xóm.",
    "cháu gái tôi 12 tuổi bị ông dượng cưỡng hiếp, mẹ nó chuẩn bị đưa nó về ở chung với ổng, nhà ở phường Pleiku, Gia Lai",
  ])("«%s»", async (story) => {
    const s = await h.toSummary(story, [[/nguy hiểm|danger/, { choice: "no" }]]);
    const line = s.summary.split("\n").find((l) => /^(?:Mình hiểu|Cô chú hiểu)/.test(l)) ?? "";
    expect(line).not.toMatch(/tối nay|ngày mai/);
    expect(draftOf(s.chatId)?.when ?? "").not.toMatch(/^soon$|tối nay/);
  });
});
