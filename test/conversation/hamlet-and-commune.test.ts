/**
 * A place told with a hamlet (thôn, ấp, bản, buôn, tổ dân phố, khu phố) keeps the hamlet as a detail and the commune or ward as
 * the commune, also when the commune is typed without "xã"/"phường"; when only a hamlet is known, which commune or ward it is in is
 * asked once, by the hamlet's name (walk 30: the hamlet was taken as the commune, the commune typed after it lost). Sentences
 * written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("hamlet");
const NO_DANGER: Array<[RegExp, { choice: string }]> = [[/nguy hiểm|danger/i, { choice: "no" }]];
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);

describe("a hamlet and its commune", () => {
  it("«ấp Bình Lợi, Vĩnh Thạnh, Cần Thơ»: the hamlet, and the commune typed without its level", async () => {
    const s = await h.toSummary("Tôi ở gần nhà, thằng bé 8 tuổi hay bị ông dượng đánh bằng roi. Nhà nó ở ấp Bình Lợi, Vĩnh Thạnh, Cần Thơ", NO_DANGER);
    expect(s.summary).toMatch(/ở ấp Bình Lợi, Vĩnh Thạnh, Cần Thơ/);
    expect(draftOf(s.chatId)).toMatchObject({ commune: "Vĩnh Thạnh", hamlet: "ấp Bình Lợi" });
  });

  it("«thôn 5, xã Hòa Phú»: the commune is xã Hòa Phú and thôn 5 is kept beside it", async () => {
    const s = await h.toSummary("Con bé hàng xóm 10 tuổi bị mẹ kế bỏ đói, nhốt ngoài sân mấy tối nay, nhà ở thôn 5, xã Hòa Phú, Đắk Lắk", NO_DANGER);
    expect(s.summary).toMatch(/thôn 5, xã Hòa Phú, Đắk Lắk/);
    expect(draftOf(s.chatId)).toMatchObject({ commune: "xã Hòa Phú", hamlet: "thôn 5" });
  });

  it("a hamlet alone: the commune or ward is asked once, by the hamlet's name, and the answer is the commune", async () => {
    const s = await h.toSummary("Bé gái 6 tuổi ở tổ dân phố 7, Gia Lai hay bị bố ruột đánh, tay có vết bầm", [...NO_DANGER, [/thuộc xã hay phường/, "phuong Dien Hong"]]);
    expect(s.questions.filter((q) => /xã|phường/.test(q))).toEqual(["Tổ dân phố 7 thuộc xã hay phường nào? (nếu biết)"]);
    expect(s.summary).toMatch(/tổ dân phố 7, phuong Dien Hong, Gia Lai/);
    expect(draftOf(s.chatId)).toMatchObject({ commune: "phuong Dien Hong", hamlet: "tổ dân phố 7" });
  });

  it("«khu pho 4 phuong Tan Loi» typed at the commune question gives both, with no further question about the place", async () => {
    const r = h.reporter();
    await r.send("Bé trai 9 tuổi nhà bên bị bố đánh nhiều lần, ở Đắk Lắk");
    const asked = all(await r.send({ choice: "no" }));
    expect(asked).toMatch(/xã, phường/);
    const next = all(await r.send("khu pho 4 phuong Tan Loi"));
    expect(next).not.toMatch(/xã|phường/);
    expect(draftOf(r.chatId)).toMatchObject({ commune: "phuong Tan Loi", hamlet: "khu pho 4" });
  });
});
