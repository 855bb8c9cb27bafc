/**
 * Findings of the twelfth round (4 December): fresh reporters walked through the web chat by two
 * testers who had not read the code. Each test uses the tester's sentence and new sentences of the
 * same kind, and sentences where the old behaviour must stay.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness, untilSummary } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import { hasVietnameseDiacritics } from "../../src/core/vietnamese-text.ts";
import { triageReport } from "../../src/intake/triage/triage-model.ts";
import { sideTopics } from "../../src/intake/report-flow/side-questions.ts";
import { readContact } from "../../src/intake/report-flow/story-reading.ts";

const { reporter } = realCoreHarness("w12");

describe("a first message that only says it is a report starts the report and asks for the story", () => {
  it.each([
    "xin chao, toi can bao tin",
    "Chào anh chị, tôi muốn báo tin ạ",
    "hello, I want to report something",
  ])("%s", async (first) => {
    const r = reporter();
    const replies = await r.send(first);
    const text = all(replies);
    // Not answered as a plan question, and not told "I kept your story" when there is none.
    expect(text).not.toMatch(/kế hoạch|plans? (in the library|do not)/i);
    expect(text).not.toMatch(/ghi lại câu chuyện|kept your story/i);
    expect(text).toMatch(/kể bằng lời của mình|in your own words/i);
    const next = all(await r.send({ choice: "no" }));
    expect(next).toMatch(/Chuyện gì đã xảy ra|What happened/);
  });

  it("a first message that says it is a report and tells the story keeps the story", async () => {
    const r = reporter();
    const text = all(await r.send("Tôi muốn báo tin về một trẻ em bị bố đánh ở xã Ea Kar, Đắk Lắk"));
    expect(text).toMatch(/ghi lại câu chuyện/);
  });
});

describe("a child who gives their name before their age is answered as a child", () => {
  it.each([
    "cô chú ơi con tên là Hờ Nhi con 11 tuổi, ba con uống rượu xong hay đánh con bằng cây chổi, hôm qua đánh con bầm hết tay, con sợ lắm",
    "chau ten la Lan chau 12 tuoi, di ghe chau hay bat chau nhin doi, chau doi lam",
  ])("%s", async (first) => {
    const r = reporter();
    const text = all(await r.send(first));
    expect(text).toMatch(/Em không có lỗi/);
    expect(text).toMatch(/111/);
    expect(text).not.toMatch(/Bạn muốn báo tin/);
  });

  it("a grown-up who names a child is still a grown-up", async () => {
    const r = reporter();
    const text = all(await r.send("Tôi là hàng xóm, cháu tên là Lan, 12 tuổi, bị dì ghẻ bắt nhịn đói, cháu đói lắm"));
    expect(text).not.toMatch(/Em không có lỗi/);
  });
});

const STORY = "Tôi muốn báo tin: cháu gái 8 tuổi nhà hàng xóm bị bố dượng đánh bằng thắt lưng, xã Thuận Hòa, Huế, hôm qua";
const DANGER_Q = /nguy hiểm ngay lúc này không\?/;

describe("the danger question answered in regional words or with where the person is", () => {
  it.each([
    "ngay chừ thì không, con bé đang ở nhà tui. Mà tối ni hắn về là con bé phải về nhà bên tê với hắn",
    "không, bữa ni thì chưa",
    "dạ bây giờ ba nó đi làm rẫy chưa về, tối ba về lại uống rượu",
    "giờ nó về rồi em, ở nhà với mẹ nó. Mai ổng mới về",
  ])("'%s' answers it (not asked again)", async (answer) => {
    const r = reporter();
    expect(all(await r.send(STORY))).toMatch(DANGER_Q);
    const after = await r.send(answer);
    expect(after.at(-1)?.text ?? "").not.toMatch(DANGER_Q);
  });
});

describe("a question about giving a number is answered, not stored as the contact", () => {
  it.each([
    "khoan đã, nếu tui đưa số điện thoại thì thằng dượng hắn có biết ai báo không? tui sợ hắn qua nhà tui làm loạn",
    "nếu tôi để lại số điện thoại thì có ai gọi cho tôi vào ban đêm không",
  ])("%s", async (question) => {
    const r = reporter();
    await r.send(STORY);
    const atContact = await r.send({ choice: "no" });
    expect(atContact.at(-1)?.text).toMatch(/liên lạc với bạn qua đâu/);
    const after = await r.send(question);
    expect(all(after)).not.toMatch(/TÓM TẮT/);
    expect(after.at(-1)?.text).toMatch(/liên lạc với bạn qua đâu/);
    const summary = all(await r.send("0905318472"));
    expect(summary).toMatch(/liên lạc: 0905318472/);
  });
});

describe("danger read from the story is not told to officers as the reporter's answer", () => {
  async function submitted(prefix: string, story: string, danger?: string) {
    const h = realCoreHarness(prefix);
    const r = h.reporter();
    let replies = await r.send(story);
    if (danger) replies = await r.send({ choice: danger });
    await untilSummary(r, replies);
    await r.send({ choice: "submit" });
    const c = h.stored(r.chatId);
    expect(c).toBeDefined();
    return { draft: c!.draft, triage: triageDraft(c!.draft) };
  }

  it("a story of danger now, never asked: the case says it was read from the story", async () => {
    const { draft, triage } = await submitted("w12d", "Cứu với, nhà bên cạnh ông bố đang cầm dao đuổi đánh con bé 10 tuổi, ở phường Thuận Hòa, Huế");
    expect(draft.dangerNow).toBe("yes");
    expect(triage.risk).toBe("emergency");
    expect(triage.redFlags).not.toContain("reporter_danger_now");
    expect(triage.reasons.join("\n")).not.toMatch(/Người báo cho biết trẻ đang gặp nguy hiểm/);
    expect(triage.reasons.join("\n")).toMatch(/đọc từ lời kể/);
  });

  it("the reporter's own yes is still said as theirs", async () => {
    const { triage } = await submitted("w12e", STORY, "yes");
    expect(triage.redFlags).toContain("reporter_danger_now");
  });
});

describe("side questions the testers asked are answered in the report, whatever step is asked", () => {
  const STORY_CHILD = "e 14t o Pleiku Gia Lai, me ke hay danh e bang roi, hom qua danh bam tay";
  it.each([
    [STORY, "Cho mình hỏi trước đã, nếu báo thì mẹ nó với ông ấy có bị báo cho biết không?", /không nói cho gia đình hay người bị báo biết ai đã báo/],
    [STORY, "Nếu tôi báo mà không đúng thì có sao không?", /không cần chắc chắn mới báo/],
    [STORY, "Công an có về bắt ông ấy luôn không?", /công an và cơ quan có thẩm quyền quyết định/],
    [STORY, "ma neu bao thi cong an co toi nha no ko, tui so lam", /có thể đến gặp gia đình/],
    [STORY_CHILD, "thế bố em có biết không ạ", /không nói với ai là em đã kể/],
    ["im 13 and a guy online says he will post my photos tomorrow night if i dont send more. i live in hue", "wait will you tell my mom?? and should i send him the money", /will not tell anyone that you told[\s\S]*Do not pay/],
    ["My neighbour's son, 9, is beaten by his father with a stick, in Pleiku, Gia Lai.", "will he be arrested?", /decided by the police/],
  ])("%#: '%s' then '%s'", async (story, question, answer) => {
    const r = reporter();
    const first = await r.send(story);
    if (first.at(-1)?.choices?.some((c) => c.id === "menu:report")) await r.send({ choice: "menu:report" });
    const before = r.seen.at(-1)?.text ?? "";
    const after = await r.send(question);
    expect(all(after)).toMatch(answer);
    // The step is asked again (the question is last, and it is the one asked before).
    expect(after.at(-1)?.text.split("\n").at(-1)).toBe(before.split("\n").at(-1));
  });
});

/** The story told (with the danger answered when given), the summary reached, "Sửa" pressed and the correction typed. */
async function corrected(story: string, typed: string, danger?: string) {
  const r = reporter();
  let replies = await r.send(story);
  if (danger) replies = await r.send({ choice: danger });
  replies = await untilSummary(r, replies);
  await r.send({ choice: "edit" });
  return { summary: replies.at(-1)?.text ?? "", after: all(await r.send(typed)) };
}

describe("corrections of who harms, in the reporter's own words, at the summary", () => {
  it("'X mới là người xấu' names who harms; the one the summary named is dropped", async () => {
    const { summary, after } = await corrected(
      "Tôi muốn báo tin: con bé Thảo 15 tuổi ở Trảng Bàng, Tây Ninh, má nó hay chửi nó, giờ có người rủ nó qua Campuchia làm việc lương cao",
      "má nó đâu có làm gì, cái ông lạ mặt rủ nó đi Campuchia mới là người xấu");
    expect(summary).toMatch(/người gây hại: mẹ/);
    expect(after).toMatch(/Đã sửa/);
    expect(after).toMatch(/người gây hại: người lạ/);
  });
  it("'không phải X, người đánh là Y' takes Y, not X", async () => {
    const { after } = await corrected(
      "Tôi muốn báo tin: cháu Bin 4 tuổi ở nhóm trẻ tư thục xã Chư Sê, Gia Lai hay bị mấy đứa trong nhóm đánh",
      "không phải bạn bè, người đánh là cô chủ nhóm trẻ");
    expect(after).toMatch(/Đã sửa/);
    expect(after).toMatch(/người gây hại: thầy cô/);
  });
  it("without diacritics: 'nguoi boc lot chinh la chu vuon ong Hung, khong phai bo me'", async () => {
    const { summary, after } = await corrected(
      "xin bao tin: 3 chau 13, 12, 11 tuoi o xa Krong Buk Dak Lak bi bo me cho di hai ca phe thue, lam tu sang toi toi, nghi hoc",
      "nguoi boc lot chinh la chu vuon ong Hung, khong phai bo me");
    expect(summary).toMatch(/người gây hại: bố mẹ/);
    expect(after).toMatch(/Đã sửa/);
    expect(after).toMatch(/người gây hại: chủ nơi làm việc/);
  });
});

describe("side questions of the first tester, read by topic", () => {
  it.each([
    ["Tôi tự chở con nhỏ lên trạm y tế xã được không, hay phải chờ cán bộ? tôi sợ tự ý rồi mắc mớ", "care"],
    ["ma ad co ns cho ba e bit la e bao k, e so lam", "parents"],
    ["bao vay thi con trai toi co bi bat di tu khong chau", "arrest"],
    ["Giờ có nên chuyển 5 triệu cho nó để nó xóa không?", "demand"],
    ["cô ơi nếu con nói thì chú có bị công an bắt không, con sợ mẹ buồn", "arrest"],
    ["toi goi 113 roi ma chua thay ai toi, gio lam sao", "noResponse"],
  ])("%s: %s", (q, topic) => {
    expect(sideTopics(q)).toContain(topic);
  });
  it("'con bé có bị bắt nạt không' is not a question about arrest", () => {
    expect(sideTopics("con bé có bị bắt nạt không ạ")).not.toContain("arrest");
  });
});

describe("a child who greets, or says there is something to tell, is answered as a child", () => {
  it("'con chào cô' is a greeting, not a plan question", async () => {
    const r = reporter();
    const text = all(await r.send("con chào cô"));
    expect(text).not.toMatch(/kế hoạch trong kho không trả lời/);
    expect(text).toMatch(/Chào em/);
  });
  it("'em muốn kể chuyện này với anh chị' gets a child's invitation to tell, with 111", async () => {
    const r = reporter();
    const text = all(await r.send("em muốn kể chuyện này với anh chị"));
    expect(text).toMatch(/Em không có lỗi/);
    expect(text).toMatch(/111/);
    expect(text).not.toMatch(/kế hoạch/);
  });
  it("at the menu, 'con có chuyện muốn kể mà con sợ' starts the report in a child's words, and 'bố con ... đánh con' is the child's own story", async () => {
    const r = reporter();
    await r.send("con chào cô");
    const started = all(await r.send("con có chuyện muốn kể mà con sợ"));
    expect(started).toMatch(/Em không có lỗi/);
    const after = await r.send("bố con say rượu đánh con, hôm qua đánh con chảy máu đầu");
    expect(all(after)).toMatch(/113/);
    expect(after.at(-1)?.text).toMatch(/^Em /m);
  });
  it("a grown-up who has something to tell is invited as a grown-up", async () => {
    const r = reporter();
    const text = all(await r.send("tôi có chuyện muốn kể về đứa nhỏ nhà bên"));
    expect(text).not.toMatch(/Em không có lỗi/);
  });
});

describe("an emergency read by the classifier alone waits for the answer to the danger question", () => {
  const STORY_R01 = "e o xom ke ben nha, thang nho ten Ti chung 9 tuoi hoai bi ong cha ghe no danh, toi qua toi lai nghe la khoc um, hom bua thay tren lung no bam tim het tron. nha o ap Binh Trung xa Duc Hoa, Long An cu. me no di lam cong ty toi moi ve";
  it("the reporter says not now: no emergency alert, and the case is high", async () => {
    const h = realCoreHarness("w12r01");
    const r = h.reporter();
    await r.send(STORY_R01);
    await r.send("co, bao gium toi");
    expect(h.intake.alerts).toHaveLength(0);
    await r.send("gio thi chac ko, ong do chua di lam ve");
    await r.send("ma neu cho so dt thi ong do co biet la toi bao ko? toi so ong qua nha kiem chuyen");
    // The number given with "gọi sau 5h chiều" made the classifier read the whole draft as an emergency (alerted before).
    await r.send("vay thi so toi 0912 345 678, goi sau 5h chieu nha");
    await r.send({ choice: "submit" });
    expect(h.intake.alerts).toHaveLength(0);
    expect(triageDraft(h.stored(r.chatId)!.draft).risk).toBe("high");
  });
  it("a story that states the danger alerts at once", async () => {
    const h = realCoreHarness("w12r01c");
    const r = h.reporter();
    await r.send("Cứu với, ông bố nhà bên đang cầm dao đuổi chém thằng bé 10 tuổi, ở phường Thuận Hòa, Huế");
    expect(h.intake.alerts.length).toBeGreaterThan(0);
  });
});

describe("corrections of the first tester", () => {
  it("'không phải ba mẹ nó, người xấu là bà Hạnh dẫn mối đó' names the broker", async () => {
    const { summary, after } = await corrected(
      "Tôi muốn báo tin: cháu gái tôi 15 tuổi ở xã Ea Kar, Đắk Lắk, bố mẹ nó đồng ý cho bà Hạnh dẫn nó đi làm karaoke ở Sài Gòn, thứ Hai tuần sau xe tới đón",
      "không phải ba mẹ nó, người xấu là bà Hạnh dẫn mối đó");
    expect(summary).toMatch(/người gây hại: bố mẹ/);
    expect(after).toMatch(/Đã sửa/);
    expect(after).not.toMatch(/người gây hại: bố mẹ/);
  });
  it("'Không phải nguy hiểm ngay đâu, hôm nay cháu ở nhà với bà ngoại rồi' changes the danger, not when it happened", async () => {
    const { summary, after } = await corrected(
      "Tôi muốn báo tin: bé trai 4 tuổi bị bảo mẫu nhóm trẻ ở phường Vỹ Dạ, Huế véo bầm tay nhiều lần",
      "Không phải nguy hiểm ngay đâu, hôm nay cháu ở nhà với bà ngoại rồi", "yes");
    expect(summary).toMatch(/nguy hiểm ngay lúc này: có/);
    expect(after).toMatch(/nguy hiểm ngay lúc này: không/);
    expect(after).not.toMatch(/lần gần nhất: hôm nay/);
  });
});

describe("a report that opens with a question keeps the story told after it as the story", () => {
  it.each([
    ["Hi, I'm an Australian tourist staying in Hue. Is this the right place to report a child who I think is being exploited?",
      "Every night this week around 11pm on the walking street near Pham Ngu Lao, there's a little boy, maybe 6 years old, selling chewing gum to tourists until after midnight. A man in his 40s takes all the money.", /kept your story/],
    ["Chị cho em hỏi, có người tới làng rủ con gái đi làm xa lương cao thì báo ở đây được không?",
      "Cháu gái em tên Thơm, 15 tuổi, nhà ở buôn Mùi, xã Sông Hinh. Có bà tên Hạnh ở thị xã về nói đưa đi làm phục vụ quán karaoke trong Bình Dương, lương 12 triệu, bao ăn ở", /ghi lại câu chuyện/],
  ])("%s", async (question, story, keptStory) => {
    const h = realCoreHarness("w12q");
    const r = h.reporter();
    await r.send(question);
    const started = all(await r.send({ choice: "menu:report" }));
    // Nothing is kept yet but a question: the report does not say it kept the story.
    expect(started).not.toMatch(keptStory);
    await untilSummary(r, await r.send(story));
    await r.send({ choice: "submit" });
    const draft = h.stored(r.chatId)!.draft;
    expect(draft.narrative).toContain(story.slice(0, 40));
    expect(draft.extraNotes.join("\n")).not.toContain(story.slice(0, 40));
  });
});

describe("'tôi gọi 113 rồi mà chưa thấy ai tới' at the danger question", () => {
  it("is answered with what to do, with the emergency numbers, and is a yes (not asked again)", async () => {
    const h = realCoreHarness("w12n");
    const r = h.reporter();
    await r.send(STORY);
    const after = await r.send("tôi gọi 113 rồi mà chưa thấy ai tới");
    expect(all(after)).toMatch(/gọi lại 113/);
    expect(after.some((x) => x.urgent)).toBe(true);
    expect(after.at(-1)?.text ?? "").not.toMatch(DANGER_Q);
    expect(h.intake.alerts.length).toBeGreaterThan(0);
  });
});

describe("the reviewer's second reading (regressions of the first version of the day's changes)", () => {
  it.each([
    ["Thằng bé nhà bên 8 tuổi, ông bố say xỉn vớ dao gần đó đâm thằng bé", "weapon"],
    ["ông ta lấy dao đó đâm con bé 9 tuổi", "weapon"],
    ["Con bé hàng xóm 14 tuổi, ngày mai không cho nó đi học nữa, bắt đi cưới với một ông ở huyện bên", "marriage_imminent"],
    ["right now she's not safe, he is drunk and hitting her, she is 9", "violence_in_progress"],
    ["tối nay không có ai ở nhà, ổng về là đánh con bé 10 tuổi", "with_abuser_now"],
  ])("%s keeps %s", (text, flag) => {
    expect(triageReport(text).redFlags).toContain(flag);
  });
  it("'giờ mẹ nó đi vắng, nó ở nhà với ông dượng' is not read as 'no danger' when the stepfather harms", async () => {
    const r = reporter();
    await r.send("Tôi muốn báo tin: con bé hàng xóm 9 tuổi bị bố dượng đánh đập, sờ mó, ở xã Ea Kar Đắk Lắk");
    const after = await r.send("giờ mẹ nó đi vắng, nó ở nhà với ông dượng");
    // Either the danger is asked again or taken as a yes; never recorded as "no" from those words.
    expect(after.at(-1)?.text.match(DANGER_Q) !== null || after.some((x) => x.urgent)).toBe(true);
    const r2 = reporter();
    await r2.send("Tôi muốn báo tin: con bé hàng xóm 9 tuổi bị bố dượng đánh đập, ở xã Ea Kar Đắk Lắk");
    const away = await r2.send("giờ ổng đi nhậu chưa về");
    expect(away.at(-1)?.text ?? "").not.toMatch(DANGER_Q);
  });
  it("a story that tells a man threatened her with jail is a story, not a question about arrest", () => {
    expect(sideTopics("He told her she would go to jail if she told anyone, then he touched her")).not.toContain("arrest");
  });
  it("'im not in danger right now' at the summary gets no alarm", async () => {
    const r = reporter();
    await r.send("im 12 and some girls in my class pushed me down the stairs yesterday, my knee is scraped, i live in buon ma thuot");
    await untilSummary(r, await r.send({ choice: "menu:report" }));
    const after = await r.send("im not in danger right now");
    expect(after.some((x) => x.urgent)).toBe(false);
    expect(all(after)).toMatch(/in danger right now: no/);
  });
});

describe("the reviewer's second reading, continued", () => {
  it.each(["con tôi có chuyện muốn kể", "em chào ad, em có chuyện muốn kể về đứa cháu"])("'%s' is a grown-up: no child's invitation", async (first) => {
    const r = reporter();
    expect(all(await r.send(first))).not.toMatch(/Em không có lỗi|sẵn sàng nghe em/);
  });
  it.each([
    "fb Hoa Nguyen, co viec gi thi nhan tin, goi thi k",
    "Liên hệ qua zalo tên Lan Phạm nếu có gì cần hỏi, gọi không được thì nhắn",
  ])("'%s' is a way to reach the reporter", (text) => {
    expect(readContact(text)).not.toBeNull();
  });
});

describe("a Vietnamese story typed without diacritics (with one accented word) is answered in Vietnamese", () => {
  it("'... no ... do ...' are 'nó', 'đó', not English", async () => {
    const r = reporter();
    const text = all(await r.send("Chao anh chi, em o ap 3 xa Tan Bien tinh Tay Ninh. Nha ke ben co thang nho chung 8 tuoi, bua nao ong ba gia no nhau ruou ve cung danh no, toi hom qua em nghe no khoc la quá troi, sang nay thay tren tay no bam tim het. Ong do la cha ruot no."));
    expect(text).not.toMatch(/It sounds like|Do you want/);
    expect(text).toMatch(/báo tin/);
  });
  it("an English story is still English", async () => {
    const r = reporter();
    expect(all(await r.send("My neighbour's son, 9, is beaten by his father with a stick every night, in Pleiku."))).toMatch(/report/i);
  });
});

describe("a language asked for in words is used from then on, and the rest of the message is still read", () => {
  it("'sao trả lời tiếng Anh vậy, tôi hổng biết tiếng Anh. bây giờ thì chắc không' switches to Vietnamese and answers the danger question", async () => {
    const r = reporter();
    await r.send("I want to report: my neighbour's son, 9, is beaten by his father with a stick, in Pleiku, Gia Lai.");
    const after = await r.send("sao tra loi tieng anh vay, toi hong biet tieng anh. bay gio thi chac khong, no di hoc roi");
    const text = all(after);
    expect(text).not.toMatch(/Is a child in danger/);
    expect(after.at(-1)?.text ?? "").not.toMatch(/nguy hiểm ngay lúc này không\?/);
    expect(hasVietnameseDiacritics(after.at(-1)?.text ?? "")).toBe(true);
  });
  it("a report started with 'sửa giúp tôi: bé 10 tuổi' at the summary changes the age at once", async () => {
    const r = reporter();
    await untilSummary(r, await r.send(STORY));
    expect(all(await r.send("Sửa giúp tôi: bé 10 tuổi, không phải 8"))).toMatch(/bé gái 10 tuổi/);
  });
});
