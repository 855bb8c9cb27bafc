/**
 * R6: sextortion told in administrative words ("cưỡng đoạt", the Penal Code's extortion) with a deadline at a clock hour of
 * the same day ("trước 22 giờ cùng ngày", "hạn chót 21h trong ngày") is sextortion with a deadline today (DESIGN triage
 * contract: an emergency). A past, resolved, hypothetical or deadline-less extortion is not, nor is "cùng ngày" told of
 * something done. Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const DEADLINE_TODAY = [
  "Phòng Cảnh sát hình sự ghi nhận: học sinh nam 15 tuổi bị một tài khoản lạ cưỡng đoạt bằng video khỏa thân, buộc nộp 5 triệu trước 21 giờ cùng ngày, nếu không sẽ phát tán.",
  "UBND xã báo cáo: cháu gái 13 tuổi bị đối tượng trên mạng cưỡng đoạt bằng ảnh nhạy cảm, hạn chót 22h trong ngày phải chuyển 2 triệu.",
  "chau 15 tuoi bi doi tuong cuong doat bang anh nhay cam, yeu cau chuyen 4 trieu truoc 20 gio cung ngay",
  "Đồn công an tiếp nhận tin: nữ sinh lớp 8 bị kẻ lạ dọa tung ảnh khỏa thân, đòi chuyển tiền trước 23 giờ trong ngày.",
];

const NOT_A_DEADLINE_TODAY = [
  // past and dealt with
  "Năm 2024 cháu 14 tuổi từng bị cưỡng đoạt bằng ảnh nhạy cảm, yêu cầu chuyển tiền trước 23 giờ cùng ngày; vụ việc đã được công an xử lý xong.",
  // a hypothetical warning
  "Nếu con bị ai cưỡng đoạt bằng ảnh nhạy cảm và đòi tiền trước 22 giờ trong ngày thì phải báo ngay cho bố mẹ, đừng chuyển tiền.",
  // no deadline given
  "Cháu 14 tuổi bị đối tượng trên mạng cưỡng đoạt bằng ảnh nhạy cảm nhưng đối tượng chưa đưa ra thời hạn nào.",
];

const SAME_DAY_NARRATED = [
  "Hôm qua cháu 10 tuổi bị bố tát, cùng ngày mẹ cháu đã đưa cháu sang nhà bà ngoại ở, giờ cháu ổn.",
  "Lúc 9 giờ cùng ngày nhà trường đã mời phụ huynh lên làm việc về việc em lớp 6 bị bạn trêu chọc.",
];

describe("R6: sextortion with a clock deadline the same day", () => {
  it("is tested on sentences in no corpus file", () => {
    expect(inSomeCorpus([...DEADLINE_TODAY, ...NOT_A_DEADLINE_TODAY, ...SAME_DAY_NARRATED])).toEqual([]);
  });
  it.each(DEADLINE_TODAY)("is an emergency by the sextortion floor: %s", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).toContain("sextortion_deadline");
    expect(t.risk).toBe("emergency");
    expect(t.category).toBe("online_abuse");
  });
  it.each(NOT_A_DEADLINE_TODAY)("past, hypothetical or without a deadline, the floor does not fire: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("sextortion_deadline");
  });
  it.each(SAME_DAY_NARRATED)("'cùng ngày' told of what was done is no emergency: %s", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("sextortion_deadline");
    expect(t.risk).not.toBe("emergency");
  });
});
