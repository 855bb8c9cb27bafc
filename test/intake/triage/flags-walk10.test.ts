/**
 * Red flags and reasons come from what the text states of the child: who does it, when, now or
 * past, negated or not (DESIGN: never from a word alone). Found by the tenth walk: a faint told as
 * a past episode read as a life at risk now, a mother's night shift read as child labour, "not now"
 * read as now, a bath given by the mother read as sexual images, an engagement read as a punch, the
 * reporter's own fear, request or question read as the abuser's. Each class has the walker's
 * sentence, sentences written for this test, and one where the flag must still fire.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

const reasons = (text: string) => triageReport(text).reasons.join(" ");
const flags = (text: string) => triageReport(text).redFlags;

const PAST_EPISODE = [
  "Cô giáo đây, bé nhà đó hay bị bỏ đói, quần áo bẩn, có hôm bé ngất trong giờ thể dục.",
  "Thằng bé lớp 2 gầy lắm, có lần nó xỉu ở sân trường vì đói",
  "co hom con be bat tinh o lop vi doi, me no di lam suot",
  "She is always hungry, once she passed out in class",
];
const PAST_ILLNESS = [
  "à quên, tuần trước em còn bị sốt mà ông không đưa đi trạm y tế",
  "thang truoc be bi sot cao may ngay ma me khong cho di kham",
  "Last week he had a fever and his grandpa did not take him to the clinic",
];
const ADULT_WORKS = [
  "mẹ nó 27 tuổi đi làm ca ở khu công nghiệp tới khuya, ở nhà với bố nó",
  "bo no lam phu ho tu sang den toi, thang be 8 tuoi o nha voi ba",
  "Con bé 9 tuổi, mẹ nó bán vé số tới khuya, bố thì nhậu",
];
const NOT_NOW = [
  "Thằng bé 9 tuổi hay bị bố đánh bằng roi. Lúc này thì chắc chưa, thằng bé đang ở trường",
  "Con bé bị dượng đánh nhiều lần. Bây giờ thì không, nó đang ở nhà bà ngoại",
  "thang be bi bo danh bam tim. bay gio thi chua, no di hoc roi",
];
const BATH = [
  "Tối qua lúc tắm cho cháu tôi thấy vùng kín cháu bị đỏ",
  "Lúc tắm cho con bé tôi thấy đùi nó có vết bầm",
  "luc tam cho be 4 tuoi toi thay vung kin be bi sung do",
];
const RELATIVE_SECRECY = [
  "ông ấy cởi quần cháu ra sờ, còn dặn không được nói với ai",
  "Ông dượng sờ vào ngực con bé rồi dặn nó không được nói cho mẹ biết",
  "chu no so vao vung kin con be, dan khong duoc noi voi bo me",
];
const WITH_REPORTER = [
  "Ông hàng xóm sờ vùng kín cháu. Giờ cháu đang ở với tôi, tôi không cho cháu sang bên đó nữa",
  "Bé bị chú dượng sờ soạng, giờ bé đang ở với tui rồi, không về nhà đó nữa",
  "cau no so vao vung kin con be, gio con be dang o voi toi",
];
const ENGAGEMENT = ["nha no dang chuan bi dam hoi roi", "ba con dang chuan bi dam cuoi cho chi hai, con be 14 tuoi", "ca nha dang chuan bi dam hoi cho con be"];
const AND_ME = ["Và mình không phải con bé", "Và mình thì không biết phải làm gì nữa", "Và mình cũng là hàng xóm của nó"];
const REPORTER_FEAR = ["mình sợ nói ra sai thì mang tội", "tôi sợ báo nhầm thì mang tội với nhà người ta", "Cháu sợ kể ra lại mang tội"];
const REPORTER_REQUEST = [
  "please don't tell him it was me who reported",
  "đừng nói với ông ấy là tôi báo nhé",
  "Con bé 12 tuổi bị bố đánh. please don't tell her dad I was the one who called",
  "con be 12 tuoi bi bo danh, dung noi voi ba no la toi bao nha",
];
const PARENTS_AWAY = [
  "bố mẹ nó khóa cửa đi đâu từ sáng sớm tới giờ chưa về, nó khóc suốt",
  "mẹ nó đi đâu từ hôm qua tới giờ chưa về, thằng bé 6 tuổi khóc suốt",
  "bo no di nhau tu trua toi gio chua ve, con be o nha",
];
const REPORTER_BREAKS_IN = ["tôi có nên phá cửa vào bế nó ra không?", "tôi định phá cửa vào xem bé thế nào", "toi co nen dap cua vao khong?"];
const PHONE_OFF = ["rồi tắt máy, em nhắn không trả lời", "nó nhắn tin một lúc rồi tắt máy đi ngủ", "ban em nhan xong roi tat may"];

describe("tenth walk: flags and reasons from what is said of the child", () => {
  it("are tested on sentences that are in no corpus file", () => {
    const own = [...PAST_EPISODE, ...PAST_ILLNESS, ...ADULT_WORKS, ...NOT_NOW, ...BATH, ...RELATIVE_SECRECY, ...WITH_REPORTER, ...ENGAGEMENT, ...AND_ME, ...REPORTER_FEAR, ...REPORTER_REQUEST, ...PARENTS_AWAY, ...REPORTER_BREAKS_IN, ...PHONE_OFF];
    expect(inSomeCorpus(own)).toEqual([]);
  });

  it.each(PAST_EPISODE)("a faint told as a past episode is not a life at risk now: %s", (text) => {
    expect(flags(text)).not.toContain("life_at_risk");
    expect(reasons(text)).not.toMatch(/tính mạng trẻ đang bị đe dọa/);
  });
  it.each(["Thằng bé đang ngất trong nhà, gọi mãi không tỉnh", "be vua ngat xiu sau khi bi bo danh", "once he gets home he beats her unconscious"])("a faint now still is: %s", (text) => {
    expect(flags(text)).toContain("life_at_risk");
  });

  it.each(PAST_ILLNESS)("an illness last week is not a child ill now: %s", (text) => {
    expect(flags(text)).not.toContain("child_ill");
    expect(reasons(text)).not.toMatch(/trẻ đang ốm/);
  });
  it("a child ill now still is", () => {
    expect(flags("Bé 2 tuổi đang sốt cao mà mẹ để ở nhà một mình")).toContain("child_ill");
  });

  it.each(ADULT_WORKS)("an adult's work is not child labour: %s", (text) => {
    expect(flags(text)).not.toContain("illegal_child_labour");
    expect(flags(text)).not.toContain("coerced_labour");
    expect(reasons(text)).not.toMatch(/lao động trẻ em|Trẻ dưới 13 tuổi lao động/);
  });
  it.each(["Bố nó bắt nó đi phụ hồ từ sáng đến tối, thằng bé mới 11 tuổi", "chu xuong bat thang be 11 tuoi lam toi khuya"])("a child made to work still is: %s", (text) => {
    expect(reasons(text)).toMatch(/lao động trẻ em/);
    expect(flags(text)).toContain("illegal_child_labour");
  });

  it.each(NOT_NOW)("'not now' is not harm happening now: %s", (text) => {
    expect(flags(text)).not.toContain("violence_in_progress");
    expect(reasons(text)).not.toMatch(/đang diễn ra ngay lúc này/);
  });
  it("harm happening right now still is", () => {
    expect(flags("Ngay lúc này bố nó đang đánh thằng bé 9 tuổi")).toContain("violence_in_progress");
  });

  it.each(BATH)("a bath the reporter gives is not sexual images: %s", (text) => {
    expect(flags(text)).not.toContain("sexual_images");
    expect(flags(text)).not.toContain("online_sexual_abuse_now");
    expect(reasons(text)).not.toMatch(/ảnh, video nhạy cảm|chụp ảnh nhạy cảm/);
  });
  it("filming a child at bath time still is", () => {
    expect(flags("Hắn lén quay video lúc tắm của con bé 12 tuổi")).toContain("sexual_images");
  });

  it.each(RELATIVE_SECRECY)("secrecy an abuser demands is secrecy, not a stranger befriending: %s", (text) => {
    expect(reasons(text)).not.toMatch(/người lạ làm quen/);
    expect(flags(text)).toContain("secrecy");
  });
  it("a stranger befriending a child online still is", () => {
    expect(reasons("Có người lạ trên Facebook làm quen, rủ con bé 12 tuổi đi chơi")).toMatch(/người lạ làm quen/);
  });

  it.each(WITH_REPORTER)("a child with the reporter is not with the person who harms: %s", (text) => {
    expect(flags(text)).not.toContain("with_abuser_now");
    expect(reasons(text)).not.toMatch(/ở cùng người gây hại/);
  });
  it("a child with the reporter now is not 'with the sexual abuser tonight'", () => {
    expect(triageRules("Bé bị chú dượng sờ soạng, giờ bé đang ở với tui rồi, không về nhà đó nữa").redFlags).not.toContain("caregiver_sexual_abuse");
    expect(triageRules("Bé bị chú dượng sờ soạng, bé vẫn ở chung nhà với ổng").redFlags).toContain("caregiver_sexual_abuse");
  });
  it("a child still with the abuser is", () => {
    expect(reasons("Ông dượng sờ vùng kín con bé, con bé vẫn đang ở với ông dượng")).toMatch(/ở cùng người gây hại/);
  });

  it.each(ENGAGEMENT)("an engagement or a wedding is not a punch: %s", (text) => {
    expect(flags(text)).not.toContain("violence_in_progress");
    expect(reasons(text)).not.toMatch(/"bi dam": bạo lực thể chất|Bạo lực hoặc xâm hại đang diễn ra/);
  });
  it("a punch still is", () => {
    expect(reasons("thang be dang bi dam vao mat")).toMatch(/bạo lực thể chất/);
  });

  it.each(AND_ME)("'và mình' (and I) is not a slap: %s", (text) => {
    expect(reasons(text)).not.toMatch(/bạo lực thể chất/);
  });
  it.each(REPORTER_FEAR)("the reporter's fear of blame is not emotional abuse: %s", (text) => {
    expect(reasons(text)).not.toMatch(/bạo lực tinh thần/);
  });
  it("a slap and a scolding still are", () => {
    expect(reasons("bố vả mình mấy cái")).toMatch(/bạo lực thể chất/);
    expect(reasons("mẹ mắng tôi là đồ vô dụng suốt")).toMatch(/bạo lực tinh thần/);
  });

  it.each(REPORTER_REQUEST)("the reporter's own request not to be named is not an abuser's secrecy: %s", (text) => {
    expect(flags(text)).not.toContain("secrecy");
    expect(flags(text)).not.toContain("underage_relationship");
    expect(reasons(text)).not.toMatch(/giữ bí mật/);
  });
  it("a child told to keep a secret still is", () => {
    expect(flags("Con bé 12 tuổi kể ông ta sờ nó rồi bảo don't tell anyone, it's our secret")).toContain("secrecy");
  });

  it.each(PARENTS_AWAY)("parents away are not a missing child: %s", (text) => {
    expect(flags(text)).not.toContain("child_missing");
    expect(reasons(text)).not.toMatch(/mất tích/);
  });
  it.each(["bố mẹ nó khóa cửa đi đâu từ sáng sớm tới giờ chưa về, nó khóc suốt", "Thằng bé 4 tuổi, bố mẹ khóa cửa đi làm từ sáng tới tối"])("a child locked in by parents who went away is a child alone: %s", (text) => {
    expect(flags(text)).toContain("child_alone");
  });
  it.each(["thằng bé 8 tuổi đi đâu từ sáng tới giờ chưa về", "con be di dau tu trua toi gio chua ve, goi thi tat may"])("a child gone since morning still is missing: %s", (text) => {
    expect(flags(text)).toContain("child_missing");
  });

  it.each(REPORTER_BREAKS_IN)("the reporter breaking in to help is not an intruder: %s", (text) => {
    expect(flags(text)).not.toContain("intruder");
    expect(reasons(text)).not.toMatch(/người lạ tìm cách vào/);
  });
  it("a stranger breaking in still is", () => {
    expect(flags("Có người lạ đang phá cửa nhà, bé 7 tuổi ở nhà một mình")).toContain("intruder");
  });

  it.each(PHONE_OFF)("a phone switched off alone is not a missing child: %s", (text) => {
    expect(flags(text)).not.toContain("child_missing");
    expect(reasons(text)).not.toMatch(/mất tích/);
  });
});

describe("tenth walk: a suspicion the rules missed, and labour of a 15-year-old", () => {
  const SUSPICION = [
    "Con bé nhà trọ kế bên khoảng 12 tuổi, người yêu của mẹ nó hay vào phòng lúc mẹ nó đi ca đêm, có lần tôi nghe con bé khóc, nói 'chú đừng mà'. Tôi không chắc nhưng thấy nghi lắm.",
    "Thằng cha dượng hay vào buồng con bé lúc mẹ nó vắng nhà, tôi nghe con bé kêu chú đừng mà",
    "ban trai cua me no hay vao phong khi me no di lam dem, con be 11 tuoi khoc",
  ];
  it("are tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus(SUSPICION)).toEqual([]);
  });
  it.each(SUSPICION)("is a suspicion of sexual abuse, at least high: %s", (text) => {
    const t = triageReport(text);
    expect(t.category).toBe("sexual_abuse");
    expect(["high", "emergency"]).toContain(t.risk);
    expect(t.reasons.join(" ")).toMatch(/dấu hiệu xâm hại/);
    expect(t.redFlags).toContain("sexual_abuse_suspected");
  });
  it("the mother's boyfriend is not read as the mother (no 'lives with the abuser' emergency from the word 'mẹ')", () => {
    expect(reasons(SUSPICION[0]!)).not.toMatch(/Trẻ sống cùng người xâm hại tình dục/);
  });

  const OLDER_WORKER = [
    "Em 15 tuổi, con trai. Từ tết tới giờ bố mẹ bắt em nghỉ học đi làm lò gạch, bưng gạch nóng bị phỏng tay",
    "Con 14 tuổi bị bố bắt nghỉ học đi phụ hồ, bị bỏng chân vì vôi",
    "em 16 tuoi, bo me bat nghi hoc di lam xuong go, bi phong tay",
  ];
  it.each(OLDER_WORKER)("a 14-16-year-old kept from school to work is not 'under 13', and the burn is an injury: %s", (text) => {
    const t = triageReport(text);
    expect(t.reasons.join(" ")).not.toMatch(/dưới 13 tuổi/);
    expect(t.redFlags).toContain("injury");
    expect(t.reasons.join(" ")).not.toMatch(/đánh đập/);
    expect(["high", "emergency"]).toContain(t.risk);
  });
  it("a child under 13 at work still is", () => {
    expect(reasons("Thằng bé 10 tuổi phải đi bán vé số cả ngày")).toMatch(/Trẻ dưới 13 tuổi lao động/);
  });
  it("an interview is not a burn", () => {
    expect(flags("Con bé 15 tuổi bị phỏng vấn xin việc ở quán karaoke")).not.toContain("injury");
  });
});
