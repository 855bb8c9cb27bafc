/**
 * F1: a high floor from facts (DESIGN.md "Triage contract", High; issue 12). Below an emergency the model decides alone and may
 * read a changed wording one band lower ("tối nào cũng nghe tiếng đánh ... vết bầm" of a 6-year-old read as medium). The facts of
 * the contract's high band, when a report states them, keep it at least high whatever the model says: repeated beatings with
 * marks, sexual abuse told or suspected, sexual images held with a threat or a demand, a child kept from school to work, a
 * child's marriage arranged within weeks (a betrothal, a bride price, a wedding weeks ahead), young children alone for days. The contract's medium stays medium (humiliation and
 * threats, neglect in the daytime, grooming before any image, a marriage talked of for next year), and nothing negated,
 * hypothetical ("nếu"), past and over ("giờ ổn rồi"), or asked as a general question is raised. The floor only raises.
 * The model is replaced by one that says "medium" (or "low") to everything, so each test shows what the floor does when the
 * model reads a report one band too low. The sentences were written for this test and are in no corpus file (checked below).
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

/** [what the report states, the report]: a fact of the contract's high band. */
const FIRES: Array<[string, string]> = [
  ["repeated beating, marks (neighbour hears)", "Tối nào tôi cũng nghe tiếng đánh ở nhà bên, sáng ra thằng bé 6 tuổi đi học chân tay đầy vết bầm."],
  ["same, no diacritics", "toi nao toi cung nghe tieng danh o nha ben, sang ra thang be 6 tuoi di hoc chan tay day vet bam"],
  ["repeated beating, bruises, English", "Every week my 8-year-old nephew comes to school with new bruises on his arms; he says his stepmother beats him with a belt."],
  ["carer beats with a cane, welts", "Bố dượng hay đánh con bé 9 tuổi bằng roi, lưng nó lằn roi tím bầm."],
  ["touching suspected", "Tôi nghi ông bác bán nước đầu ngõ sờ mó con bé 8 tuổi nhà tôi, nó kể ông hay sờ vào người nó mỗi lần nó ra mua đá."],
  ["touching, no diacritics", "be gai 7 tuoi lop toi ke chu ban tap hoa hay so mo nguoi be moi lan be ghe mua keo"],
  ["touching, English", "My 10-year-old daughter told me her swimming coach touches her private parts in the changing room after class."],
  ["called into a private room, suspicion", "Con bé 9 tuổi kể ông thầy dạy đàn hay gọi nó vào phòng riêng rồi đóng cửa, tôi nghi có chuyện không hay."],
  ["sold for sex", "Có người tuyển mấy em gái 15 tuổi trong xóm đi tiếp khách ở quán karaoke, em họ tôi đã đi làm ở đó hai tuần."],
  ["nude images held with a demand", "Cháu tôi 14 tuổi bị một người quen trên mạng giữ ảnh khỏa thân, hắn đòi cháu chuyển 2 triệu nếu không sẽ gửi cho cả lớp."],
  ["private images held, no diacritics", "e 15t, co thang tren facebook giu anh nong cua e, doa gui cho ba me e neu e khong nap the cho no"],
  ["kept from school to work", "Bố mẹ bắt thằng bé 12 tuổi nghỉ học để đi phụ hồ cho công trình ở thị trấn."],
  ["kept from school to work, English", "My neighbours pulled their 11-year-old out of school and make her work at a garment workshop all day."],
  ["marriage arranged in weeks", "Cháu gái 15 tuổi của tôi, nhà trai đã mang sính lễ sang, ba tuần nữa là tổ chức cưới."],
  ["marriage arranged, no diacritics", "con be 14 tuoi nha ben, gia dinh da nhan sinh le, thang sau cuoi"],
  ["left alone for days", "Hai anh em 7 và 9 tuổi nhà bên bị bố mẹ để ở nhà một mình 4 ngày nay, không có người lớn nào trông."],
  ["scars from a cable, child writes", "dượng em lấy dây sạc quất em hoài, lưng em giờ nhiều sẹo lắm"],
  ["bruised all over, no diacritics", "thang nho 8 tuoi nha ben tuan nao cung bi ba no danh, chan tay bam het"],
  ["welts, English", "The girl downstairs, about 9, keeps turning up with welts on her legs; her grandmother hits her with a cane most evenings."],
  ["a carer's blows left a swollen face", "Mẹ kế đánh thằng bé 10 tuổi sưng cả mặt hôm qua, nó vẫn ở chung nhà với bà ấy."],
  ["a touch the lexicon's phrases do not hold", "Thầy dạy đàn bắt con bé 10 tuổi ở lại sau giờ học rồi sờ nó, nó về khóc mà không dám kể."],
  ["a touch, no diacritics", "ong hang xom hay goi con be 8 tuoi sang nha roi sam so, con be gio so khong dam ra ngo"],
  ["molested, English", "I think my 9-year-old son was molested by the man who drives his school van; he cries every morning now."],
  ["a wedding weeks ahead", "Nghe đâu cuối tháng này nhà ông Sáng gả đứa con gái 14 tuổi cho một người ở xã bên, con bé vẫn đang đi học."],
  ["a wedding weeks ahead, English", "My student is 15 and her parents say she will be married next month to a man of 27 from their village."],
];

/** [what the report states, the report]: the contract's medium or low, or a high fact negated, hypothetical, over or asked of in general. */
const STAYS: Array<[string, string]> = [
  ["humiliation and threats", "Mẹ kế hay chửi con bé 10 tuổi là đồ vô dụng, dọa không cho ăn cơm, nhưng không đánh."],
  ["grooming before any image", "Một người lạ trên Zalo hay nhắn tin khen con gái 12 tuổi của tôi xinh, xin ảnh nhưng cháu chưa gửi tấm nào."],
  ["marriage next year", "Nhà bên đang tính sang năm gả con bé 15 tuổi cho con trai nhà quen, giờ cháu vẫn đi học."],
  ["alone in the daytime", "Thằng bé 7 tuổi nhà bên ngày nào cũng ở nhà một mình đến chiều, trưa tự ăn mì gói."],
  ["past and resolved", "Năm ngoái cháu tôi bị một người hàng xóm sờ mó, công an đã xử lý, giờ cháu ổn rồi."],
  ["negated beating", "Con tôi 8 tuổi không bị ai đánh, chỉ là dạo này hay khóc khi đi học về."],
  ["hypothetical", "Nếu một đứa trẻ bị đánh bầm tím nhiều lần thì hàng xóm có nên báo không?"],
  ["grooming, English", "Someone on Roblox keeps asking my 11-year-old son for his address and to video call; he hasn't sent any pictures."],
  ["one slap, redness gone", "Hôm qua bố tát thằng bé 9 tuổi một cái vì nói dối, má hơi đỏ rồi hết, bình thường bố không đánh."],
  ["scolding, no marks, no diacritics", "ba no hay chui thang be 11 tuoi la do ngu, bat dung ngoai san, khong danh, khong co vet gi"],
  ["general question", "Dấu hiệu nào cho thấy một đứa trẻ bị xâm hại tình dục?"],
  ["summer job", "Hè này thằng cháu 14 tuổi đi phụ bán quán ăn, năm học vẫn đi học bình thường."],
  ["question of law on a betrothal", "Cho tôi hỏi con gái 16 tuổi làm đám hỏi theo phong tục thì có vi phạm pháp luật không?"],
  ["resolved, English", "Last year my niece was touched by a tutor; he was convicted and she is doing well now."],
  ["porn shown, no touching", "Anh họ 16 tuổi cho thằng bé 9 tuổi xem phim người lớn trên điện thoại, không đụng chạm gì."],
  ["sextortion over, teen-speak", "vu e bi doa tung anh hoi thang truoc xong r, cong an bat dc no r, e on r"],
  ["redness that faded", "Ông nội hay gõ thước vào tay thằng cháu 7 tuổi khi học sai, tay hơi đỏ rồi hết, không bầm."],
  ["once, no marks, chat", "bố e tát e 1 cái hôm qua vì e hỗn, ko có vết j, bình thường bố thương e lắm"],
  ["an adult telling of their own childhood", "Hồi nhỏ tôi hay bị cha đánh bầm tím, giờ tôi 35 tuổi rồi, chỉ muốn hỏi có nơi nào tư vấn cho người lớn không."],
  ["afraid ('sợ', not 'sờ'), no touch told", "Con bé 8 tuổi nhà bên sợ ông hàng xóm lắm vì ông hay quát tháo, chửi bới om sòm."],
  ["a touch denied", "Con tôi 9 tuổi nói chú bảo vệ hay đứng nhìn nó ở cổng trường, chú chưa sờ vào người nó lần nào."],
  ["a wedding called off", "Vụ gả con bé 15 tuổi ở thôn tôi đã được xã vận động thành công, nhà đã hủy đám cưới, cháu đi học lại rồi."],
  ["laughing ('cười') and month's end ('cuối'), no wedding", "Cuối tháng này con bé 13 tuổi nhà bên thi học kỳ, nó hay bị bạn cười vì mặc áo cũ, tôi thấy thương."],
];

const saysMedium = modelThatSays("medium");
const saysLow = modelThatSays("low");

describe("the high floor from facts", () => {
  it("is tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus([...FIRES, ...STAYS].map(([, text]) => text))).toEqual([]);
  });

  it.each(FIRES)("keeps at least high when the model says medium or low: %s", (_, text) => {
    for (const model of [saysMedium, saysLow]) {
      const t = triageReport(text, {}, model);
      expect(t.risk).toBe("high");
      // Officers see which fact held it, in a reason in both languages.
      expect(t.redFlags.some((f) => f.startsWith("high_"))).toBe(true);
      expect(t.reasons.at(-1) ?? "").toMatch(/ít nhất mức cao/);
      expect(t.reasonsEn.join(" ")).toMatch(/at least high/);
    }
  });

  it.each(FIRES)("is at least high with the shipped model: %s", (_, text) => {
    expect(["high", "emergency"]).toContain(triageReport(text).risk);
  });

  it.each(FIRES)("never lowers an emergency: %s", (_, text) => {
    expect(triageReport(text, {}, modelThatSays("emergency")).risk).toBe("emergency");
  });

  it.each(STAYS)("does not raise what the contract rates medium or low: %s", (_, text) => {
    const medium = triageReport(text, {}, saysMedium);
    expect(medium.risk).toBe("medium");
    expect(medium.redFlags.filter((f) => f.startsWith("high_"))).toEqual([]);
    expect(triageReport(text, {}, saysLow).risk).toBe("low");
  });
});
