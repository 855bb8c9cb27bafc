/**
 * Issue 13, a hand walk of fresh reporters through the web chat (c23): nine misreadings, each told again here in sentences written
 * for these tests (with and without diacritics, a child writing, English), walked through the real core. The stored risk is the
 * case builder's reading of the draft (triageDraft), as the case queue stores it.
 */
import { describe, expect, it } from "vitest";
import { all, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import { riskRank } from "../../src/intake/triage/triage-types.ts";

const h = realCoreHarness("c23");
const NO_DANGER: Array<[RegExp, Say]> = [[/nguy hiểm ngay lúc này|in danger right now/, { choice: "no" }]];
const UNKNOWN_DANGER: Array<[RegExp, Say]> = [[/nguy hiểm ngay lúc này|in danger right now/, "không rõ"]];
const ASKS_WHEN = /xảy ra khi nào|Lần gần nhất là khi nào|When did this happen/;
const TONIGHT = /tối nay|tonight/i;
const SAFETY_FOR_FRIEND = /111/;
const TRUSTED_ADULT = /người lớn (?:em|mình|bạn) tin|trusted adult|adult you trust/;
const CHILD_REGISTER = /\bem\b/;
const ADULT_REGISTER = /Cảm ơn bạn đã kể|Bạn có muốn|bạn đang kể/;

const storedRisk = (chatId: string) => triageDraft(h.draftOf(chatId)!).risk;

// Finding 1 of walk 45 (neglect and bullying stored high) was fixed by a gate that lowered such highs to medium; measured on the held-out
// writers it made 12 more reports too low than it made right (their writers label many of these high), so it was taken out: these are
// stored medium or high, never low and never an emergency when nobody says there is danger now.
describe("1. neglect without acute danger and bullying are stored medium or high, not low, not an emergency", () => {
  it.each([
    ["thằng nhỏ nhà kế bên hay bị bỏ ở nhà một mình, nó hay kêu đói", [...UNKNOWN_DANGER, [/ở đâu/, "Hà Nội"], [/tuổi/, "chắc tầm 7 tuổi"], [/xã, phường/, "phường Cầu Giấy"]]],
    ["em bị mấy bạn trong lớp bắt nạt hoài à", [...UNKNOWN_DANGER, [/tuổi/, "12"]]],
    ["Tôi để ý đứa bé nhà đối diện chừng 6 tuổi thường bị mẹ bỏ đói, cả ngày chỉ ăn mì gói, không được đi học. Phường Hải Châu, Đà Nẵng.", NO_DANGER],
    ["My daughter, 10, is being bullied at school by three girls in her class; they call her names and laugh at her. We live in Hai Chau ward, Da Nang.", NO_DANGER],
    ["My son is 11 and the boys in his class keep mocking him, calling him names and leaving him out of every group. We are in Hai Chau ward, Da Nang.", NO_DANGER],
  ] as Array<[string, Array<[RegExp, Say]>]>)("%s", async (story, answers) => {
    const r = await h.toSummary(story, answers);
    expect(["medium", "high"]).toContain(storedRisk(r.chatId));
  });

  it.each([
    "Hai đứa nhỏ 6 và 8 tuổi nhà cuối xóm bị bỏ ở nhà một mình 5 ngày nay, mẹ đi đâu không ai biết",
    "con bé 9 tuổi bị mấy đứa lớp trên đánh sưng mặt, tụi nó nói mai còn đánh nữa",
    "Bé 10 tuổi nhà bên ngày nào cũng bị bố dượng đánh bằng roi mây, lưng đầy vết bầm, bé vẫn ở chung nhà với ông ta",
  ])("a real high is still high or more: %s", async (story) => {
    const r = await h.toSummary(story, NO_DANGER);
    expect(riskRank(storedRisk(r.chatId))).toBeGreaterThanOrEqual(riskRank("high"));
  });
});

describe("2. a grandparent who cares for the child is not the one who harms", () => {
  it.each([
    ["Bé Su 6 tuổi sống với bà cố, bà thương bé lắm. Mấy hôm nay bé bị ai đánh bầm cả tay mà không chịu nói.", /bà cố|bà/],
    ["thang be 9 tuoi o voi ong ngoai, ong cham no rat ky, vay ma no hay bi danh o truong, mat tim", /ong ngoai/],
    ["The girl, 8, lives happily with her grandma; at her father's house on weekends she gets slapped by his girlfriend.", /grandma/],
    ["be o voi ba co, ba co gia yeu, be hay bi danh o truong", /ba co/],
  ])("%s", async (story, carer) => {
    const r = await h.toSummary(story, NO_DANGER);
    const d = h.draftOf(r.chatId)!;
    expect(d.harmer ?? "").not.toBe("grandparent");
    expect(d.harmerText ?? "").not.toMatch(carer);
  });
});

describe("3. a length of time up to now is when it is happening, not asked again", () => {
  it.each([
    ["Cháu Bin 7 tuổi nhà sát vách bị cha dượng đuổi ra ngoài, 4 ngày rồi cháu ngủ nhờ nhà tôi, phường Lê Chân, Hải Phòng", /4 ngày rồi/],
    ["be Mo 10 tuoi bi me ke nhot trong kho 3 hom nay roi, chi cho an com nguoi, xa Dong Anh, Ha Noi", /3 hom nay/],
    ["A 12-year-old girl on our street has been locked out by her stepfather for three days now. Ninh Kieu ward, Can Tho.", /three days now/],
  ])("%s", async (story, said) => {
    const r = await h.toSummary(story, NO_DANGER);
    expect(r.questions.filter((q) => ASKS_WHEN.test(q))).toEqual([]);
    expect(h.draftOf(r.chatId)?.when ?? "").toMatch(said);
  });

  it.each(["3 hôm nay rồi", "được một tuần rồi", "hai tuan nay"])("«%s» typed at 'when?' is no 'today' and raises nothing to an emergency", async (answer) => {
    const r = await h.toSummary("bé gái nhà đối diện bị mẹ kế tát, phường Hải Châu, Đà Nẵng", [...NO_DANGER, [ASKS_WHEN, answer]]);
    const d = h.draftOf(r.chatId)!;
    expect(d.when).not.toBe("today");
    expect(d.when ?? "").toMatch(/hôm|hom|tuần|tuan/);
    expect(storedRisk(r.chatId)).not.toBe("emergency");
  });
});

describe("4. a child writing about a friend gets the safety line for the friend", () => {
  it.each([
    "em 12 tuổi, bạn cùng bàn của em bảo là bị chú hàng xóm sờ mó, em lo cho bạn quá",
    "minh 13t, co dua ban trong lop minh bi me bo doi, hom nao cung nhin an sang",
    "tớ học lớp 7, con bạn thân tớ kể là anh họ nó hay vào phòng nó ban đêm, tớ sợ lắm",
  ])("%s", async (story) => {
    const r = h.reporter();
    const first = all(await r.send(story));
    expect(first).toMatch(SAFETY_FOR_FRIEND);
    expect(first).toMatch(/miễn phí|free/);
    expect(first).toMatch(TRUSTED_ADULT);
    expect(first).toMatch(/bạn ấy|bạn của em|your friend/);
  });
});

describe("5. the age and contact fields hold the value; the sentence goes to the notes", () => {
  it("an age told in a sentence", async () => {
    const r = await h.toSummary("thằng bé bán vé số đầu hẻm hay bị một ông đánh lấy tiền", [...NO_DANGER, [/tuổi/, "chắc tầm 9 tuổi, tôi đoán vậy thôi"]]);
    const d = h.draftOf(r.chatId)!;
    expect(d.childAgeText).toBe("9");
    expect(d.childAgeBand).toBe("6_11");
    expect(d.extraNotes).toContain("chắc tầm 9 tuổi, tôi đoán vậy thôi");
  });

  it.each(["anh chị gọi cho tôi số 0983 214 765 nha, tôi rảnh buổi trưa", "cứ nhắn vào 0912.555.019 giúp em với, cảm ơn nhiều ạ"])("a number in a sentence: %s", async (answer) => {
    const r = await h.toSummary("Con bé 10 tuổi nhà bên bị mẹ kế đánh hoài, phường Hải Châu, Đà Nẵng", [...NO_DANGER, [/liên lạc với bạn qua đâu/, answer]]);
    const d = h.draftOf(r.chatId)!;
    expect(d.contact?.replace(/\s*\(.*\)$/u, "")).toMatch(/^[\d .]+$/);
    expect(d.extraNotes).toContain(answer);
  });
});

describe("6. a market, a school or a pagoda is a place, not the commune", () => {
  it("named before the province in the story", async () => {
    const r = await h.toSummary("Thằng bé chừng 10 tuổi bán kẹo gần chợ Bến Thành, TP Hồ Chí Minh bị mấy người lớn đánh lấy tiền hôm qua", NO_DANGER);
    const d = h.draftOf(r.chatId)!;
    expect(d.commune ?? "").not.toMatch(/Thành|chợ/);
    expect(d.provinceName).toMatch(/Hồ Chí Minh/);
  });

  it.each([["chợ Đồng Xuân", null], ["gần chùa Trấn Quốc, phường Tây Hồ", "phường Tây Hồ"]])("typed at the commune question: %s", async (answer, commune) => {
    const r = await h.toSummary("con bé bán hàng rong chừng 11 tuổi bị chủ đánh hoài", [...NO_DANGER, [/ở đâu|Where/, "Hà Nội"], [/xã, phường hay thôn/, answer]]);
    const d = h.draftOf(r.chatId)!;
    expect(d.commune).toBe(commune);
    expect(d.extraNotes).toContain(answer);
  });
});

describe("7. no 'tonight' advice when no one who harms is coming and the story says nothing of tonight", () => {
  it.each([
    "bé sống với mẹ, mẹ đi làm cả ngày bỏ bé ở nhà một mình, bé hay đói, phường Hải Châu, Đà Nẵng",
    "con bé 9 tuổi ở với ba nó, ba nó đi làm từ sáng sớm, để nó ở nhà một mình không ai lo cơm, xã Tam Nông, Phú Thọ",
    "The boy next door, 9, lives with his mum who leaves him alone all day without food. Ninh Kieu ward, Can Tho.",
    "em 9 tuổi, mẹ em đi làm từ sáng tới tối mới về, em ở nhà một mình, em đói",
  ])("%s", async (story) => {
    const r = await h.walk(story);
    expect(r.seen.join("\n")).not.toMatch(TONIGHT);
  });

  it("a child who lives with the stepfather who beats her still gets it", async () => {
    const r = await h.walk("Bé Lan 9 tuổi sống với bố dượng, ông ta say rượu là đánh bé bầm người, hôm qua lại đánh, phường Vĩnh Hải, Khánh Hòa");
    expect(r.seen.join("\n")).toMatch(TONIGHT);
  });
});

describe("8. red flags come from who did what: scolding and burns at work are no severe violence", () => {
  it.each([
    "Thằng bé 14 tuổi phụ việc ở xưởng hàn cạnh nhà tôi, bị bỏng tay vì tia lửa, chủ bắt làm 12 tiếng mỗi ngày, xã Đức Hòa, Tây Ninh",
    "Bé Vy 11 tuổi bị mẹ kế hành hạ tinh thần, ngày nào cũng mắng là đồ ăn bám, phường Ninh Kiều, Cần Thơ",
  ])("%s", async (story) => {
    const r = await h.toSummary(story, NO_DANGER);
    const t = triageDraft(h.draftOf(r.chatId)!);
    expect(t.redFlags).not.toContain("violence_severe");
  });
});

describe("9. a child calling themself 'con' is answered as a child; 'con tôi' is a parent", () => {
  it.each([
    "con xin lỗi làm phiền ạ, ba mẹ con cãi nhau suốt, ba hay đập đồ, con sợ lắm",
    "con xin loi lam phien, con hoc lop 4, chu con hay say ruou roi chui mang con, con so lam",
    "dạ con chào cô chú, con năm nay 10 tuổi, dượng con hay đánh con bằng dép",
    "con xin lỗi làm phiền cô chú, ba con nhậu về là đập phá đồ đạc, con sợ lắm",
  ])("%s", async (story) => {
    const r = h.reporter();
    const first = all(await r.send(story));
    expect(first).toMatch(CHILD_REGISTER);
    expect(first).not.toMatch(ADULT_REGISTER);
    expect(first).toMatch(/111/);
  });

  it.each(["con tôi 11 tuổi, con bị mấy bạn trong lớp bắt nạt, tôi phải làm sao", "con của tôi học lớp 5, con bị cô giáo phạt quỳ cả buổi"])("%s", async (story) => {
    const r = h.reporter();
    const first = all(await r.send(story));
    expect(first).not.toMatch(/Cảm ơn em/);
  });
});

describe("the summary still reads", () => {
  it("a walked story reaches the summary", async () => {
    const r = await h.toSummary("Bé Na 7 tuổi nhà bên bị bố đánh bầm lưng, 4 ngày rồi bé ngủ nhờ nhà tôi, phường Lê Chân, Hải Phòng", NO_DANGER);
    expect(lastLine({ text: r.summary })).toMatch(/Gửi|Send/);
  });
});
