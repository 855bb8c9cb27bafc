/**
 * T3 (issue 12): the high floor reads "not" as the phrase matcher does, quotes only words that were not denied, and does not
 * raise a matter told as over and safe (with or without diacritics, in English, in other words) nor a question of the law.
 * The model is replaced by one that says "medium" (or "low") to everything, so each test shows what the floor alone does.
 * The sentences were written for this test and are in no corpus file (checked below).
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

/** [what the report states, the report]: a fact of the high band, told now (a step taken, or a question, does not end it). */
const RAISED: Array<[string, string]> = [
  ["beaten weekly with bruises, the commune knows but did nothing", "Thằng bé 8 tuổi nhà bên tuần nào cũng bị bố đánh, chân tay bầm tím, xã đã biết nhưng chưa làm gì."],
  ["same, no diacritics", "thang be 8 tuoi nha ben tuan nao cung bi bo danh, chan tay bam tim, xa biet roi ma chua lam gi"],
  ["touched yesterday, police took a statement, the man still next door", "Con bé 9 tuổi bị ông hàng xóm sờ mó hôm qua, công an đã đến ghi lời khai nhưng ông ấy vẫn ở cạnh nhà."],
  ["beaten nightly, English, police came once", "My 8-year-old neighbour is beaten by his stepdad almost every night, he has bruises on his back; the police came once last year but nothing changed."],
  ["warned last year, still beaten, no diacritics", "be 7 tuoi bi bo danh bam tim suot, nam ngoai xa co xuong nhac nho nhung gio van danh"],
  ["bride price taken, the commune could not step in", "Nhà bên đã nhận sính lễ, hai tuần nữa gả con bé 14 tuổi, tôi báo xã thì họ bảo chưa can thiệp được."],
  ["'không chỉ' is no denial", "Ông ấy không chỉ đánh mà còn sờ mó con bé 10 tuổi mỗi khi mẹ nó vắng nhà."],
  ["'isn't safe' is no denial, English", "She isn't safe: her uncle touches her every time he visits, she is 8."],
  ["kept from school though the commune warned", "Con bé 13 tuổi bị bắt nghỉ học đi làm ở xưởng may từ tháng trước, xã đã đến nhắc nhưng bố mẹ vẫn không cho đi học."],
  ["reported last year, nothing done, no diacritics", "con be 12 tuoi bi chu so soang nhieu lan, nam ngoai da bao cong an nhung chua xu ly gi, chu van o chung nha"],
  ["a real child, then a question of the law", "Bố dượng đánh con bé 9 tuổi nhà tôi bầm tím mấy hôm nay, như vậy có bị phạt không?"],
  ["a real child, then 'nếu' in a question of the law, no diacritics", "thang be 10 tuoi nha ben bi bo danh bam tim moi toi, toi hoi neu bao cong an thi ong ay bi phat the nao?"],
];

/** [what the report states, the report]: over and safe, a question of the law, or a fact denied. */
const NOT_RAISED: Array<[string, string]> = [
  ["the commune stepped in, the child is settled now", "Thằng bé 8 tuổi nhà bên từng bị bố đánh bầm tím nhiều lần, xã đã can thiệp, hiện tại cháu đã ổn định."],
  ["same, no diacritics, 'ổn định rồi'", "thang be 8 tuoi nha ben tung bi bo danh bam tim nhieu lan, xa da can thiep, chau gio on dinh roi"],
  ["settled with the grandmother, the stepfather jailed, no diacritics", "be trai 9 tuoi truoc day bi duong danh bam tim hoai, nam ngoai duong di tu roi, gio be song voi ba ngoai, on dinh lam"],
  ["handled last year, no diacritics", "con be 9 tuoi tung bi ong hang xom so mo, chuyen do da xu ly xong tu nam ngoai, gia dinh da chuyen di noi khac"],
  ["the uncle jailed, the child at peace", "Cháu 10 tuổi từng bị chú ruột sàm sỡ, chú đã bị bắt và đi tù hai năm nay, cháu sống yên ổn với bố mẹ."],
  ["a wedding put off after the commune came", "Nhà bên đã nhận sính lễ cho con bé 15 tuổi, nhưng cán bộ xã xuống vận động nên đã hoãn cưới rồi, cháu vẫn đi học."],
  ["same, no diacritics, 'hoãn cưới rồi'", "con be 14 tuoi nha ben da nhan sinh le, thang sau cuoi, nhung xa vao cuoc nen hoan cuoi roi"],
  ["a marriage stopped, no diacritics", "vu con be 15 tuoi nha ben bi ep lay chong thang sau da bi xa ngan lai tu hoi thang truoc, gio be van di hoc binh thuong"],
  ["the police took him away, English", "My 9-year-old niece was beaten by her stepfather again and again and had bruises all over; the police took him away last year and she lives with her aunt now."],
  ["the father removed from the home, English", "The boy next door, 10, used to have welts from his father's belt every week, but the father was removed from the home two years ago and the boy is doing fine with his mum."],
  ["a wedding cancelled, English", "My 15-year-old cousin was going to be married next month, but the wedding was cancelled after the commune visited and she is back at school."],
  ["the man gone abroad, English", "Her uncle touched my 8-year-old last summer; he moved abroad since and has no contact with her, she is doing well in therapy."],
  ["a question of the law with 'nếu', no diacritics", "neu be 9 tuoi bi danh nhieu lan, bam tim thi nguoi danh bi phat the nao?"],
  ["a question of the law with 'nếu'", "Cho hỏi nếu bố đánh con 8 tuổi nhiều lần để lại vết bầm thì bị xử lý thế nào theo luật?"],
  ["a question of the law, English", "If a parent beats a 7-year-old repeatedly and leaves bruises, what is the penalty under the law?"],
  ["a question of the law about children in general", "Người sờ mó trẻ em 10 tuổi thì bị phạt tù bao nhiêu năm?"],
  ["same, no diacritics, chat", "nguoi sam so tre em duoi 10 tuoi thi bi tu bao nhieu nam vay ad"],
  ["a touch denied, chat", "con be 8 tuoi ko bi ai so mo gi ca, chi la hay so nguoi la"],
  ["a touch denied ('không hề')", "Thầy không hề sờ vào người con bé 9 tuổi, chỉ quát to."],
  ["a beating denied, a bruise from a fall", "Em 12 tuổi không bị bố đánh, chỉ bị mắng, nhưng tay em có vết bầm do ngã xe đạp."],
  ["a touch denied, English", "The 8-year-old says nobody touched her, she only saw a man in the park."],
  ["marks denied through 'để lại' ('chưa thấy để lại vết')", "Bà nội hay lấy thước kẻ vụt vào tay hai đứa cháu 6 và 9 tuổi mỗi khi làm sai bài, tôi chưa thấy để lại vết nào, nhưng tụi nhỏ sợ bà."],
  ["marks denied through 'leave', English", "My neighbour smacks her 7-year-old with a slipper most days when he spills food; it never left a mark that I could see."],
  ["marks denied ('không có dấu vết')", "Thằng bé 7 tuổi hay kể bố đánh nó, nhưng người nó không có dấu vết gì, tôi vẫn lo không biết thật không."],
  ["a betrothal denied, untoned 'chua' before 'dam hoi', no diacritics", "nha ben tinh gha con be 13 tuoi cho nguoi quen trong ban, chua dam hoi gi, chac tam thang sau cuoi"],
];

/** [the report, the words the reason quotes, the denied words it must not quote]. */
const QUOTES: Array<[string, string, string]> = [
  ["con be 14 tuoi nha ben chua lay chong dau, nhung bo me bat cuoi tuan sau", "bat cuoi", "lay chong"],
  ["con be 14 tuoi nha ben chua ket hon, bo me no bat lay chong tuan sau", "lay chong", "ket hon"],
  ["The coach never molested him, but my 9-year-old says the bus driver abused him in the van.", "abused him", "molested"],
];

const saysMedium = modelThatSays("medium");
const saysLow = modelThatSays("low");
const highFlags = (flags: readonly string[]) => flags.filter((f) => f.startsWith("high_"));

describe("the high floor: one reading of 'not', and a matter over", () => {
  it("is tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus([...RAISED, ...NOT_RAISED].map(([, text]) => text).concat(QUOTES.map(([text]) => text)))).toEqual([]);
  });

  it.each(RAISED)("keeps at least high when the model says medium or low: %s", (_, text) => {
    for (const model of [saysMedium, saysLow]) {
      const t = triageReport(text, {}, model);
      expect(t.risk).toBe("high");
      expect(highFlags(t.redFlags)).not.toEqual([]);
    }
  });

  it.each(NOT_RAISED)("is not raised by the floor: %s", (_, text) => {
    const t = triageReport(text, {}, saysMedium);
    expect(highFlags(t.redFlags)).toEqual([]);
    expect(t.risk).toBe("medium");
  });

  it.each(QUOTES)("quotes words that were not denied: %s", (text, told, denied) => {
    const t = triageReport(text, {}, saysMedium);
    expect(t.risk).toBe("high");
    const reason = t.reasonsEn.find((r) => /at least high/.test(r)) ?? "";
    expect(reason.toLowerCase()).toContain(`"${told}`);
    expect(reason.toLowerCase()).not.toContain(denied);
  });
});
