/**
 * Classes of triage misreadings found reading the odd half of held-out writer W (5 December, helper C2), each with sentences
 * written for this test, in no corpus file: a late hour typed "2h sáng" is the same night work as "2 giờ sáng"; a child taken
 * into a room alone with a grown-up is not a child left alone; "No injuries" in a report written in English denies the injury;
 * undressing a child in person, with no picture or screen told, is not sexual images.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const flags = (t: string) => triageReport(t).redFlags;

const nightWork = [
  "Bà chủ quán bắt con bé 12 tuổi rửa bát tới 1h sáng mỗi ngày.",
  "Bố mẹ cho bé 8 tuổi livestream bán hàng đến 2h sáng hằng đêm.",
];
const withAdult = [
  "Nghe nói ông thầy bói hay gọi mấy bé gái 11, 12 tuổi vào phòng riêng một mình rồi sờ soạng.",
  "Ông ta bắt thằng bé ở lại một mình với ông sau giờ học võ.",
];
const leftAlone = ["Thằng bé 5 tuổi ở nhà một mình với em 2 tuổi từ sáng tới giờ.", "Con bé 4 tuổi bị bỏ ở nhà một mình từ sáng."];
const english = ["The swimming coach makes the boys run laps until they cry and sometimes pushes them down. No injuries so far."];
const inPerson = ["Ông thầy cúng hay bắt mấy đứa con gái vô buồng riêng rồi cởi đồ, hàng xóm đồn vậy."];
const onScreen = ["Có người trên mạng dụ con gái tôi 13 tuổi cởi áo trước camera điện thoại."];

describe("flags read from the facts, not a word alone", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...nightWork, ...withAdult, ...leftAlone, ...english, ...inPerson, ...onScreen])).toEqual([]);
  });
  it.each(nightWork)("«%s»: work till the small hours, typed with h", (text) => {
    expect(flags(text)).toContain("hazardous_work");
  });
  it("a morning hour is no night work", () => {
    expect(flags("Con tôi 12 tuổi đi học thêm đến 11h sáng rồi về ăn cơm.")).not.toContain("hazardous_work");
  });
  it.each(withAdult)("«%s»: alone with a grown-up is not a child left alone", (text) => {
    expect(flags(text)).not.toContain("child_alone");
  });
  it.each(leftAlone)("«%s»: a child left without an adult still is", (text) => {
    expect(flags(text)).toContain("child_alone");
  });
  it.each(english)("«%s»: 'No injuries' denies the injury", (text) => {
    expect(flags(text)).not.toContain("injury");
  });
  it("an injury told in English still is one", () => {
    expect(flags("The coach pushed my son to the ground and he has bruises on his knees.")).toContain("injury");
  });
  it.each(inPerson)("«%s»: undressing in person is no sexual image", (text) => {
    expect(flags(text)).not.toContain("sexual_images");
    expect(triageReport(text).category).toBe("sexual_abuse");
  });
  it.each(onScreen)("«%s»: in front of a camera it is", (text) => {
    expect(flags(text)).toContain("sexual_images");
  });
});
