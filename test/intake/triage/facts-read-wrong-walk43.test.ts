/**
 * Facts read wrong from reporters' stories (walk 43, issues 12/13), each class told in sentences written for this test:
 * the people a threat says the images will be sent to are not who harms; a threat still being sent today is no deadline
 * today nor a child made to undress now, and "mạng" (the internet) is no scolding; a child who has moved away from the
 * one who abused her is out of his reach; a parent's work shift and a child's housework are no child labour. Each change
 * has beside it a story that must stay as it was (an emergency stays one).
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const flags = (text: string) => triageReport(text).redFlags;

const RECIPIENTS = [
  "Cháu trai tôi 14 tuổi, một nick Zalo lạ giữ ảnh khỏa thân của cháu và dọa sẽ gửi cho bạn học của cháu nếu không chuyển tiền.",
  "con be 12 tuoi bi mot nguoi quen qua game doi them anh nong, no noi se gui cho ban be con be xem",
  "A man she met on Instagram has her nude pictures and says he will send them to her classmates unless she sends more.",
];
const SENDER_IS_PEER = "Mấy bạn cùng lớp chụp lén ảnh con bé 13 tuổi thay đồ rồi gửi cho cả nhóm chat của lớp.";

const STILL_THREATENING = [
  "Em gái tôi 14 tuổi bị một người lạ trên mạng giữ ảnh nhạy cảm, hắn dọa tung ảnh. Hôm nay hắn vẫn đang nhắn đe dọa em.",
  "be 13 tuoi bi nguoi quen qua game giu anh nong, doa tung anh. Hom nay no van nhan tin de doa.",
  "Someone online has my 14-year-old daughter's nude photos and threatens to post them. Today he is still sending her threats.",
];
const DEADLINE_TONIGHT = "Con tôi 13 tuổi bị kẻ lạ trên mạng giữ ảnh nóng, hắn dọa nếu tối nay không gửi thêm ảnh thì sẽ tung ảnh lên Facebook.";
const UNDRESSING_NOW = "Em 12 tuổi đang bị một người lạ bắt cởi đồ trước camera ngay lúc này, em sợ lắm.";
const INTERNET_NOT_SCOLDING = "Người lạ dọa đăng ảnh của con bé 13 tuổi lên mạng cháu sợ lắm không dám đi học.";
const SCOLDING = ["Mẹ kế hay mắng cháu là đồ vô dụng, bé 9 tuổi.", "be 9 tuoi, me ke ngay nao cung mang chau"];

const MOVED_AWAY = [
  "Cháu gái tôi 10 tuổi kể chú rể hay vào phòng lúc cháu ngủ, sờ soạng cháu. Từ hôm chủ nhật cháu về ở với ông bà nội rồi, không ở đó nữa.",
  "My niece, 9, said her mother's boyfriend comes into her room at night and touches her. Since last week she has moved in with her grandma and no longer lives there.",
];
const STILL_WITH_HIM = [
  "Cháu gái tôi 10 tuổi kể chú rể hay vào phòng lúc cháu ngủ, sờ soạng cháu. Cháu vẫn ở chung nhà với chú, tối nay cũng ngủ ở đó.",
  "Cháu gái tôi 10 tuổi kể chú rể hay vào phòng lúc cháu ngủ, sờ soạng cháu. Tuần sau cháu mới sang ở với bà, giờ vẫn ở chung nhà với chú.",
];

const PARENT_AT_WORK = [
  "Chị hàng xóm có bé trai 4 tuổi, chị ấy đi làm ca ngày, để bé ở nhà với bà cố đã 80 tuổi.",
  "me no di lam ca ngay, be 7 tuoi o nha voi ong noi, ong hay say.",
];
const CHILD_AT_WORK = ["Bé 10 tuổi phải đi làm cả ngày ở lò gạch.", "thang be 11 tuoi di lam ca ngay o quan nhau"];
const HOUSEWORK = [
  "Con bé 10 tuổi bị dì ruột bắt làm việc nhà cả ngày, không cho đi chơi với bạn.",
  "be 9 tuoi bi bat lam viec nha suot, bi chui hoai",
];
const WORK_OUTSIDE = ["Bé 10 tuổi bị bắt làm việc ở xưởng may cả ngày.", "con be 11 tuoi bi bat lam viec nha hang den khuya"];

describe("walk 43: facts read wrong", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...RECIPIENTS, SENDER_IS_PEER, ...STILL_THREATENING, DEADLINE_TONIGHT, UNDRESSING_NOW, INTERNET_NOT_SCOLDING, ...SCOLDING, ...MOVED_AWAY, ...STILL_WITH_HIM, ...PARENT_AT_WORK, ...CHILD_AT_WORK, ...HOUSEWORK, ...WORK_OUTSIDE])).toEqual([]);
  });

  it.each(RECIPIENTS)("those the images will be sent to are not who harms: «%s»", (text) => {
    expect(extractReportFacts(text).harmer).not.toBe("peer");
  });

  it("classmates who send the photos themselves still harm", () => {
    expect(extractReportFacts(SENDER_IS_PEER).harmer).toBe("peer");
  });

  it.each(STILL_THREATENING)("a threat still being sent today is no deadline today and no undressing now: «%s»", (text) => {
    expect(flags(text)).not.toContain("sextortion_deadline");
    expect(flags(text)).not.toContain("online_sexual_abuse_now");
  });

  it("a deadline of tonight stays an emergency", () => {
    expect(flags(DEADLINE_TONIGHT)).toContain("sextortion_deadline");
    expect(triageReport(DEADLINE_TONIGHT).risk).toBe("emergency");
  });

  it("a child made to undress right now stays an emergency", () => {
    expect(triageReport(UNDRESSING_NOW).risk).toBe("emergency");
  });

  it("'lên mạng cháu …' (the internet, then the child) is no scolding", () => {
    expect(triageReport(INTERNET_NOT_SCOLDING).reasons.join("\n")).not.toMatch(/bạo lực tinh thần/);
  });

  it.each(SCOLDING)("scolding stays emotional abuse: «%s»", (text) => {
    expect(triageReport(text).reasons.join("\n")).toMatch(/bạo lực tinh thần/);
  });

  it.each(MOVED_AWAY)("a child who has moved away is out of his reach: «%s»", (text) => {
    expect(extractReportFacts(text).harmerAccess).toBe(false);
    expect(flags(text)).not.toContain("sexual_abuser_has_access");
  });

  it.each(STILL_WITH_HIM)("a child still in the house with him stays in reach, an emergency: «%s»", (text) => {
    expect(extractReportFacts(text).harmerAccess).toBe(true);
    expect(triageReport(text).risk).toBe("emergency");
  });

  it.each(PARENT_AT_WORK)("a parent's work shift is no child labour: «%s»", (text) => {
    expect(flags(text)).not.toContain("illegal_child_labour");
    expect(triageReport(text).reasons.join("\n")).not.toMatch(/lao động trẻ em/);
  });

  it.each(CHILD_AT_WORK)("a child working all day is still child labour: «%s»", (text) => {
    expect(flags(text)).toContain("illegal_child_labour");
  });

  it.each(HOUSEWORK)("housework is no child labour: «%s»", (text) => {
    expect(flags(text)).not.toContain("illegal_child_labour");
  });

  it.each(WORK_OUTSIDE)("work in a workshop or a restaurant is still child labour: «%s»", (text) => {
    expect(flags(text)).toContain("illegal_child_labour");
  });
});
