/**
 * M4 (second reader R1-R3): the high floor's exits do not take a real child's report away.
 * - A question of the law ends the floor only when no particular child is told of: "con bé 10 tuổi bị dượng sờ mó ..., xâm hại
 *   trẻ em thì bị phạt thế nào?" tells of a child, and is at least high.
 * - "nếu" makes hypothetical only the clause it governs: "Nếu tôi báo thì sao, vì con bé ... bị bố đánh ..." tells a harm.
 * - An "over" word ends the matter only when said of the harm: not of a job or an income, and not when a harm still going on
 *   ("vẫn", "nhưng ... lại", "still") or a coming date ("cưới tuần sau") follows it.
 * The model is replaced by one that says "medium" (or "low") to everything, so each test shows what the floor alone does.
 * Most sentences were written for this test; those marked "reader" are the second reader's, kept as regression cases.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

/** [what the report states, the report]: a fact of the high band told of a particular child now. */
const RAISED: Array<[string, string]> = [
  // R1: a particular child, and a question of the law.
  ["reader R1: a touch for months, then how the law punishes abuse of children", "Con bé 10 tuổi bị dượng sờ mó mấy tháng nay, tôi muốn hỏi xâm hại trẻ em thì bị phạt thế nào?"],
  ["reader R1: same, no diacritics", "con be 10 tuoi bi duong so mo may thang nay, toi muon hoi xam hai tre em thi bi phat the nao"],
  ["reader R1: beaten nightly, then 'đánh trẻ em ... có bị phạt không'", "Con bé 9 tuổi nhà bên bị bố đánh bầm tím mỗi tối, đánh trẻ em như vậy có bị phạt không?"],
  ["a stepmother's daily beatings, then how hitting children is handled", "Thằng bé 7 tuổi nhà cạnh bị mẹ kế đánh bầm tím hằng ngày, cho hỏi đánh trẻ em như thế bị xử lý thế nào?"],
  ["a landlord's touching, prison years asked, no diacritics", "con be 11 tuoi o xom tro bi ong chu nha so soang nhieu lan, xam hai tre em thi bi tu bao nhieu nam vay"],
  ["welts every evening, the penalty for beating a child, English", "The 9-year-old girl upstairs gets hit with a belt by her mother every evening and has welts on her legs. What is the penalty for beating a child?"],
  ["two small children alone five days, 'bỏ rơi trẻ nhỏ có bị phạt không'", "Hai đứa nhỏ 4 và 6 tuổi nhà bên bị bỏ ở nhà một mình 5 ngày nay, bỏ rơi trẻ nhỏ như vậy có bị phạt không?"],
  ["my own daughter, no age, then the law on abuse of children", "Con gái tôi bị thầy dạy thêm sờ mó nhiều lần, xâm hại trẻ em thì bị phạt thế nào?"],
  // R2: "nếu" governs its own clause only.
  ["reader R2: 'nếu tôi báo thì sao, vì ...' then a beating told", "Nếu tôi báo thì sao, vì con bé 9 tuổi bị bố đánh bầm tím mỗi tối, bố nó có bị phạt không?"],
  ["calling the police asked, because a boy is beaten nightly", "Nếu tôi gọi công an thì có sao không, vì thằng bé 8 tuổi nhà bên bị dượng đánh bầm tím hằng đêm, dượng nó có bị phạt không?"],
  ["speaking up asked, because a touch is told, no diacritics", "neu em noi ra thi co sao khong a, vi con be 10 tuoi nha em bi chu so mo nhieu lan roi, chu co bi xu ly khong"],
  // R3: an "over" word of something else, or followed by a harm still going on.
  ["reader R3: the father's job settled, a wedding next week", "Công việc của bố nó ổn định rồi nên bố bắt con bé 14 tuổi lấy chồng, đã nhận sính lễ, cưới tuần sau."],
  ["reader R3: same, no diacritics", "cong viec bo no on dinh roi nen ep con be 14 tuoi lay chong, da nhan sinh le, tuan sau cuoi"],
  ["reader R3: 'giờ ổn định rồi nhưng ... vẫn bị đánh'", "Thằng bé 8 tuổi bị bố đánh bầm tím hàng tuần, mẹ nó bảo giờ ổn định rồi nhưng tôi thấy vẫn bị đánh."],
  ["the family's income settled, bride price taken, wedding this month", "Thu nhập nhà nó giờ ổn định rồi, nên bố mẹ đã nhận sính lễ, cuối tháng này gả con bé 15 tuổi cho con nhà giàu."],
  ["the commune says it is settled, but he still beats her", "Xã bảo chuyện đã giải quyết xong, nhưng dượng vẫn đánh con bé 9 tuổi bầm tím hằng đêm."],
  ["'ổn định rồi' then 'lại' beaten again, no diacritics", "me no noi da on dinh roi, nhung toi qua duong lai danh thang be 10 tuoi bam tim, tuan nao cung vay"],
  ["resolved words the facts read, then 'mà ... vẫn đánh'", "Công an phường nói đã giải quyết rồi mà ông ta vẫn đánh thằng bé 6 tuổi bầm tím hằng ngày."],
  ["'ổn định rồi thì mới' is a condition, not an end", "Con bé 8 tuổi bị dượng đánh bầm tím mỗi tuần, mẹ nó bảo đợi kinh tế nhà ổn định rồi thì mới bỏ đi được."],
  ["her children with ages but no age word, a law question, English", "My neighbour hits her children, 4 and 6, with a wooden spoon every night and they have bruises on their legs. Is that against the law?"],
  ["'all good now' then still beaten, English", "Her mum says it is all good now, but the 8-year-old still gets beaten every week and has bruises on her arms."],
];

/** [what the report states, the report]: a general question of the law, a whole hypothetical, or a matter over and safe. */
const NOT_RAISED: Array<[string, string]> = [
  ["the law on hitting young children in general", "Người lớn đánh trẻ nhỏ đến bầm tím nhiều lần thì bị xử lý thế nào?"],
  ["prison years for touching children under an age, no diacritics", "ke so mo tre em duoi 12 tuoi thi bi tu bao nhieu nam"],
  ["a whole hypothetical with 'nếu ... thì'", "Nếu bố đánh con bé 9 tuổi bầm tím mỗi tối thì bố có bị phạt không?"],
  ["settled with the grandmother after jail, 'vẫn đi học' is no harm", "Con bé 9 tuổi từng bị dượng đánh bầm tím nhiều lần, dượng đã đi tù, giờ cháu ở với bà, mọi thứ ổn định rồi, cháu vẫn đi học đều."],
  ["the wedding put off, no diacritics", "nha ben nhan sinh le gha con be 14 tuoi, nhung xa xuong van dong nen da hoan cuoi roi, chau van di hoc"],
];

const saysMedium = modelThatSays("medium");
const saysLow = modelThatSays("low");
const highFlags = (flags: readonly string[]) => flags.filter((f) => f.startsWith("high_"));

describe("the high floor's exits: a question of the law, 'nếu', a matter over", () => {
  it("is tested on sentences of our own that are in no corpus file", () => {
    const ours = [...RAISED, ...NOT_RAISED].filter(([what]) => !what.startsWith("reader")).map(([, text]) => text);
    expect(inSomeCorpus(ours)).toEqual([]);
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
});
