/**
 * C26: readings that mislead officers. A folded "dam" is read by its neighbours (a wedding is no punch); bleeding or screaming
 * after an accident, or from a wound of last week, is no violence happening now; blows within one night are one episode; a child
 * shut out of home is not "locked in"; parents who argue with each other are no carer who harms the child. Sentences written for
 * these tests (with and without diacritics), in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { triageReport as triage } from "../../../src/intake/triage/triage-model.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

/** The rules' reasons name physical violence read from the words ("bạo lực thể chất", "physical violence"). */
const saysPhysicalViolence = (text: string) => triageRules(text).reasonsEn.some((r) => /: physical violence\.$/.test(r));

describe("'dam' typed without marks is read by its neighbours", () => {
  it.each([
    "Nha toi co dam cuoi vao dau thang sau nen bo me ban lam, con be 4 tuoi hay bi bo doi",
    "dam gio ong noi vao dau tuan toi, ca nha ve que, chau 10 tuoi o lai mot minh 3 ngay",
    "Em gai toi 15 tuoi, nha trai muon to chuc dam hoi vao dau nam sau",
    "be bi lac giua dam dong nguoi o le hoi, mat do ca mat",
    "hom qua nha ben co dam tang, may dua nho chay vao nguoi lon bi nga",
  ])("a wedding, a feast, a funeral or a crowd is no blow: %s", (text) => {
    expect(saysPhysicalViolence(text)).toBe(false);
  });

  it("an engagement at the start of next year stays a child marriage, not a beating", () => {
    const t = triage("Em gai toi 15 tuoi, nha trai muon to chuc dam hoi vao dau nam sau");
    expect(t.category).toBe("child_marriage");
    expect(t.risk).not.toBe("emergency");
  });

  it.each([
    "ba duong no dam vao mat thang be chay mau mui, toi nghe tieng khoc",
    "thang nho bi ong chu quan dam vo bung, gio dau khong an duoc",
    "thang ban cung lop dam vao dau con toi, chau bi choang",
    "Bố dượng đấm vào mặt thằng bé tối qua, mắt nó sưng húp",
  ])("a punch is still a punch: %s", (text) => {
    expect(saysPhysicalViolence(text)).toBe(true);
  });

  it("a stab with a knife is still a weapon", () => {
    expect(triage("bo no cam dao dam chau vao tay, chau phai khau 5 mui").redFlags).toContain("weapon");
  });
});

describe("violence in progress needs an act of harm told now", () => {
  it.each([
    "Thằng bé 5 tuổi nghịch làm vỡ ly, mảnh ly cứa vào tay, tay nó đang chảy máu, tôi đang băng cho nó",
    "be nha toi 4 tuoi te vao cua kinh, kinh vo cua chan, chan be dang chay mau, ca nha dang dua be di vien",
    "Con bé 8 tuổi bị mảnh chai cứa vào chân lúc đi biển, nó khóc thét lên",
    "Tuần trước ba nó ném cái ly vào nó, mảnh ly cứa vào tay, hôm nay vết thương vẫn đang chảy máu",
    "tuan truoc me no nem coc vao dau con be, vet thuong dang chay mau lai, chua ai dua di kham",
  ])("an accident, or a wound from an earlier day: %s", (text) => {
    expect(triage(text).redFlags).not.toContain("violence_in_progress");
  });

  it("the injury is still read", () => {
    expect(triage("Thằng bé 5 tuổi nghịch làm vỡ ly, mảnh ly cứa vào tay, tay nó đang chảy máu, tôi đang băng cho nó").redFlags).toContain("injury");
  });

  it.each([
    "Ông bố đang đánh thằng bé bằng gậy, nó đang chảy máu và kêu cứu",
    "Mẹ kế nó đang cầm roi quất nó ngoài sân, tôi nghe nó khóc thét",
    "ong ta dang dap con be, con be dang chay mau mom",
  ])("a beating going on now keeps it: %s", (text) => {
    const t = triage(text);
    expect(t.redFlags).toContain("violence_in_progress");
    expect(t.risk).toBe("emergency");
  });
});

describe("several blows in one night are one episode", () => {
  it.each([
    "dem qua bo no danh no nhieu lan, sang nay mat no van sung",
    "Tối qua chú nó say rượu tát nó nhiều lần, sáng nay má nó còn đỏ",
  ])("%s", (text) => {
    expect(triage(text).redFlags).not.toContain("repeated");
  });

  it.each([
    "Đêm nào bố nó cũng đánh nó, đêm qua đánh nhiều lần",
    "Con bé bị dượng sờ soạng nhiều lần từ năm ngoái, tối nay mẹ nó đi làm ca đêm",
  ])("a habit, or many times over months, stays repeated: %s", (text) => {
    expect(triage(text).redFlags).toContain("repeated");
  });
});

describe("a child shut out of home is not locked in", () => {
  it.each([
    "Thằng bé 7 tuổi nhà bên bị mẹ khóa cửa nhốt ở ngoài từ chiều tới giờ, nó ngồi khóc trước cổng",
    "con be 6 tuoi bi bo khoa cua khong cho vao nha, dang dung ngoai hien troi mua",
    "Their 8-year-old was locked out of the house all evening in the cold",
  ])("%s", (text) => {
    const t = triage(text);
    expect(t.redFlags).not.toContain("confinement");
    expect(t.redFlags).not.toContain("young_child_locked_in_alone");
    expect(t.redFlags).toContain("shut_out");
  });

  it("shut out in the rain at night is still exposure", () => {
    expect(triage("Con bé 6 tuổi bị bố nhốt ngoài hiên giữa đêm, trời mưa to, nó run cầm cập").redFlags).toContain("exposure");
  });

  it.each([
    "Mẹ kế nhốt con bé 5 tuổi trong nhà kho cả ngày, không cho ra ngoài",
    "bé bị trói tay vào cột ngoài sân từ sáng",
  ])("locked in, or tied up outside, stays confinement: %s", (text) => {
    expect(triage(text).redFlags).toContain("confinement");
  });
});

describe("parents who argue with each other are no carer who harms the child", () => {
  it.each([
    "Bố mẹ cháu hay cãi nhau to tiếng, cháu 9 tuổi sợ lắm, hay trốn trong phòng",
    "bo me em cai nhau suot ngay, em hoc khong vao",
    "Ba má tụi nhỏ chửi nhau cả tối, hai đứa nhỏ ngồi khóc",
  ])("%s", (text) => {
    expect(triage(text).redFlags).not.toContain("caregiver_is_abuser");
  });

  it("a parent who argues and hits the child still is", () => {
    expect(triage("Bố mẹ em cãi nhau rồi bố đánh em bằng dây nịt").redFlags).toContain("caregiver_is_abuser");
  });
});
