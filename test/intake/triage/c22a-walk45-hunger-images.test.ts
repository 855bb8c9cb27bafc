/**
 * Walk 45, triage read wrong, told in sentences written for this test: a child who is repeatedly left hungry is neglect at
 * least medium (it was stored low); a greeting "anh chị" is no photo, so undressing told in person raises no "sexual images" flag;
 * a hungry child in acute danger stays an emergency, and undressing with a photo taken keeps the images flag.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { riskRank } from "../../../src/intake/triage/triage-types.ts";

const HUNGRY_OFTEN = [
  "Đứa nhỏ nhà bên cạnh hay bị bỏ đói.",
  "dua nho nha ben canh hay bi bo doi",
  "Con bé ở khu trọ tôi thường xuyên bị bỏ đói.",
  "thang be cuoi hem thuong bi bo doi lam",
];
const HUNGRY_NOW_EMERGENCY = "Bé 3 tuổi nhà bên bị bỏ đói mấy ngày liền, giờ nằm lả không dậy nổi, đang ở nhà một mình.";

const GREETING_NO_PHOTO = [
  "Chào anh chị, em muốn báo: ông hàng xóm bắt con bé 8 tuổi cởi áo rồi sờ soạng nó.",
  "chao anh chi, ong hang xom bat thang be 8 tuoi coi quan roi so vao cho kin",
  "Dạ thưa anh, hình như ông chú bắt cháu 9 tuổi cởi đồ rồi sờ người cháu, cảm ơn anh.",
];
const UNDRESSED_AND_PHOTOGRAPHED = [
  "Ông hàng xóm bắt con bé 8 tuổi cởi áo rồi chụp ảnh nó.",
  "ong hang xom bat be 8 tuoi coi do roi chup hinh lai",
];

describe("walk 45: hunger told as a habit, and photos no one took", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...HUNGRY_OFTEN, HUNGRY_NOW_EMERGENCY, ...GREETING_NO_PHOTO, ...UNDRESSED_AND_PHOTOGRAPHED])).toEqual([]);
  });

  it.each(HUNGRY_OFTEN)("a child repeatedly left hungry is at least medium: «%s»", (text) => {
    const t = triageReport(text);
    expect(riskRank(t.risk)).toBeGreaterThanOrEqual(riskRank("medium"));
    expect(t.category).toBe("neglect_abandonment");
  });

  it("a starved child lying limp and alone now stays an emergency", () => {
    expect(triageReport(HUNGRY_NOW_EMERGENCY).risk).toBe("emergency");
  });

  it.each(GREETING_NO_PHOTO)("«anh chị» greeted, «hình như», «cảm ơn» are no photo: «%s»", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("sexual_images");
    expect(t.category).toBe("sexual_abuse");
  });

  it.each(UNDRESSED_AND_PHOTOGRAPHED)("undressed and photographed keeps the images flag: «%s»", (text) => {
    expect(triageReport(text).redFlags).toContain("sexual_images");
  });
});
