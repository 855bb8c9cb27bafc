/**
 * Round-23 walk findings (fresh reporters through the web chat, 5 December), replayed through the real
 * conversation core with sentences of our own of the same kinds.
 */
import { describe, expect, it } from "vitest";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import { sideTopics } from "../../src/intake/report-flow/side-questions.ts";
import { saysNoDanger } from "../../src/intake/report-flow/answer-matching.ts";
import { all, realCoreHarness } from "./real-core-harness.ts";

const { reporter, stored } = realCoreHarness("r23");

describe("a child who greets before telling is greeted as a child", () => {
  it.each(["em chào cô chú ạ", "con chao chu a", "Dạ cháu chào các cô chú", "e chào thầy cô"])("«%s»", async (hello) => {
    const w = reporter();
    const replies = await w.send(hello);
    expect(all(replies)).toMatch(/\bem\b/);
    expect(all(replies)).toMatch(/111/);
    expect(all(replies)).not.toMatch(/Bạn muốn làm gì/);
    // The buttons stay: the child may still choose.
    expect(replies.at(-1)?.choices?.some((c) => c.id === "menu:report")).toBe(true);
  });

  it.each(["xin chào", "chào bạn", "em chào anh chị", "tôi chào các anh chị"])("a grown-up's hello «%s» gets the usual welcome", async (hello) => {
    const w = reporter();
    expect(all(await w.send(hello))).toMatch(/Bạn muốn làm gì/);
  });
});

describe("a child telling about their brother or sister is asked about that child, not about themself", () => {
  it.each([
    ["vi", "em 12 tuổi, em trai em 6 tuổi tối nào cũng bị bố đánh bằng thắt lưng. nhà em ở Pleiku", /em trai em/, /anh chị em/],
    ["vi", "e 13t. bo e say ruou la danh em gai e, no moi 7 tuoi, lung bam het. nha e o Buon Ma Thuot", /em gái em/, /anh chị em/],
    ["en", "im 12. my little brother is 6 and our dad hits him with a belt almost every night. we live in Pleiku", /your brother/, /brother or sister/],
    ["en", "I am 14 and my mom's boyfriend touches my little sister (she is 8) when mom is at work. We live in Hue.", /your sister/, /brother or sister/],
  ])("%s: «%s»", async (_lang, story, who, relation) => {
    const w = reporter();
    const first = await w.send(story);
    // Safety advice for the child writer in the first reply.
    expect(all(first)).toMatch(/111/);
    expect(all(first)).toMatch(/not your fault|không có lỗi|adult you trust|người lớn em tin/i);
    let replies = first.at(-1)?.choices?.some((c) => c.id === "menu:report") ? await w.send({ choice: "menu:report" }) : first;
    // The danger question asks about the brother or sister.
    expect(all(replies)).toMatch(who);
    replies = await w.send({ choice: "no" });
    for (let i = 0; i < 6 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const last = replies.at(-1);
      replies = await w.send(last?.choices?.some((c) => c.id === "anonymous") ? { choice: "anonymous" } : last?.choices?.some((c) => c.id === "skip") ? { choice: "skip" } : "bỏ qua");
    }
    const summary = all(replies);
    // The summary says who tells (a brother or sister of the child), not that the writer is the child harmed.
    expect(summary).toMatch(relation);
    expect(summary).not.toMatch(/người làm hại em|who hurts you/);
    const done = await w.send({ choice: "submit" });
    // A child is never asked for pictures.
    expect(all(done)).not.toMatch(/ảnh|photo|picture/i);
    const c = stored(w.chatId);
    expect(c?.draft.reporterRelation).toBe("family");
  });

  it.each([
    "bố đánh em với em trai em suốt, em 13 tuổi, em sợ về nhà lắm",
    "im 11, my dad hits me and my little sister when he drinks",
  ])("a child harmed together with a sibling is the child harmed: «%s»", async (story) => {
    const w = reporter();
    const first = await w.send(story);
    const replies = first.at(-1)?.choices?.some((c) => c.id === "menu:report") ? await w.send({ choice: "menu:report" }) : first;
    expect(all(replies)).not.toMatch(/em trai em có|your sister in danger|your brother in danger|bạn ấy|your friend/);
  });
});

/** Tells the story and accepts the report when offered: stops at the first question. */
async function atFirstQuestion(story: string) {
  const w = reporter();
  let replies = await w.send(story);
  if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
  return { w, replies };
}

describe("a reporter who wants to stop can stop in words, at any question", () => {
  it.each([
    "thôi em không muốn kể nữa đâu",
    "dừng lại",
    "hủy",
    "em bảo thôi mà, em không muốn báo nữa",
    "xóa đi được không",
    "I want to stop",
    "i dont want to tell anymore",
    "thoi khong bao nua",
  ])("«%s»", async (stop) => {
    const { w } = await atFirstQuestion("em 12 tuổi, anh họ em 19 tuổi hay bắt em cởi đồ khi không có ai ở nhà");
    const replies = await w.send(stop);
    expect(all(replies)).toMatch(/dừng|stopped/i);
    expect(all(replies)).toMatch(/111/);
    // The next message is no answer to a report question.
    const after = await w.send("cảm ơn");
    expect(all(after)).not.toMatch(/bao nhiêu tuổi|How old|ở tỉnh|liên lạc/);
  });

  it("'không muốn kể cho bố mẹ' (not wanting the parents told) is no stop", async () => {
    const { w } = await atFirstQuestion("em 12 tuổi, anh họ em 19 tuổi hay bắt em cởi đồ khi không có ai ở nhà");
    const replies = await w.send("em không muốn kể cho bố mẹ biết");
    expect(all(replies)).not.toMatch(/Đã dừng/);
  });
});

describe("a child's question about what happens to them after telling is answered, never read as danger or as facts", () => {
  it.each([
    ["mình có bị bắt đi không? mình không muốn xa mẹ", /không ai đưa em đi|không phải rời|xa mẹ|ở với mẹ|an toàn/i],
    ["tui hoi la bao xong tui co bi bat di khoi nha ko?", /không ai đưa em đi|rời nhà|an toàn/i],
    ["will they take me away from my mom?", /no one takes you away|not taken away|stay|safe/i],
    ["tui co bi danh ko neu bao", /bí mật|an toàn|không biết em/i],
    ["chu co biet ko? e ko muon chu biet", /bí mật|không nói|không biết/i],
  ])("«%s»", async (asked, answer) => {
    const english = /^[\x00-\x7f]*$/.test(asked) && /\b(will|they|me)\b/.test(asked);
    const { w, replies } = await atFirstQuestion(english ? "im 13. my uncle lives with us and comes into my room at night and touches me. im scared to tell anyone" : "e 13t. chu e o chung nha, toi nao cung vao phong e so mo e, e so lam ko dam noi vs ai");
    const question = replies.at(-1)?.text ?? "";
    const got = await w.send(asked);
    expect(all(got)).toMatch(answer);
    expect(got.some((r) => r.urgent)).toBe(false);
    // The question asked before is asked again.
    expect(got.at(-1)?.text).toContain(question.split("\n").at(-1) ?? "");
  });

  it("the question is answered, not kept as a fact of the case (no abduction flag from 'có bị bắt đi không'; issue 13, walk C9)", async () => {
    const { w } = await atFirstQuestion("tui 13 tuoi, phai lam o xuong may cua co tui tu 6h sang toi 10h dem, ko dc di hoc nua, lam sai la bi danh. tui o Gia Lai");
    await w.send("tui hoi la bao xong tui co bi bat di khoi nha ko?");
    let replies = await w.send({ choice: "no" });
    for (let i = 0; i < 6 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const last = replies.at(-1);
      replies = await w.send(last?.choices?.some((c) => c.id === "anonymous") ? { choice: "anonymous" } : last?.choices?.some((c) => c.id === "skip") ? { choice: "skip" } : "bỏ qua");
    }
    await w.send({ choice: "submit" });
    const c = stored(w.chatId);
    expect(c?.draft.extraNotes.join(" ")).not.toMatch(/bat di khoi nha/);
    // The case as stored is triaged by the case builder from this draft.
    const triage = triageDraft(c!.draft);
    expect(triage.redFlags).not.toContain("abduction_in_progress");
    expect(triage.category).toBe("labour_exploitation");
  });
});

describe("a correction at the summary, in everyday speech, changes the summary (never 'already so' while it still says otherwise)", () => {
  const GRANDPA = "Tui là ông ngoại. Thằng Bin cháu tui 10 tuổi, ba hắn say rượu là đánh hắn, tuần trước lấy roi quất bầm cả lưng. Hắn ở với ba mẹ hắn ở xã Nghi Lộc, Nghệ An.";
  const TEACHER = "Em là cô giáo dạy lớp 6. Có một em nam 11 tuổi trong lớp bị mấy bạn lớp trên chặn đường đánh, lấy tiền, em ấy sợ không dám đi học. Trường ở xã An Phú, Đắk Lắk.";
  const SELF_HARM = "mình 15 tuổi, tối nay mình định uống hết thuốc ngủ của mẹ, mình mệt lắm rồi. mình ở Huế";

  it.each([
    [GRANDPA, "à mà không phải ba ruột mô, là ba dượng hắn", /người gây hại: bố dượng/],
    [GRANDPA, "ờ mà không phải bố đẻ đâu nha, là bố dượng", /người gây hại: bố dượng/],
    [TEACHER, "tuổi vẫn sai, sửa tuổi là 12", /12 tuổi/],
    [TEACHER, "sửa tuổi thành 12", /12 tuổi/],
    [TEACHER, "đổi xã thành An Phước", /An Phước/],
  ])("%#: «%s»", async (story, fix, now) => {
    const summary = await toSummary(story);
    const after = await summary.w.send(fix);
    const text = all(after);
    expect(text).toMatch(now);
    expect(text).not.toMatch(/đã ghi đúng như bạn nói|chưa đọc ra được/);
  });

  it.each(["ko phai me", "mẹ mình ko có làm hại mình", "mẹ không làm gì mình cả"])("a child who says the person named did nothing clears who harms: «%s»", async (fix) => {
    const summary = await toSummary(SELF_HARM);
    expect(all(summary.replies)).toMatch(/mẹ/);
    const after = await summary.w.send(fix);
    expect(all(after)).not.toMatch(/người làm hại em: mẹ|người gây hại: mẹ/);
  });
});

/** Tells the story, accepts the report, says no to danger, skips the rest: stops at the summary. */
async function toSummary(story: string) {
  const w = reporter();
  let replies = await w.send(story);
  for (let i = 0; i < 10 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
    const ch = replies.at(-1)?.choices ?? [];
    replies = await w.send(ch.some((c) => c.id === "menu:report") ? { choice: "menu:report" } : ch.some((c) => c.id === "no") ? { choice: "no" } : ch.some((c) => c.id === "anonymous") ? { choice: "anonymous" } : ch.some((c) => c.id === "skip") ? { choice: "skip" } : "bỏ qua");
  }
  return { w, replies };
}

describe("a child telling of a friend their own age is answered as a child (never asked for photos)", () => {
  it.each([
    "ban em 14 tuoi, bo me ban ay bat ban nghi hoc de cuoi chong thang sau, ban ay khoc suot",
    "ban t 12t quen 1 ong tren fb, ong ay hua cho tien, doi gap mat cuoi tuan nay, con doi ban t gui hinh ko mac do",
    "my friend is 13 and her stepdad hits her every night, she showed me the bruises. we live in Pleiku",
  ])("«%s»", async (story) => {
    const w = reporter();
    const first = await w.send(story);
    expect(all(first)).toMatch(/\bem\b|you did the right thing|not your fault|adult you trust/i);
    expect(all(first)).not.toMatch(/Bạn muốn báo tin/);
    let replies = first.at(-1)?.choices?.some((c) => c.id === "menu:report") ? await w.send({ choice: "menu:report" }) : first;
    expect(all(replies)).toMatch(/bạn ấy|your friend/);
    for (let i = 0; i < 8 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const ch = replies.at(-1)?.choices ?? [];
      replies = await w.send(ch.some((c) => c.id === "no") ? { choice: "no" } : ch.some((c) => c.id === "anonymous") ? { choice: "anonymous" } : ch.some((c) => c.id === "skip") ? { choice: "skip" } : "bỏ qua");
    }
    const done = await w.send({ choice: "submit" });
    expect(all(done)).not.toMatch(/ảnh|photo|picture|trước \d{1,2}:\d{2}|due by/i);
  });
});

describe("the closing of an emergency says not to wait for officers", () => {
  it("a mother whose daughter is to be picked up tonight reads 'call 113 now' before the legal deadline", async () => {
    const summary = await toSummary("Cứu tôi với, con gái tôi 13 tuổi vừa nhắn là có một chị quen trên Facebook hẹn tối nay 8 giờ đón nó ra bến xe đi Sài Gòn làm việc, giờ tôi gọi nó không nghe máy. Nhà ở xã Tân Hiệp, Kiên Giang.");
    const done = all(await summary.w.send({ choice: "submit" }));
    expect(done).toMatch(/đừng chờ[^.]*113/);
    expect(done.indexOf("113")).toBeLessThan(done.indexOf("12 giờ"));
  });
});

describe("facts read back as told", () => {
  it("a neighbour's household that has the children is not who harms them, '3 ngày nay' keeps its count, and a child added keeps the ages told", async () => {
    const summary = await toSummary("Nhà bên cạnh có 2 đứa nhỏ, đứa 4 tuổi đứa 6 tuổi, bị bỏ ở nhà một mình 3 ngày nay rồi, không thấy bố mẹ về. Ở xã Long Hưng, Đồng Nai");
    const before = all(summary.replies);
    expect(before).not.toMatch(/người gây hại: hàng xóm/);
    expect(before).toMatch(/3 ngày nay/);
    const after = all(await summary.w.send("sửa lại: có 3 đứa chứ, còn đứa út 2 tuổi nữa"));
    expect(after).toMatch(/3 trẻ 2, 4 và 6 tuổi/);
  });

  it("'con trai lớn nhà đó khoảng 20 tuổi' is the grown-up who harmed, not a boy: the child is the daughter", async () => {
    const summary = await toSummary("Tôi là mẹ bé. Hôm qua con gái tôi 6 tuổi qua nhà hàng xóm chơi, con trai lớn nhà đó khoảng 20 tuổi kéo bé vô phòng cởi quần bé ra. Bé về kể và kêu đau. Nhà ở phường Hội Phú, Gia Lai.");
    expect(all(summary.replies)).toMatch(/bé gái 6 tuổi/);
  });
});

describe("the police question after a sexual abuse is answered with the exam and the evidence", () => {
  it.each(["có cần đưa bé ra công an không?", "tôi có phải tự đi báo công an không"])("«%s»", async (asked) => {
    const { w } = await atFirstQuestion("Tôi là mẹ bé. Hôm qua con gái tôi 6 tuổi qua nhà hàng xóm chơi, con trai lớn nhà đó khoảng 20 tuổi kéo bé vô phòng cởi quần bé ra. Bé về kể và kêu đau. Nó vẫn ở sát vách nhà tôi.");
    const got = all(await w.send(asked));
    expect(got).toMatch(/khám/);
    expect(got).toMatch(/quần áo/);
    expect(got).not.toMatch(/không bắt buộc phải tự ra công an/);
  });
});

describe("a child telling in pieces is asked once more, then the report starts with all of it", () => {
  it("em sợ / bố em đánh em / hôm qua đánh bằng dây thắt lưng", async () => {
    const w = reporter();
    const first = await w.send("em sợ");
    expect(all(first)).toMatch(/111/);
    const second = await w.send("bố em đánh em");
    expect(all(second)).toMatch(/Em có muốn/);
    const third = await w.send("hôm qua đánh bằng dây thắt lưng");
    // The report has started: a question of the report, in the child's words.
    expect(all(third)).not.toMatch(/Em có muốn báo tin/);
    expect(all(third)).toMatch(/\?/);
    expect(all(third)).not.toMatch(/\bbạn\b/i);
  });

  it("a question answered at a child's offer is followed by the offer in the child's words", async () => {
    const w = reporter();
    await w.send("bố em đánh em bằng dây thắt lưng, lưng em còn vết");
    const got = all(await w.send("nếu em kể thì bố em có biết ko"));
    expect(got).toMatch(/Em có muốn kể/);
    expect(got).not.toMatch(/Bạn có muốn báo tin/);
  });
});

describe("walk 23, adults: what the story says is not asked again, and words at a step are understood", () => {
  it("'Em là cô giáo dạy lớp 6' says who writes: the relation is not asked, and the summary says a teacher", async () => {
    const summary = await toSummary("Em là cô giáo dạy lớp 6. Có một em nam 11 tuổi trong lớp bị mấy bạn lớp trên chặn đường đánh, lấy tiền, em ấy sợ không dám đi học. Trường ở xã An Phú, Đắk Lắk.");
    expect(all(summary.replies)).toMatch(/người báo tin: thầy cô giáo/);
    expect(summary.w.seen.map((r) => r.text).join("\n")).not.toMatch(/Bạn là ai đối với trẻ/);
  });

  it("a posted intent to die ('mai là hết') with the child locked in now is a danger known from the story: the danger question is not asked", async () => {
    const w = reporter();
    const first = all(await w.send("con trai toi 15 tuoi, toi phat hien no rach tay nhieu vet, toi qua no dang len facebook 'khong muon song nua, mai la het'. toi so lam, gio no dang o trong phong khoa cua"));
    expect(first).toMatch(/115/);
    expect(first).not.toMatch(/đang gặp nguy hiểm ngay lúc này không\?/);
  });

  it("'sao phải hỏi cái này' is answered (why it is asked), and 'để sau' skips the question", async () => {
    const { w } = await atFirstQuestion("Chồng tôi với nhà nội bắt con gái tôi 15 tuổi lấy chồng vào cuối tháng này, nó không chịu, tôi nói không ai nghe.");
    await w.send({ choice: "no" });
    const why = all(await w.send("sao phải hỏi cái này"));
    expect(why).toMatch(/Mình hỏi để/);
    const later = all(await w.send("để sau"));
    expect(later).toMatch(/Đã bỏ qua/);
    expect(later).not.toMatch(/chưa nhận ra tên tỉnh/);
  });

  it("'ok send. will police contact me?' at the summary sends the report and answers the question", async () => {
    const summary = await toSummary("Hi, I teach English at a center in Long Xuyen, An Giang. One of my students, a 16 year old girl, told me a woman offered her a waitress job in China with 20 million a month, no papers needed, and she plans to go with her next week. Her parents don't know.");
    expect(all(summary.replies)).not.toMatch(/parents «her parents»/);
    const done = all(await summary.w.send("ok send. will police contact me?"));
    expect(done).toMatch(/code/i);
    expect(done).toMatch(/intake officer|refers it/);
  });
});

describe("walk 23: triage reads words in their place", () => {
  it("'không nguy hiểm lúc này' is no danger now, and the razor a child cuts herself with is no weapon", async () => {
    const { w } = await atFirstQuestion("Con gái tôi 14 tuổi, dạo này hay tự cắt tay bằng dao lam, tôi thấy mấy vết mới trên cổ tay. Nó nói chỉ để đỡ căng thẳng chứ không muốn chết. Nhà ở phường Tân Định, TP.HCM.");
    let replies = await w.send("không nguy hiểm lúc này. Nhưng cho tôi hỏi, sau khi báo thì điều gì xảy ra tiếp theo?");
    for (let i = 0; i < 8 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const ch = replies.at(-1)?.choices ?? [];
      replies = await w.send(ch.some((c) => c.id === "no") ? { choice: "no" } : ch.some((c) => c.id === "anonymous") ? { choice: "anonymous" } : ch.some((c) => c.id === "skip") ? { choice: "skip" } : "bỏ qua");
    }
    await w.send({ choice: "submit" });
    const t = triageDraft(stored(w.chatId)!.draft);
    expect(t.risk).toBe("high");
    expect(t.redFlags).not.toContain("weapon");
    expect(t.redFlags).not.toContain("violence_in_progress");
  });
});

describe("walk 24: nothing told is lost, and who writes is read right", () => {
  it("a disclosure typed at the contact question ('em ko co dt. chu ay so vao cho do cua em dau lam') is kept, and shown in the summary", async () => {
    const w = reporter();
    let replies = await w.send("bố em đánh em bằng dây, em 10 tuổi, em ở Pleiku");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
    for (let i = 0; i < 8 && !/liên lạc|số điện thoại/.test(replies.at(-1)?.text ?? ""); i++) {
      const ch = replies.at(-1)?.choices ?? [];
      replies = await w.send(ch.some((c) => c.id === "no") ? { choice: "no" } : ch.some((c) => c.id === "skip") ? { choice: "skip" } : "bỏ qua");
    }
    const after = all(await w.send("em ko co dt. chu ay so vao cho do cua em dau lam"));
    expect(after).toMatch(/so vao cho do cua em/);
  });

  it("a school nurse who quotes the child ('Em kể bố em ... đánh em') is a grown-up reporter, not the child", async () => {
    const w = reporter();
    const first = all(await w.send("Chào anh chị, tôi là nhân viên y tế của trường THCS Nghĩa Hà, tỉnh Quảng Ngãi. Sáng nay một em học sinh lớp 7 (nam, 12 tuổi) xuống phòng y tế vì đau lưng, có nhiều vết bầm. Em kể bố em uống rượu tối nào cũng đánh em bằng roi mây."));
    expect(first).not.toMatch(/Em không có lỗi|em có đang gặp nguy hiểm/);
  });

  it("a village elder with no phone who says where to find him is reachable, not anonymous", async () => {
    const { w } = await atFirstQuestion("tôi là già làng buôn Ko Tam xã Ea Tu tỉnh Đắk Lắk. nhà Y Bình có 2 đứa con nhỏ, đứa lớn 6 tuổi đứa nhỏ 2 tuổi, bố mẹ nó đi làm rẫy xa 4 ngày rồi chưa về, hết gạo, đứa nhỏ bị sốt.");
    let replies = await w.send({ choice: "yes" });
    for (let i = 0; i < 6 && !/liên lạc/.test(replies.at(-1)?.text ?? ""); i++) replies = await w.send({ choice: "skip" });
    const summary = all(await w.send("tôi không có điện thoại. cán bộ tới buôn Ko Tam hỏi già Ama Hlin là biết"));
    expect(summary).not.toMatch(/; ẩn danh/);
    expect(summary).toMatch(/Ama Hlin/);
  });

  it("'không phải ẩn danh. tên tôi ..., cán bộ tới hỏi là gặp' at the summary makes the report reachable", async () => {
    const summary = await toSummary("Nhà bên cạnh có 2 đứa nhỏ 4 và 6 tuổi bị bỏ ở nhà một mình 3 ngày nay, không thấy bố mẹ về. Ở xã Ea Tu, Đắk Lắk");
    expect(all(summary.replies)).toMatch(/ẩn danh/);
    const after = all(await summary.w.send("không phải ẩn danh. tên tôi Ama Hlin, ở buôn Ko Tam, cán bộ tới hỏi là gặp"));
    expect(after).not.toMatch(/; ẩn danh/);
    expect(after).toMatch(/liên lạc: tên tôi Ama Hlin/);
  });

  it("danger told at a later question ('ổng đang đánh nó ngay bây giờ đây') makes the danger now a yes", async () => {
    const { w } = await atFirstQuestion("Nhà bên cạnh nhà tôi ở xóm 4 xã Diễn Châu, Nghệ An, ông bố hay say rượu rồi đánh thằng con trai 7 tuổi, tuần mấy bận, tôi nghe tiếng nó khóc hoài.");
    await w.send({ choice: "no" });
    await w.send("ơ chết rồi, ổng đang đánh nó ngay bây giờ đây, nghe tiếng roi với tiếng nó la thét bên kia tường, nó kêu cứu");
    const summary = all(await w.send("0388909212"));
    expect(summary).toMatch(/nguy hiểm ngay lúc này: có/);
  });
});

describe("walk 24: a child's questions at the danger are answered", () => {
  it("'bao ra thi bo me em co bi bat ko?' at the offer is answered, in the child's words, before the offer", async () => {
    const w = reporter();
    await w.send("em 14 tuổi, bố mẹ em bắt em lấy chồng tháng sau, em không muốn");
    const got = all(await w.send("bao ra thi bo me em co bi bat ko?"));
    expect(got).toMatch(/Em không có lỗi|công an/);
    expect(got).toMatch(/Em có muốn/);
  });

  it("'chi chi em nen di dau?' from a child who means to leave tonight gets where is safe", async () => {
    const w = reporter();
    await w.send("em 14t, ba em say la danh em, toi nay em muon bo nha di");
    const got = all(await w.send("chi chi em nen di dau?"));
    expect(got).toMatch(/người lớn em tin|công an xã/);
    expect(got).toMatch(/đừng đi/i);
  });

  it("after the code, 'vay sang mai em co nen di ko?' after a lure is answered 'do not go'", async () => {
    const w = reporter();
    let replies = await w.send("em 15 tuoi o Bat Xat, Lao Cai. co 1 chi quen tren facebook hen sang mai don em qua Trung Quoc lam viec luong cao, bao em dung noi voi bo me");
    for (let i = 0; i < 8 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const ch = replies.at(-1)?.choices ?? [];
      replies = await w.send(ch.some((c) => c.id === "menu:report") ? { choice: "menu:report" } : ch.some((c) => c.id === "no") ? { choice: "no" } : ch.some((c) => c.id === "anonymous") ? { choice: "anonymous" } : { choice: "skip" });
    }
    await w.send({ choice: "submit" });
    const got = all(await w.send("vay sang mai em co nen di ko?"));
    expect(got).toMatch(/[Đđ]ừng đi/);
  });

  it.each([
    ["ảnh có đăng thiệt ko ạ?", "demand"], ["gui roi co ai bao cho me em ko a?", "parents"], ["will my mom get in trouble?", "arrest"],
    ["vay 4h chieu nay co ai goi em ko a?", "next"], ["giu lai la sao? co ai doc ko?", "privacy"],
  ])("«%s» is a question the bot answers (%s)", (asked, topic) => {
    expect(sideTopics(asked)).toContain(topic);
  });
});

describe("walk 24: a child who first told of 'a friend' and then says it is themself", () => {
  it.each(["thiet ra la em do… thay so vao nguc voi quan em", "thật ra đứa bị là em", "actually it's me"])("«%s» gets the advice for them, and the questions ask about them", async (said) => {
    const { w } = await atFirstQuestion("ban em 12 tuoi bi thay giao day them so vao nguoi, ban ay so lam");
    const got = all(await w.send(said));
    expect(got).toMatch(/không có lỗi|not your fault/);
    expect(got).not.toMatch(/bạn ấy có đang|your friend in danger/);
  });

  it("a grown-up's 'thật ra em bị chồng đánh' does not make the writer the child", async () => {
    const { w } = await atFirstQuestion("Tôi là hàng xóm, con bé nhà bên 8 tuổi bị bố dượng đánh hoài, ở Pleiku.");
    const got = all(await w.send("thật ra em bị chồng đánh nữa"));
    expect(got).not.toMatch(/Em không có lỗi/);
  });
});

describe("walk 24: emoji", () => {
  it("'✅' at the summary sends, and '👍👍' after the code is received, not the welcome menu", async () => {
    const summary = await toSummary("Nhà bên cạnh có 2 đứa nhỏ 4 và 6 tuổi bị bỏ ở nhà một mình 3 ngày nay, không thấy bố mẹ về. Ở xã Ea Tu, Đắk Lắk");
    const sent = all(await summary.w.send("✅"));
    expect(sent).toMatch(/Mã báo tin|mã/i);
    const thumbs = await summary.w.send("👍👍");
    expect(all(thumbs)).not.toMatch(/Bạn muốn làm gì/);
    expect(thumbs.at(-1)?.choices?.some((c) => c.id.startsWith("case:add:"))).toBe(true);
  });
});

describe("second reading of walks 23-24: what the day's changes must not misread", () => {
  it.each(["em nói thôi mà chú ấy vẫn sờ em", "em bảo thôi mà chú không nghe", "I want to stop him", "I told him to stop it but he doesnt stop", "em không dám nói nữa vì chú dọa", "dạ đúng"])(
    "«%s» in a report is no stop", async (said) => {
      const { w } = await atFirstQuestion("em 12 tuổi, chú em hay sờ vào người em khi bố mẹ đi làm, em ở Pleiku");
      await w.send({ choice: "no" });
      expect(all(await w.send(said))).not.toMatch(/Đã dừng|Stopped/);
    });

  it.each([
    "em 13 tuổi, bố dượng hay sờ vào người em, em gái em 8 tuổi thì bị đánh",
    "im 12, my stepdad comes into my room at night and touches my private parts, my little brother is scared too",
  ])("a child harmed themself is no sibling reporting: «%s»", async (story) => {
    const { replies } = await atFirstQuestion(story);
    expect(all(replies)).not.toMatch(/em gái em có đang|your brother|your sister/);
  });

  it.each(["tôi không muốn ai tìm tôi", "đừng tới nhà hỏi tôi, ổng biết là chết", "tôi không muốn gặp công an đâu"])("«%s» at the contact question is no contact", async (said) => {
    const { w } = await atFirstQuestion("Chú hàng xóm tên Tư hay đánh bé Na 8 tuổi ở xã An Phước, tỉnh Gia Lai, bé bị bầm tím khắp người, tôi là hàng xóm");
    let replies = await w.send({ choice: "no" });
    for (let i = 0; i < 5 && !/liên lạc/.test(replies.at(-1)?.text ?? ""); i++) replies = await w.send({ choice: "skip" });
    expect(all(await w.send(said))).not.toMatch(/đồng ý được liên lạc/);
  });

  it.each(["không, ẩn danh nhé", "không ẩn danh được à?"])("«%s» at the summary keeps the report anonymous", async (said) => {
    const summary = await toSummary("Chú hàng xóm tên Tư hay đánh bé Na 8 tuổi ở xã An Phước, tỉnh Gia Lai, bé bị bầm tím khắp người, tôi là hàng xóm");
    expect(all(await summary.w.send(said))).not.toMatch(/đồng ý được liên lạc/);
  });

  it("a death threat told with a question about telling keeps its alarm", async () => {
    const w = reporter();
    const got = await w.send("bố dọa giết em, nếu em kể thì em có bị đánh không");
    expect(got.some((r) => r.urgent) || /113/.test(all(got))).toBe(true);
  });

  it("a stranger online who wants to take a child away is no question about being taken into care", () => {
    expect(sideTopics("chú lạ quen trên mạng đòi đưa em đi xa nhà, có sao không ạ")).not.toContain("takenAway");
    expect(sideTopics("người lạ muốn đưa em đi khỏi nhà với mẹ không")).not.toContain("takenAway");
    expect(sideTopics("mình có bị bắt đi không? mình không muốn xa mẹ")).toContain("takenAway");
  });

  it.each(["à mà bé ở với bà ngoại", "à mà chú Tư hàng xóm cũng thấy", "ah ma, bé đang ở với mẹ kế"])("a remark with a filler at the summary keeps the father: «%s»", async (said) => {
    const summary = await toSummary("Ba của bé Lan 10 tuổi ở xã An Phước, tỉnh Gia Lai hay đánh bé bầm tím, tôi là hàng xóm");
    expect(all(summary.replies)).toMatch(/người gây hại: bố/);
    expect(all(await summary.w.send(said))).toMatch(/người gây hại: bố/);
  });

  it("'hiện giờ bé đang ở trường, an toàn, hôm qua ổng đánh nó gãy tay' after a no keeps the no", async () => {
    const { w } = await atFirstQuestion("Ba của bé Lan 10 tuổi ở xã An Phước, tỉnh Gia Lai hay đánh bé bầm tím");
    await w.send({ choice: "no" });
    let replies = await w.send("hiện giờ bé đang ở trường, an toàn, hôm qua ổng đánh nó gãy tay");
    for (let i = 0; i < 6 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const ch = replies.at(-1)?.choices ?? [];
      replies = await w.send(ch.some((c) => c.id === "anonymous") ? { choice: "anonymous" } : { choice: "skip" });
    }
    expect(all(replies)).toMatch(/nguy hiểm ngay lúc này: không/);
  });

  it("'thật ra bạn em bị nhiều lần rồi' keeps the friend as the child", async () => {
    const { w } = await atFirstQuestion("bạn em 13 tuổi bị bố dượng đánh bầm tím");
    await w.send({ choice: "no" });
    expect(all(await w.send("thật ra bạn em bị nhiều lần rồi"))).not.toMatch(/Em đang ở tỉnh/);
  });

  it("'em là hàng xóm của nó' from a child of 12 keeps the child's words; 'tôi nên đi đâu để trình báo' is no runaway", async () => {
    const { w } = await atFirstQuestion("em 12 tuổi, bạn em bị bố đánh");
    await w.send({ choice: "no" });
    expect(all(await w.send("em là hàng xóm của nó"))).not.toMatch(/Cảm ơn, tôi đã ghi/);
    expect(sideTopics("tôi nên đi đâu để trình báo trực tiếp?")).not.toContain("whereToGo");
    expect(sideTopics("bé nên ở đâu trong lúc chờ cán bộ?")).not.toContain("whereToGo");
  });
});

describe("walk 24: a denial is never read as who harms", () => {
  const STORY = "I volunteer with an NGO in Hue. A boy, Minh, 16, lives with his grandmother in Phu Vang. His stepfather beats him with a belt when he visits on weekends.";
  it("'his grandmother is NOT hurting him' keeps the stepfather", async () => {
    const summary = await toSummary(STORY);
    expect(all(await summary.w.send("his grandmother is NOT hurting him"))).toMatch(/causing harm: stepfather/);
  });
  it("'nobody is hurting him' clears who harms (never 'the summary already says so')", async () => {
    const summary = await toSummary(STORY);
    const after = all(await summary.w.send("nobody is hurting him"));
    expect(after).not.toMatch(/causing harm: stepfather|already says so/);
  });
});

describe("walk 24: a no to the danger question in everyday words", () => {
  it.each(["not rn, ông ấy đi làm rồi", "Bây giờ bé ở với chúng tôi, an toàn", "Còn nguy hiểm thì không", "Bây giờ em ấy đang ngồi ở phòng y tế với tôi nên tạm an toàn, nhưng chiều nay em phải về nhà với bố"])("«%s» is a no, not asked again", (said) => {
    expect(saysNoDanger(said)).toBe(true);
  });
  it.each(["bây giờ bé không an toàn", "giờ nó đang bị đánh, không an toàn chút nào", "bây giờ chưa an toàn"])("«%s» is no 'safe now'", (said) => {
    expect(saysNoDanger(said)).toBe(false);
  });
});
