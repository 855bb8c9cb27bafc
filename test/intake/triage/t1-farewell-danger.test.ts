/**
 * Issue 12, T1. (1) A child who has told or posted a wish to die or a farewell (a status, a note, a message, things given away)
 * AND has the means at hand (pills, poison, a rope, a blade, a height, a river), a plan for now or tonight, or cannot be reached
 * now is an emergency (DESIGN, triage contract: a stated intent or plan to die, said or posted), read from facts and kept by a
 * floor that only raises: the model's wording cannot move it. Idioms, lyrics, a past attempt now cared for in hospital, a question
 * of what to do if, a negation, thoughts with no means or plan do not make it. (2) An adult who cannot be reached ("không liên
 * lạc được với mẹ nó") is no missing child. Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

/** The floor's flags: a farewell or wish to die told with a means at hand, with the child out of reach, or with a plan for now or tonight. */
const DANGER_FLAGS = ["intent_to_die_with_means", "intent_to_die_out_of_reach", "intent_to_die_soon"];
const dangerFlag = (flags: readonly string[]) => flags.find((f) => DANGER_FLAGS.includes(f));

const FAREWELL_IN_DANGER = [
  "Con gái tôi 15 tuổi vừa đăng status \"tạm biệt mọi người, chết là hết\", giờ gọi không bắt máy, nhà có sẵn thuốc diệt chuột.",
  "Thằng bé lớp 8 viết lên nhóm lớp \"tạm biệt mọi người nhé\" rồi tắt điện thoại, đến giờ vẫn không liên lạc được.",
  "Em gái em 13 tuổi để lại lá thư xin lỗi bố mẹ, bảo đừng tìm nó, rồi bỏ đi đâu không biết từ chiều.",
  "cháu nó đưa hết đồ chơi với con mèo cho em họ, bảo từ mai không cần nữa, trong cặp có một vỉ thuốc ngủ",
  "con be nhan tin tam biet ca nha, dang ngoi mot minh tren cau song Han",
  "tui mun chet, tui gom dc 20 vien thuoc roi",
  "k mun song nua, toi nay t se lam",
  "My son (14) posted \"goodbye everyone, it's over\" on Facebook an hour ago and isn't answering his phone.",
  "My sister wrote a note saying sorry to everyone and she has her razor blades with her in her room.",
  "He gave away his guitar and his games to his friends and said tonight is the night.",
  "Học sinh nữ lớp 9 đăng story \"kiếp sau gặp lại\", sau đó không ai liên lạc được, cô giáo rất lo.",
  "Con tôi để lại tin nhắn \"con xin lỗi, con đi đây\", mang theo sợi dây thừng, giờ không biết ở đâu.",
  "nó đăng lên face \"chết là hết\", nhà nó ở cạnh sông, gọi mãi không nghe máy",
  "Em trai mình 16 tuổi nhắn \"cảm ơn mọi người thời gian qua, vĩnh biệt\", giờ khóa máy rồi.",
  "đứa cháu 12 tuổi viết giấy \"con không muốn sống nữa\" để trên bàn, trong ngăn kéo có con dao rọc giấy",
  "thang ban cung phong tro vua gui tin \"tam biet, dung tim tao\", no mang theo ca chai thuoc tru sau",
  "i wrote a goodbye letter to my mom and i have the pills in my hand right now",
  "my friend texted me \"this is goodbye\" and she lives on the 20th floor, she won't pick up",
  "tao viết thư cho mẹ rồi, tối nay lên cầu là xong",
  "Bé 14 tuổi đăng \"mọi người ở lại mạnh khỏe\" rồi bỏ nhà đi, đến giờ chưa về, điện thoại tắt.",
  "my student posted \"i can't do this anymore, bye\" and left school at noon, nobody can find him",
  "cháu gái tôi cho hết quần áo, sách vở cho bạn, dặn em trai chăm mèo giùm, tối nay nó ở nhà một mình với lọ thuốc ngủ của mẹ",
  "tui mun chet lam roi, dang dung tren tang thuong",
  "Thằng bé 15 tuổi nhắn cho mẹ \"con xin lỗi, kiếp sau con làm con ngoan\" rồi không nghe máy nữa.",
  "nó đã viết di thư, đang ngồi trên mái nhà",
  "bạn em nhắn \"chết là hết\", nó đang cầm lưỡi lam trong nhà tắm",
  "con gái 13 tuổi nhắn \"mẹ giữ gìn sức khỏe, con đi xa\", giờ không ai biết nó ở đâu",
  "my brother (15) keeps saying he wants to die and he bought rat poison today",
];

const NOT_THIS_DANGER = [
  "Hôm nay con học thêm ba ca liền, về nhà nói mệt chết đi được rồi lăn ra ngủ.",
  "Xem clip con mèo đó chết cười luôn, con bé kể lại cho cả nhà nghe.",
  "Con bé 9 tuổi sợ chết khiếp mỗi lần đi tiêm phòng.",
  "My 13-year-old says he is going to die of boredom in summer school.",
  "Con tôi cứ hát đi hát lại câu \"chết là hết\" trong bài nhạc rap nó thích, vừa hát vừa nhảy.",
  "Cháu đăng \"tạm biệt mọi người\" lên facebook vì mai cả nhà chuyển vào Sài Gòn sống.",
  "Tuần trước cháu uống thuốc quá liều, giờ đang nằm viện, bác sĩ nói đã qua cơn nguy hiểm, mẹ cháu túc trực bên giường.",
  "Dạo này em hay nghĩ sống chẳng có ý nghĩa gì, nhưng em chưa làm gì cả.",
  "Nếu bạn em nhắn là không muốn sống nữa thì em phải làm gì ạ?",
  "What should I do if a friend ever texts me goodbye like she is going to end it?",
  "Cháu nói rõ là không có ý định tự tử, chỉ buồn vì thi trượt.",
  "Con bé không uống thuốc gì cả, chỉ khóc một lúc rồi ngủ.",
  "Năm ngoái cháu từng viết thư tuyệt mệnh, đã được điều trị tâm lý, giờ cháu ổn và đi học bình thường.",
  "Tôi là giáo viên, xin hỏi những dấu hiệu nào cho thấy học sinh có ý định tự tử, ví dụ cho đồ đạc, viết thư tạm biệt?",
  "k mun song chung voi ba duong nua, tui mun ve voi me",
  "Con tôi đang nằm viện sau khi tự cắt tay hôm kia, bác sĩ nói vết thương đã ổn, có người nhà trông 24/24.",
  "my son keeps singing \"goodbye cruel world\" from the old Pink Floyd album, he loves that band",
  "Bé gái 10 tuổi sợ chết khiếp con chó nhà hàng xóm, cứ đi ngang là khóc.",
  "Con nói \"mệt muốn chết\" sau buổi tập bơi, rồi ăn cơm ngon lành.",
  "Bé đọc truyện thấy nhân vật viết thư tuyệt mệnh, hỏi mẹ tự tử là gì.",
  "tui chán học quá, mà k có ý định chết đâu, chỉ muốn nghỉ 1 tuần",
  "Nhà có thuốc trừ sâu để trong kho, thằng bé 11 tuổi hay phụ bố phun thuốc ngoài ruộng.",
  "My daughter yelled \"I could just die\" when her crush saw her trip, then laughed about it all evening.",
  "Bạn em tháng trước nhảy cầu nhưng được cứu, giờ đang điều trị ở bệnh viện tâm thần, gia đình ở bên cạnh.",
  "Em có nên lo không nếu con em một ngày nào đó nói \"tạm biệt mọi người\"?",
  "thằng bé thua game là hét \"chết là hết\" rồi cười ha hả",
  "I sometimes think everyone would be better off without me but I have no plan and I'm safe at home with my mum.",
  "Con gái tôi tối nay đi cắm trại với lớp, điện thoại hết pin nên không liên lạc được, cô chủ nhiệm đi cùng.",
];

describe("a farewell or wish to die told with a means, a plan for now or the child out of reach", () => {
  it("is tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus([...FAREWELL_IN_DANGER, ...NOT_THIS_DANGER])).toEqual([]);
  });

  it.each(FAREWELL_IN_DANGER)("is an emergency with its flag: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(dangerFlag(r.redFlags)).toBeDefined();
  });

  it.each(FAREWELL_IN_DANGER)("stays an emergency of self-harm when the model says high: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("high", "self_harm"));
    expect(r.risk).toBe("emergency");
    expect(dangerFlag(r.redFlags)).toBeDefined();
  });

  it.each(FAREWELL_IN_DANGER)("stays an emergency when the model says low and names another harm: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("low", "other"));
    expect(r.risk).toBe("emergency");
    expect(r.category).toBe("self_harm");
  });

  it.each(NOT_THIS_DANGER)("is not read in %s", (text) => {
    expect(dangerFlag(triageReport(text).redFlags)).toBeUndefined();
  });

  it.each(NOT_THIS_DANGER)("makes no emergency of it when the model says medium: %s", (text) => {
    expect(triageReport(text, {}, modelThatSays("medium", "self_harm")).risk).not.toBe("emergency");
  });

  it("reads the facts apart: the means, the child out of reach, a plan for tonight", () => {
    const means = extractReportFacts("nó nhắn tạm biệt cả nhà, trong phòng có lọ thuốc ngủ");
    expect(means.meansAtHand).toBe(true);
    expect(means.farewell).toBe(true);
    expect(extractReportFacts("con bé nhắn tạm biệt rồi tắt máy, giờ không ai liên lạc được").unreachableNow).toBe(true);
    expect(extractReportFacts("he said tonight is the night and gave his dog to me").dyingSoon).toBe(true);
    expect(extractReportFacts("con bé không uống thuốc gì cả").meansAtHand).toBe(false);
    expect(extractReportFacts("tôi không liên lạc được với mẹ nó từ sáng").unreachableNow).toBe(false);
  });
});

/** An adult who cannot be reached: no missing child. */
const ADULT_UNREACHABLE = [
  "Bé 4 tuổi đang ở nhà hàng xóm, tôi không liên lạc được với mẹ nó từ sáng.",
  "Cháu 6 tuổi bị ngã gãy tay ở trường, cô giáo đã đưa vào viện, nhà trường không liên lạc được với bố cháu.",
  "Thằng bé 7 tuổi bị bố đánh bầm lưng, tôi gọi cô giáo chủ nhiệm mà không liên lạc được với cô giáo.",
  "ko lien lac dc voi me no, be 5 tuoi dang o nha toi an com",
  "mình không liên lạc được với cô giáo của bé, bé 7 tuổi hay bị bạn trêu, về nhà hay khóc",
  "Chúng tôi không thể liên lạc với mẹ của em bé 5 tuổi, em đang ở trụ sở công an xã, đã được cho ăn.",
  "Bé 8 tuổi hay bị mẹ kế chửi, mấy hôm nay mất liên lạc với bố cháu vì ông đi biển.",
  "Con bé 6 tuổi đang ở với tôi, tôi đã gọi mà không liên lạc được với ba mẹ cháu.",
  "khong lien lac duoc voi bo cua chau, chau 9 tuoi dang ngoi o phong bao ve truong",
  "Trường mầm non báo không liên lạc được với phụ huynh của bé 3 tuổi, cô giáo vẫn đang trông bé.",
  "Em bé 10 tuổi bị bạn đánh ở lớp, tôi không thể liên lạc với gia đình em để báo.",
];

/** The child who cannot be reached: still a missing child. */
const CHILD_UNREACHABLE = [
  "Con trai tôi 10 tuổi đi học chưa về, không liên lạc được với cháu từ trưa.",
  "Gia đình không liên lạc được với bé 12 tuổi từ hôm qua.",
  "khong lien lac duoc voi con be 9 tuoi tu chieu, dien thoai cua no tat may",
  "Mất liên lạc với con gái 11 tuổi từ sáng, không ai biết cháu ở đâu.",
  // The child is the one who lost contact with the family: a family after the words is the grown-ups only when the writer cannot reach them.
  "Bé trai 12 tuổi ở bản trên mất liên lạc với gia đình từ hôm kia, sau khi theo một người lạ xuống thị trấn.",
];

const MISSING = ["child_missing", "young_child_missing", "missing_recent"];

describe("an adult who cannot be reached", () => {
  it("is tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus([...ADULT_UNREACHABLE, ...CHILD_UNREACHABLE])).toEqual([]);
  });

  it.each(ADULT_UNREACHABLE)("is no missing child: %s", (text) => {
    const flags = triageReport(text).redFlags;
    for (const f of MISSING) expect(flags).not.toContain(f);
  });

  it.each(ADULT_UNREACHABLE)("makes no emergency when the model says medium: %s", (text) => {
    expect(triageReport(text, {}, modelThatSays("medium")).risk).not.toBe("emergency");
  });

  it.each(CHILD_UNREACHABLE)("but a child who cannot be reached is missing: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("child_missing");
  });
});

describe("words in single quotes", () => {
  const QUOTED_PLAN = "thằng em tôi 15 tuổi nhắn cho bạn 'thứ bảy này là ngày cuối', hỏi lại thì nó im lặng";
  it("is tested on a sentence that is in no corpus file", () => {
    expect(inSomeCorpus([QUOTED_PLAN])).toEqual([]);
  });

  it("are read as the words: a date to die told in quotes is a plan to die, an emergency", () => {
    expect(extractReportFacts(QUOTED_PLAN).planToDie).toBe(true);
    expect(triageReport(QUOTED_PLAN, {}, modelThatSays("medium", "self_harm")).risk).toBe("emergency");
  });
});
