/**
 * A school, a hospital or a social-work office reporting a pupil or a patient writes "em"/"cháu" of the child: it is not the child's
 * own account, so the floor for a child who tells of sexual abuse by the parent they live with (mender M31) does not read it as one.
 * Found when the day's changes were measured on the held-out writers (two formal reports became emergencies); sentences written for
 * this test. The child's own account stays an emergency.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const OWN_FLOOR = "the child tells of sexual abuse by the parent";
const HOSPITAL = "Phòng Công tác xã hội Bệnh viện Nhi tỉnh báo tin: bệnh nhi 12 tuổi có dấu hiệu bị xâm hại tình dục, cháu sống cùng mẹ và cha dượng.";

describe("a school or hospital writing about a child is not the child's own account", () => {
  it.each([
    "Kính gửi Tổng đài 111. Trường Tiểu học Hòa Bình thông báo: một học sinh nữ lớp 4 thường xuyên sợ về nhà, cô chủ nhiệm nghi em bị bố dượng sờ soạng. Đề nghị hỗ trợ.",
    "truong thcs le loi thong bao: hoc sinh nu lop 7 ke voi co giao la bi cha duong xam hai, em dang song cung cha duong",
    "Our school is reporting a concern: a pupil in year 6 told her teacher that her stepfather touches her at night. She lives with him.",
  ])("no own-account floor: %s", (text) => {
    const r = triageReport(text);
    expect(r.reasonsEn.join(" ")).not.toContain(OWN_FLOOR);
    expect(["high", "emergency"]).toContain(r.risk);
    expect(r.category).toBe("sexual_abuse");
  });

  it("a hospital's report gets no own-account floor either", () => {
    const r = triageReport(HOSPITAL);
    expect(r.reasonsEn.join(" ")).not.toContain(OWN_FLOOR);
    expect(r.category).toBe("sexual_abuse");
  });

  // Known leftover (measured this stop, also on the build before it): the model puts a hospital's suspicion of sexual abuse at low
  // and the rules' high is not kept; a floor on every "suspected sexual abuse" the rules read was tried and raised 70 procedure
  // questions and topic mentions on the held-out writers, so it was not kept. DESIGN wants at least high.
  it.fails("a hospital's suspicion of sexual abuse is at least high (known leftover)", () => {
    expect(["high", "emergency"]).toContain(triageReport(HOSPITAL).risk);
  });

  it.each([
    "Em 12 tuổi, em nghĩ em bị bố dượng xâm hại, đêm nào dượng cũng vào phòng sờ em khi mẹ đi làm.",
    "im 13 and my stepdad touches me at night when mom is asleep, i live with them",
  ])("the child's own account stays an emergency: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(r.category).toBe("sexual_abuse");
  });
});
