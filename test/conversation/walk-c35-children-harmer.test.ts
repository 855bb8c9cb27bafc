/**
 * Walk 52 (issue 13), task C35: which children and who harms. The summary says the children the story says were harmed (not a
 * brother or sister said to be fine), the child's age and the one who harms as told; a correction that says "only X" or "leave Y
 * out" leaves exactly X. Through the real web chat HTTP API with an in-memory case intake. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/conversation/conversation-types.ts";
import { all } from "./real-core-harness.ts";
import { webChatWalk, type WalkReporter } from "./web-chat-walk-harness.ts";

const { reporter, draftOf, storedOf, toSummary } = webChatWalk("c35");

/** The "Mình hiểu: ..." / "I understand: ..." line of the last summary shown. */
const understood = (rs: Reply[]) => all(rs).split("\n").filter((l) => /^(?:Mình hiểu|I understood|I understand|Em hiểu|Here is what)/u.test(l)).at(-1) ?? all(rs);

async function summaryOf(story: string): Promise<{ r: WalkReporter; replies: Reply[] }> {
  const r = reporter();
  const replies = await toSummary(r, await r.send(story));
  return { r, replies };
}

async function corrected(story: string, fix: string): Promise<{ r: WalkReporter; replies: Reply[] }> {
  const { r } = await summaryOf(story);
  await r.send({ choice: "edit" });
  const replies = await toSummary(r, await r.send(fix));
  return { r, replies };
}

describe("(1) a child said to be fine is no child of the report", () => {
  it.each([
    ["Tôi là dì của hai đứa nhỏ ở xã Ea Tiêu, Đắk Lắk. Thằng anh 12 tuổi thì không sao, còn con em gái 5 tuổi thì bị mẹ kế đánh bằng roi mây, tuần trước tôi thấy lưng nó đầy vết lằn.", 5, 12, "female"],
    ["Toi la hang xom, nha ben co 2 dua nho o phuong Tan Loi, Dak Lak. Dua lon 11 tuoi thi khong bi gi, con dua nho la be gai 6 tuoi thi bi ong bo duong nhot trong kho, bo doi ca ngay hom qua.", 6, 11, "female"],
    ["I live next door to two kids in Tan Loi ward, Dak Lak. The older boy is 11 and he is fine, but the little girl is 6 and her stepfather locks her in the shed without food, it happened again yesterday.", 6, 11, "female"],
  ])("«%s» is one child, of %i", async (story, age, otherAge, sex) => {
    const { r, replies } = await summaryOf(story);
    const line = understood(replies);
    expect(line).not.toMatch(/\b2 (?:bé|trẻ|girls|children|boys)|\b2 trẻ/u);
    expect(line).not.toMatch(new RegExp(`\\b${otherAge}\\b`));
    expect(line).toMatch(new RegExp(`\\b${age}\\b`));
    const d = draftOf(r.sessionId)!;
    expect(d.children ?? 1).toBe(1);
    expect(d.childSex).toBe(sex);
    expect(d.childAgeText ?? "").not.toMatch(new RegExp(`\\b${otherAge}\\b`));
  });
});

describe("(1) once one child is left, leaving the other out again changes nothing of them", () => {
  it.each([
    "bỏ thằng anh ra, nó không bị gì, chỉ báo cho bé 5 tuổi",
    "bo thang anh ra, no khong bi gi, chi bao cho be 5 tuoi",
    "leave the older boy out, he is fine, only the 5-year-old",
  ])("«%s» keeps the girl of 5 a girl", async (fix) => {
    const story = "Tôi là dì của hai đứa nhỏ ở xã Ea Tiêu, Đắk Lắk. Thằng anh 12 tuổi thì không sao, còn con em gái 5 tuổi thì bị mẹ kế đánh bằng roi mây, tuần trước tôi thấy lưng nó đầy vết lằn.";
    const { r, replies } = await corrected(story, fix);
    expect(understood(replies)).toMatch(/bé gái 5 tuổi/u);
    const d = draftOf(r.sessionId)!;
    expect(d.childSex).toBe("female");
    expect(d.children ?? 1).toBe(1);
  });
});

const TWO_GIRLS = "Hai bé gái nhà bên, 9 tuổi và 4 tuổi, bị bố dượng bỏ đói và nhốt ngoài sân, tối qua tôi còn nghe tiếng khóc. Tôi ở xã Hòa Thắng, Đắk Lắk.";
const GIRL_AND_BOY = "Nha ben co mot be trai 10 tuoi va mot be gai 4 tuoi, ong bo duong hay bo doi va nhot tui no ngoai hien, toi qua toi nghe tieng khoc. Toi o xa Hoa Thang, Dak Lak.";
const TWO_GIRLS_EN = "Two girls next door, aged 9 and 4, are starved and locked outside by their stepfather; I heard them crying last night. I live in Hoa Thang commune, Dak Lak.";

describe("(1) a correction that says only one child, or to leave one out, leaves exactly that child", () => {
  it.each([
    [TWO_GIRLS, "Chỉ có bé 4 tuổi bị thôi, đứa 9 tuổi không sao cả", 4, 9, "female"],
    [TWO_GIRLS, "bỏ đứa lớn ra, nó không bị gì, chỉ báo cho bé 4 tuổi", 4, 9, "female"],
    [GIRL_AND_BOY, "bo thang lon ra, no khong bi gi, chi bao cho be 4 tuoi", 4, 10, "female"],
    [GIRL_AND_BOY, "Chi co be gai 4 tuoi bi thoi, thang lon 10 tuoi khong sao ca", 4, 10, "female"],
    [TWO_GIRLS_EN, "only the 4-year-old, leave the older one out, she is fine", 4, 9, "female"],
  ])("story «%s», correction «%s»", async (story, fix, age, otherAge, sex) => {
    const { r, replies } = await corrected(story, fix);
    const line = understood(replies);
    expect(line).not.toMatch(/\b2 (?:bé|trẻ|girls|children|boys)|\b2 trẻ/u);
    expect(line).not.toMatch(new RegExp(`\\b${otherAge}\\b`));
    expect(line).toMatch(new RegExp(`\\b${age}\\b`));
    expect(line).toMatch(sex === "female" ? /bé gái|a girl|\bgirl\b/u : /bé trai|a boy|\bboy\b/u);
    const d = draftOf(r.sessionId)!;
    expect(d.children ?? 1).toBe(1);
    expect(d.childSex).toBe(sex);
    await r.send({ choice: "submit" });
    const stored = storedOf(r.sessionId)!;
    expect(stored.draft.children ?? 1).toBe(1);
    expect(stored.draft.childSex).toBe(sex);
  });
});

describe("(2) the husband of the child's mother is the father; 'mẹ lẫn con' is one child", () => {
  it.each([
    ["Em gái tôi vừa nhắn, khóc, nói chồng nó đang say ở nhà bạn và dọa tối nay về sẽ đánh cả mẹ lẫn con. Thằng bé nhà nó mới 7 tuổi, hai mẹ con đang ở phường An Cựu, Huế. Tôi là anh trai của nó.", 7],
    ["Chi toi vua goi, noi chong chi ay dang say o quan, nhan la toi nay ve se xu ca me lan con. Thang be nha chi moi 5 tuoi, hai me con dang o nha tai phuong Thuan Hoa, Hue. Toi la em trai chi ay.", 5],
    ["Chị tôi vừa gọi, khóc, nói chồng chị ấy đang say ở quán, nhắn tối nay về sẽ xử cả mẹ lẫn con. Thằng bé nhà chị mới 5 tuổi, hai mẹ con đang ở nhà tại phường Thuận Hóa, Huế. Tôi là em trai của chị ấy.", 5],
  ])("«%s»: one boy of %i, harmed by his father", async (story, age) => {
    const { r, replies } = await summaryOf(story);
    const line = understood(replies);
    expect(line).not.toMatch(/người yêu|partner|boyfriend/u);
    expect(line).not.toMatch(/\b2 trẻ|bé gái/u);
    expect(line).toMatch(new RegExp(`bé trai ${age} tuổi`));
    const d = draftOf(r.sessionId)!;
    expect(d.harmer).toMatch(/^(?:father|stepfather)$/);
    expect(d.children ?? 1).toBe(1);
    expect(d.childSex).toBe("male");
  });

  it.each([
    "chỉ có 1 bé trai 5 tuổi thôi, chị tôi là mẹ nó, người dọa là bố nó",
    "chi co mot be trai 5 tuoi thoi, chi toi la me no, nguoi doa la bo no",
    "chỉ 1 đứa thôi, con trai 5 tuổi, người dọa là bố nó",
  ])("the correction «%s» sets one boy of 5 and the father", async (fix) => {
    // A story read as two children (a boy and a girl), to be set right.
    const story = "Chị tôi vừa gọi, bảo chồng chị đang say, dọa về đánh hai đứa nhỏ, thằng cu với con bé. Nhà ở phường Thuận Hóa, Huế.";
    const { r, replies } = await corrected(story, fix);
    const line = understood(replies);
    expect(line).toMatch(/bé trai 5 tuổi/u);
    expect(line).not.toMatch(/\b2 |bé gái/u);
    const d = draftOf(r.sessionId)!;
    expect(d.children ?? 1).toBe(1);
    expect(d.childSex).toBe("male");
    expect(d.harmer).toBe("father");
  });
});

describe("(3) a child calling for their mother does not make the mother the one who harms", () => {
  it.each([
    "Bé gái khoảng 3 tuổi nhà bên bị khóa trong nhà từ sáng, cứ khóc gọi mẹ mãi, giờ đã chiều mà chưa ai về. Tôi ở xã Buôn Đôn, Đắk Lắk.",
    "Be trai 2 tuoi nha ben bi nhot mot minh tu sang, cu keu me oi me oi, gio da 3 gio chieu chua ai ve. Toi o xa Buon Don, Dak Lak.",
    "A little girl of about 3 next door has been locked in alone since morning, she keeps crying for her mum and nobody has come back. I'm in Buon Don commune, Dak Lak.",
  ])("«%s»: no mother as the harmer", async (story) => {
    const { r, replies } = await summaryOf(story);
    expect(understood(replies)).not.toMatch(/người gây hại: mẹ|harm(?:ing|s)?[^;]*: (?:the |her )?mother/u);
    expect(draftOf(r.sessionId)!.harmer).not.toBe("mother");
  });

  it("a mother who does the harm is still read", async () => {
    const { r } = await summaryOf("Bé trai 4 tuổi nhà bên bị mẹ nó nhốt trong nhà từ sáng, cứ khóc mãi. Tôi ở xã Buôn Đôn, Đắk Lắk.");
    expect(draftOf(r.sessionId)!.harmer).toBe("mother");
  });
});

describe("(4) a man who pays to marry a child, and her parents who took the money", () => {
  it.each([
    "Gã đó vừa đi nhưng bảo chiều nay quay lại đón con bé. Con bé mới 14 tuổi, gã trả tiền cho nhà nó để lấy nó làm vợ, bố mẹ nó đã cầm tiền rồi. Nó đang trốn ở nhà tôi, xã Ia Pa, Gia Lai. Tôi là cô giáo của nó.",
    "Ga do vua di nhung bao chieu nay quay lai don con be. Con be moi 14 tuoi, ga tra tien cho nha no de lay no lam vo, bo me no da cam tien roi. No dang tron o nha toi, xa Ia Pa, Gia Lai. Toi la co giao cua no.",
  ])("«%s»: the one who harms is not a garbled span", async (story) => {
    const { r, replies } = await summaryOf(story);
    expect(understood(replies)).not.toMatch(/«[^»]*vợ bố mẹ|«[^»]*vo bo me/u);
    const d = draftOf(r.sessionId)!;
    expect(d.harmerText ?? "").not.toMatch(/vợ bố|vo bo/u);
  });

  it.each([
    "người gây hại là gã đàn ông trả tiền để cưới nó, với cả bố mẹ nó",
    "nguoi gay hai la ga dan ong tra tien de cuoi no, voi ca bo me no",
  ])("the correction «%s» keeps the parents beside the man", async (fix) => {
    const story = "Gã đó vừa đi nhưng bảo chiều nay quay lại đón con bé. Con bé mới 14 tuổi, gã trả tiền cho nhà nó để lấy nó làm vợ, bố mẹ nó đã cầm tiền rồi. Nó đang trốn ở nhà tôi, xã Ia Pa, Gia Lai. Tôi là cô giáo của nó.";
    const { r, replies } = await corrected(story, fix);
    const line = understood(replies);
    expect(line).toMatch(/bố mẹ|bo me/u);
    expect(line).toMatch(/gã|ga dan ong/u);
    const d = draftOf(r.sessionId)!;
    expect(d.harmerText ?? "").toMatch(/bố mẹ|bo me/u);
    expect(d.harmer).toBe("parents");
  });

});
