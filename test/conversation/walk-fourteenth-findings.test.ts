/**
 * Findings of the fourteenth round (4 December) and of the open list of the last note: a child
 * who asks whether she will be punished for the pictures she sent is told she is not at fault (it
 * was answered as a question about photos, or not at all). Sentences written for this test, and
 * ones where the old answer must stay.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness, untilSummary } from "./real-core-harness.ts";
import { sideTopics } from "../../src/intake/report-flow/side-questions.ts";

const { reporter } = realCoreHarness("w14");

describe("a child who fears punishment for what was done to her is told she is not at fault", () => {
  it.each([
    "e co bi bat ko vi e gui hinh do",
    "nếu em kể ra thì em có bị công an phạt vì đã gửi ảnh cho anh ta không?",
    "minh co bi duoi hoc ko vi lo gui clip cho no",
    "am I going to be in trouble because I sent him pictures?",
    "có phải lỗi của em không ạ",
    "is it my fault?",
    "con có vi phạm pháp luật không vì con đã gửi video cho người đó",
  ])("%s", (q) => {
    const topics = sideTopics(q);
    expect(topics).toContain("selfBlame");
    expect(topics).not.toContain("photos");
  });

  it.each([
    ["ông ấy có bị bắt không ạ", "arrest"],
    ["có cần gửi ảnh vết bầm không", "photos"],
  ])("other questions keep their answer: %s", (q, topic) => {
    expect(sideTopics(q)).toContain(topic);
    expect(sideTopics(q)).not.toContain("selfBlame");
  });

  it("asked in the middle of a child's report, it is answered and the step asked again", async () => {
    const r = reporter();
    await r.send("em 14 tuoi, co nguoi tren mang doa tung anh nong cua em neu em ko gui them, em o Buon Ma Thuot");
    const afterOffer = await r.send({ choice: "menu:report" });
    const asked = afterOffer.at(-1)?.text ?? "";
    const replies = await r.send("e co bi cong an bat ko vi e da gui hinh cho no");
    const text = all(replies);
    expect(text).toMatch(/không có lỗi/);
    expect(text).toMatch(/người bị hại|nạn nhân/);
    expect(text).not.toMatch(/không cần gửi ảnh/i);
    expect(replies.at(-1)?.text).toBe(asked);
  });
});

describe("a story that tells of being made to send pictures is not a question about fault", () => {
  it.each([
    "em bị anh ta bắt gửi ảnh vì anh ta dọa gửi ảnh cho bố mẹ em",
    "con bé bị nó bắt chụp hình do nó dọa đăng lên mạng",
  ])("%s", (story) => {
    expect(sideTopics(story)).not.toContain("selfBlame");
  });
});

const DANGER_Q = /nguy hiểm ngay lúc này không\?|in danger right now\?/;
const CONTACT_Q = /liên lạc với bạn|How can officers reach you/;

/** Skips (with the "no", "unknown", "skip" buttons) until the question asked matches `re`. */
async function until(r: ReturnType<typeof reporter>, replies: Awaited<ReturnType<ReturnType<typeof reporter>["send"]>>, re: RegExp) {
  let last = replies;
  for (let i = 0; i < 10 && !re.test(last.at(-1)?.text ?? ""); i++) {
    const pick = last.at(-1)?.choices?.find((c) => /^(menu:report|no|unknown|skip)$/.test(c.id));
    last = await r.send(pick ? { choice: pick.id } : "bỏ qua");
  }
  expect(last.at(-1)?.text).toMatch(re);
  return last;
}

describe("a danger answer with a side question in the same message: both are taken", () => {
  it.each([
    ["Chị muốn báo chuyện thằng con chị 8 tuổi ở phường Phú Xuân, Huế. Cuối tuần nào qua nhà ba nó là bị ba nó chửi là đồ con hoang, dọa đuổi ra đường.", "Không, giờ nó đang ở nhà với chị. Mà báo rồi thì sao nữa em, có phải ra tòa không?", /làm chứng/],
    ["Tui nghi ông dượng của chồng tui sờ mó con gái tui 7 tuổi hồi tháng trước, ở Gò Dầu Tây Ninh", "Bữa nay thì hổng, mà cuối tuần này tui có nên dẫn nó qua bển hông chị?", /báo tin|đúng/],
    ["Bé trai 9 tuổi nhà đối diện bị mẹ kế bỏ đói, gầy lắm, ở xã Ea Kao Đắk Lắk", "Dạ không ạ, bé đang ở trường. Mà tôi có phải ký giấy tờ gì không?", /.+/],
    ["hang xom toi co thang be 10 tuoi bi ba no danh bam lung hoai, o Pleiku", "hong co, no dang o nha ba ngoai. ma ai se toi kiem tra vay?", /kiểm tra|đến gặp|xem xét/],
    ["My neighbour's daughter, 11, is often slapped by her stepmother, we live in Hue.", "No, she's at school now. Will the police come to the house?", /police may visit|visit/],
  ])("%s / %s", async (story, answer, said) => {
    const r = reporter();
    await r.send(story);
    await until(r, await r.send({ choice: "menu:report" }), DANGER_Q);
    const replies = await r.send(answer);
    expect(all(replies)).toMatch(said);
    // The danger question is not asked again: the "no" was read.
    expect(replies.at(-1)?.text ?? "").not.toMatch(DANGER_Q);
  });
});

describe("a message that only says it reports, about whom, asks for the story (no 'I kept your story')", () => {
  it.each([
    "toi muon bao tin ve chau gai toi",
    "Tôi muốn báo tin về đứa bé nhà hàng xóm",
    "em muốn báo về bạn em ạ",
    "I want to report about my neighbour's kid",
  ])("%s", async (first) => {
    const r = reporter();
    const text = all(await r.send(first));
    expect(text).not.toMatch(/ghi lại câu chuyện|kept your story/i);
    expect(text).toMatch(/kể bằng lời của mình|in your own words/i);
  });

  it("a story after 'báo tin về' is still the story", async () => {
    const r = reporter();
    expect(all(await r.send("Tôi muốn báo tin về cháu gái tôi bị bố dượng đánh bầm tay, ở Gia Lai"))).toMatch(/ghi lại câu chuyện/);
  });
});

describe("a question typed at the contact step is answered and never stored as the contact", () => {
  const STORY = "Thằng cháu tôi 15 tuổi bị người ta đưa vô Tây Ninh làm rẫy, bị bỏng tay, nghỉ học 3 tháng nay. Tôi ở Pleiku.";
  it.each([
    ["Mà báo xong thì ai đi đón thằng nhỏ về, tôi có phải tự vô Tây Ninh không?", /không bắt buộc phải tự|Sau khi gửi/],
    ["bố mẹ em ấy chính là người hay chửi em, tôi báo cho họ có sao không?", /.+/],
    ["số của tôi thì cán bộ có đưa cho ai không?", /giữ bí mật/],
  ])("%s", async (q, answer) => {
    const { reporter: rep, stored } = realCoreHarness("w14c");
    const r = rep();
    await r.send(STORY);
    await until(r, await r.send({ choice: "menu:report" }), CONTACT_Q);
    const replies = await r.send(q);
    // Answered as a grown-up (the adult who reports is not taken for a child), then the contact asked again.
    expect(all(replies)).toMatch(answer);
    expect(all(replies)).not.toMatch(/Cô chú|của em\b/);
    expect(replies.at(-1)?.text).toMatch(CONTACT_Q);
    await r.send({ choice: "anonymous" });
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)?.draft.contact ?? null).toBeNull();
  });

  it("a contact given with a question: the contact is what gives it, and the question is answered", async () => {
    const { reporter: rep, stored } = realCoreHarness("w14d");
    const r = rep();
    await r.send(STORY);
    await until(r, await r.send({ choice: "menu:report" }), CONTACT_Q);
    const replies = await r.send("0977 222 888, tên Hùng. Mà báo xong thì ai đi đón thằng nhỏ về, tôi có phải tự vô Tây Ninh không?");
    expect(all(replies)).toMatch(/không bắt buộc phải tự|Sau khi gửi/);
    for (let i = 0; i < 4 && !/TÓM TẮT/.test(all(replies)); i++) replies.splice(0, replies.length, ...(await r.send({ choice: "yes" })));
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)?.draft.contact).toBe("0977 222 888, tên Hùng.");
  });
});

describe("side questions of the fourteenth walk get the answer they ask for", () => {
  it.each([
    ["cô chú có nói vs cô giáo e ko ạ?", "privacy"],
    ["bot co noi vs co giao e k?", "privacy"],
    ["gửi rồi thì cô giáo em có biết không ạ", "privacy"],
    ["chú có kể với thầy chủ nhiệm là con báo không ạ?", "privacy"],
    ["Báo xong thì sẽ thế nào ạ?", "next"],
    ["báo rồi thì sao nữa em?", "next"],
    ["Có ai xuống làm việc với bố cháu không?", "visit"],
    ["Bà phải làm răng đây con?", "act"],
    ["giờ tui phải làm chi đây?", "act"],
    ["Rứa em có được giữ cháu lại trạm không, hay phải để mạ nó đem về?", "act"],
    ["tôi có được giữ con bé ở nhà tôi tối nay không?", "act"],
  ])("%s -> %s", (q, topic) => {
    expect(sideTopics(q)).toContain(topic);
  });

  it("a question that names a person does not make that person the one who harms", async () => {
    const { reporter: rep, stored } = realCoreHarness("w14e");
    const r = rep();
    await r.send("e 12t, may anh lop 9 hay chan duong doi tien e, ko dua la bi danh, e o Buon Don");
    let replies = await r.send({ choice: "menu:report" });
    replies = await r.send("cô chú có nói vs cô giáo e ko ạ?");
    expect(all(replies)).toMatch(/bí mật|giữ kín/);
    replies = await untilSummary(r, replies);
    expect(all(replies)).not.toMatch(/thầy cô|cô giáo»/);
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)?.draft.harmer).not.toBe("teacher");
  });
});

describe("whom a report is about, said before the story, is kept", () => {
  it("'tôi muốn báo tin về cháu gái tôi' then the story: the child is a girl, and the story is the story", async () => {
    const { reporter: rep, stored } = realCoreHarness("w14f");
    const r = rep();
    await r.send("toi muon bao tin ve chau gai toi");
    const replies = await r.send("chau 6 tuoi o xa Krong Pa, Gia Lai, may tuan nay so khong dam ve nha, di tieu bi dau, toi nghi ban trai cua me chau lam gi chau");
    await untilSummary(r, replies);
    await r.send({ choice: "submit" });
    const draft = stored(r.chatId)?.draft;
    expect(draft?.childSex).toBe("female");
    expect(draft?.narrative).toMatch(/di tieu bi dau/);
  });
});

describe("a correction of several facts at the summary changes each of them", () => {
  async function summaryThenCorrect(story: string, correction: string) {
    const { reporter: rep, stored } = realCoreHarness("w14g");
    const r = rep();
    await r.send(story);
    const replies = await r.send({ choice: "menu:report" });
    await untilSummary(r, replies);
    await r.send({ choice: "edit" });
    const after = all(await r.send(correction));
    await r.send({ choice: "submit" });
    return { after, draft: stored(r.chatId)!.draft };
  }

  it("sex, the one who harms and when, in three sentences", async () => {
    const { after, draft } = await summaryThenCorrect(
      "Từ hồi thằng con trai bà cưới vợ mới, mẹ kế hắn hay đánh con Bống 9 tuổi bằng móc áo, ở phường Kim Long, Huế. Cha hắn thì im re.",
      "con Bống là con gái chơ không phải con trai. Người đánh là mẹ kế hắn, không phải cha hắn. Lần gần nhất là hôm qua.",
    );
    expect(after).toMatch(/Đã sửa/);
    expect(draft.childSex).toBe("female");
    expect(draft.harmer).toBe("stepmother");
    expect(draft.when ?? "").toMatch(/hôm qua|recent|today/);
  });

  it("age, sex and the one who harms", async () => {
    const { draft } = await summaryThenCorrect("Thằng bé nhà bên 9 tuổi bị ba nó đánh hoài, ở Pleiku", "Tôi nhầm: bé 13 tuổi. Bé là con gái. Người đánh là mẹ kế nó.");
    expect(draft.childAgeBand).toBe("12_15");
    expect(draft.childSex).toBe("female");
    expect(draft.harmer).toBe("stepmother");
  });

  it("the province and the age", async () => {
    const { draft } = await summaryThenCorrect("Con bé 9 tuổi nhà hàng xóm ở Pleiku, Gia Lai bị cha dượng đánh bầm tay", "sai rồi. ở xã Ea Kao, Đắk Lắk chứ không phải Gia Lai. cháu 13 tuổi.");
    expect(draft.provinceId).toBe("dak-lak");
    expect(draft.childAgeBand).toBe("12_15");
  });
});

describe("a place not known, with words about where, keeps the words", () => {
  it.each(["not sure, somewhere near Dong Ba market", "không rõ xã nào, gần chợ Đông Ba đó", "ko bik nua, cho nha tho Phu Cam"])("%s", async (said) => {
    const { reporter: rep, stored } = realCoreHarness("w14h");
    const r = rep();
    await r.send("Con bé hàng xóm 9 tuổi bị cha dượng đánh bầm lưng hoài, ở Huế");
    let replies = await until(r, await r.send({ choice: "menu:report" }), /xã, phường|commune, ward/);
    replies = await r.send(said);
    expect(all(replies)).not.toMatch(/^Đã bỏ qua|^Skipped/);
    replies = await untilSummary(r, replies);
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)?.draft.extraNotes.join(" ")).toContain(said);
  });

  it("a bare 'không rõ' is still a skip", async () => {
    const r = reporter();
    await r.send("Con bé hàng xóm 9 tuổi bị cha dượng đánh bầm lưng hoài, ở Huế");
    await until(r, await r.send({ choice: "menu:report" }), /xã, phường/);
    expect(all(await r.send("không rõ"))).toMatch(/Đã bỏ qua/);
  });
});

describe("a child told to pay or send more pictures gets the advice for that first", () => {
  it.each([
    "e 16t nam, co thang tren mang doa tung clip nong cua e neu ko chuyen 2 trieu truoc 10h toi nay",
    "em 14 tuổi, có người trên facebook đòi em gửi thêm ảnh, không thì nó gửi ảnh cũ cho cả lớp",
    "I'm 15 and a guy says he'll post my pics tomorrow unless I pay him 100 dollars",
  ])("%s", async (story) => {
    const r = reporter();
    let replies = await r.send(story);
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = [...replies, ...(await r.send({ choice: "menu:report" }))];
    const text = all(replies);
    expect(text).toMatch(/đừng trả tiền|Do not pay/i);
    expect(text).toMatch(/chụp màn hình|screenshots/i);
  });

  it("a story with no demand does not get it", async () => {
    const r = reporter();
    let replies = await r.send("em 13 tuổi, bạn cùng lớp đăng ảnh chế của em lên nhóm lớp, em buồn lắm");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = [...replies, ...(await r.send({ choice: "menu:report" }))];
    expect(all(replies)).not.toMatch(/đừng trả tiền/i);
  });
});

describe("at the report offer: a yes with a question starts the report and answers the question", () => {
  it.each([
    ["My cousin, 14, was beaten by 5 classmates after school and they posted the video on TikTok.", "yes please. also how do we get the video taken down??", /Report|report/],
    ["Con gái tôi 13 tuổi bị bạn trong lớp quay clip đánh rồi đăng lên Facebook.", "có, mà làm sao để gỡ cái clip đó xuống vậy?", /gỡ|Báo cáo/],
  ])("%s / %s", async (story, answer, said) => {
    const r = reporter();
    await r.send(story);
    const replies = await r.send(answer);
    const text = all(replies);
    expect(text).toMatch(said);
    expect(text).not.toMatch(/Bạn có muốn báo tin không\?|Do you want to report it\?/);
    expect(text).toMatch(/nguy hiểm ngay lúc này không\?|in danger right now\?/);
  });

  it("a question about what to do and whom to tell, at the offer, is answered", async () => {
    const r = reporter();
    await r.send("nam ngoai thang be nha ben canh 7 tuoi bi bo o nha mot minh ca tuan, gio on roi");
    const text = all(await r.send("vay gio toi co can bao cho ai ko, thu tuc the nao?"));
    expect(text).toMatch(/Báo tin ở đây|mã báo tin|111/);
    expect(text).not.toMatch(/^Bạn có muốn báo tin không\?$/);
  });
});

describe("danger answers in the words of the fourteenth walk", () => {
  it.each([
    ["Giờ cháu còn ở trạm, chiều ni về nhà là không biết răng", "unknown"],
    ["toi nay chac ko sao, co di vang roi", "no"],
    ["hiện bé vẫn còn ở bệnh viện với tôi", "no"],
  ])("%s -> %s", async (answer, expected) => {
    const { reporter: rep, intake } = realCoreHarness("w14i");
    const r = rep();
    await r.send("Bé trai 8 tháng tuổi bị bỏng nước sôi, lưng có nhiều vết bầm cũ, mẹ nói tự té, ở phường Thuận Hóa, Huế");
    await until(r, await r.send({ choice: "menu:report" }), DANGER_Q);
    const replies = await r.send(answer);
    expect(replies.at(-1)?.text ?? "").not.toMatch(DANGER_Q);
    const draft = [...intake.drafts.values()].find((d) => d.chatId === r.chatId);
    expect(draft?.dangerNow).toBe(expected);
  });
});

describe("111 asked about from abroad", () => {
  it.each(["Can I call 111 from the US?", "tôi đang ở nước ngoài thì gọi 111 được không?"])("%s", (q) => {
    expect(sideTopics(q)).toContain("abroad");
  });
});

describe("the reviewer's edges for the conversation", () => {
  it("a number in a sentence that asks is still the contact, and the rest is kept", async () => {
    const { reporter: rep, stored } = realCoreHarness("w14r1");
    for (const [said, number, also] of [
      ["Gọi số này được không 0905111222? Zalo cũng số đó.", "0905111222", "Zalo"],
      ["0905111222 (chị Hoa). Gọi giờ nào thì được? Tối tôi mới nghe máy được.", "0905111222", "Tối tôi mới nghe máy"],
    ]) {
      const r = rep();
      await r.send("Thằng cháu tôi 15 tuổi bị người ta đưa vô Tây Ninh làm rẫy, bị bỏng tay, nghỉ học 3 tháng nay. Tôi ở Pleiku.");
      let replies = await until(r, await r.send({ choice: "menu:report" }), CONTACT_Q);
      replies = await r.send(said!);
      for (let i = 0; i < 4 && !/TÓM TẮT/.test(all(replies)); i++) replies = await r.send({ choice: "yes" });
      await r.send({ choice: "submit" });
      const d = stored(r.chatId)!.draft;
      expect(d.contact).toContain(number);
      expect(`${d.contact} ${d.extraNotes.join(" ")}`).toContain(also);
    }
  });

  it.each([
    ["Không. Nhưng ổng vừa nhắn sẽ giết nó, có cần báo công an không?", ["yes", "unknown", null]],
    ["No. Not tonight I think. But he comes back tomorrow, should I call the police?", ["unknown", "yes"]],
  ])("a no that tells of a danger or a later one is not a plain no: %s", async (said, allowed) => {
    const { reporter: rep, intake } = realCoreHarness("w14r2");
    const r = rep();
    await r.send("Con bé 9 tuổi nhà bên bị ông dượng đánh bầm tay, ở Pleiku");
    await until(r, await r.send({ choice: "menu:report" }), DANGER_Q);
    await r.send(said);
    const draft = [...intake.drafts.values()].find((d) => d.chatId === r.chatId);
    expect(allowed).toContain(draft?.dangerNow ?? null);
  });

  it("a no with a question the bot cannot answer: the no is read and the question is not met with silence", async () => {
    const r = reporter();
    await r.send("Con bé 9 tuổi nhà bên bị ông dượng đánh bầm tay, ở Pleiku");
    await until(r, await r.send({ choice: "menu:report" }), DANGER_Q);
    const replies = await r.send("Không, bé đang ở với tôi, nhưng ổng biết nhà tôi, ổng có qua đây kiếm nó không?");
    expect(replies.length).toBeGreaterThan(1);
    expect(all(replies)).toMatch(/ghi|111/);
  });

  it.each(["Tôi muốn báo tin: bé ở nhà một mình", "Tôi muốn báo tin họ bán con tôi", "toi muon bao tin con be nha ben o mot minh"])("a short real story keeps its story: %s", async (first) => {
    const r = reporter();
    expect(all(await r.send(first))).toMatch(/ghi lại câu chuyện/);
  });

  it("two ages of two children in a correction are not one overwriting the other", async () => {
    const { reporter: rep, stored } = realCoreHarness("w14r3");
    const r = rep();
    await r.send("Thằng bé nhà bên 9 tuổi bị ba nó đánh hoài, ở Pleiku");
    const replies = await r.send({ choice: "menu:report" });
    await untilSummary(r, replies);
    await r.send({ choice: "edit" });
    await r.send("Bé 11 tuổi. Em nó 5 tuổi cũng bị đánh.");
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)!.draft.children).toBe(2);
  });

  it.each([
    "Xin chào admin, cháu 12 tuổi nhà em gái tôi bị dượng sờ mó, ở Pleiku",
    "Chào chị, con 13t bị bạn cùng lớp bắt nạt, tôi phải làm sao",
  ])("a grown-up who greets and names a child's age is not a child: %s", async (first) => {
    const r = reporter();
    expect(all(await r.send(first))).not.toMatch(/Em không có lỗi/);
  });
});

describe("a grown-up who reports a pupil's or child's self-harm is not answered as if it were their own", () => {
  it.each([
    "Chào anh chị, tôi là cô giáo chủ nhiệm lớp 8 ở Tây Ninh. Hôm nay tôi phát hiện một em học sinh nữ 14 tuổi có nhiều vết cắt mới trên cổ tay, trong vở em viết \"em muốn chết, tối nay em sẽ đi\".",
    "Tôi là hàng xóm, thằng bé 15 tuổi nhà bên nhắn cho con tôi là em muốn tự tử, em không muốn sống nữa.",
  ])("%s", async (first) => {
    const r = reporter();
    const text = all(await r.send(first));
    expect(text).not.toMatch(/Nếu bạn đang nghĩ tới việc làm đau mình/);
    expect(text).toMatch(/113|115|111/);
  });

  it("a child's own wish to die is still answered as theirs", async () => {
    const r = reporter();
    expect(all(await r.send("em 14 tuổi, em mệt lắm, em không muốn sống nữa"))).toMatch(/không phải chịu|một mình|111/);
  });
});

/** Tells the story, skips to the summary, sends the correction, submits: what the bot said and the draft stored. */
async function correctAtSummary(story: string, ...corrections: string[]) {
  const { reporter: rep, stored } = realCoreHarness("w15");
  const r = rep();
  const first = await r.send(story);
  const replies = first.at(-1)?.choices?.some((c) => c.id === "menu:report") ? await r.send({ choice: "menu:report" }) : first;
  await untilSummary(r, replies);
  let after = "";
  for (const c of corrections) {
    await r.send({ choice: "edit" });
    after = all(await r.send(c));
  }
  await r.send({ choice: "submit" });
  return { after, draft: stored(r.chatId)!.draft };
}

describe("fifteenth walk: corrections of who harms in the reporter's own words", () => {
  it.each([
    ["e 13t, o Pleiku. ba duong e hay vo phong e ban dem so mo e, me e di lam ca dem", "ko phai me e, la ba duong e (chong cua me) a. me e ko lam gi e het", "stepfather"],
    ["Bé Lan 12 tuổi nhà hàng xóm bị mẹ la mắng suốt ngày, có hôm nhốt ngoài cửa cả đêm, ở Buôn Ma Thuột", "Người la mắng là mẹ bé (tức chị gái của tôi)", "mother"],
    ["nha ben canh chui boi con be 8 tuoi suot ngay, o phuong Thuy Xuan Hue", "sai, nguoi chui la me con be chu ko phai hang xom, toi moi la hang xom", "mother"],
  ])("%s / %s", async (story, correction, harmer) => {
    const { draft } = await correctAtSummary(story, correction);
    expect(draft.harmer).toBe(harmer);
  });

  it.each([
    ["ban e ten Khoa 14t o Krong Buk, no dang story muon chet, tay co vet cat, toi nay no noi se uong thuoc", "ko co ai lam hai Khoa, me Khoa ko lam gi, Khoa tu lam dau minh"],
    ["em 14 tuổi ở Pleiku, em hay cắt tay, mẹ em hay chửi em", "mẹ em không làm gì em, em tự làm đau mình thôi, không có ai làm hại em"],
  ])("no one harms (self-harm): the harmer named before is taken away: %s", async (story, correction) => {
    const { draft } = await correctAtSummary(story, correction);
    expect(["self", null, undefined]).toContain(draft.harmer);
  });
});

describe("fifteenth walk: a yes or no with a question at other steps", () => {
  it("consent: 'có, nhắn tin được. mà chị tôi có biết tôi báo không?' is a yes, and the question answered", async () => {
    const { reporter: rep, stored } = realCoreHarness("w15b");
    const r = rep();
    await r.send("Cháu gái tôi 12 tuổi ở Buôn Ma Thuột bị mẹ nó la mắng, nhốt ngoài cửa cả đêm hôm qua");
    let replies = await until(r, await r.send({ choice: "menu:report" }), CONTACT_Q);
    // Walk 25: messages only, said with the number, is the yes (not asked again); the question after it is still answered.
    replies = await r.send("zalo 0905333444, chỉ nhắn tin thôi");
    expect(replies.at(-1)?.text).not.toMatch(/^Bạn có đồng ý/);
    replies = await r.send("mà chị tôi có biết tôi báo không?");
    expect(all(replies)).toMatch(/bí mật|không nói/);
    expect(replies.at(-1)?.text ?? "").not.toMatch(/^Bạn có đồng ý/);
    await untilSummary(r, replies);
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)?.draft.consentToContact).toBe(true);
  });

  it("'có phải khai tên thật không' is a question about privacy", () => {
    expect(sideTopics("Không, cháu ổn rồi. Mà tôi có phải khai tên thật không?")).toContain("privacy");
  });
});

describe("fifteenth walk: places written short", () => {
  it.each([["p dien hong", "phường"], ["x ea kao", "xã"], ["tt phuoc an", "thị trấn"]])("the commune answer %s keeps its level", async (said, level) => {
    const { reporter: rep, stored } = realCoreHarness("w15c");
    const r = rep();
    await r.send("Con bé hàng xóm 9 tuổi bị cha dượng đánh bầm lưng hoài, ở Gia Lai");
    let replies = await until(r, await r.send({ choice: "menu:report" }), /xã, phường/);
    replies = await r.send(said);
    await untilSummary(r, replies);
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)?.draft.commune).toMatch(new RegExp(`^${level} `));
  });

  it("'BMT' is Buôn Ma Thuột, in Đắk Lắk", async () => {
    const { reporter: rep, stored } = realCoreHarness("w15d");
    const r = rep();
    await r.send("thang be 10 tuoi nha ben bi ba no danh bam tay hoai, o BMT");
    const replies = await r.send({ choice: "menu:report" });
    await untilSummary(r, replies);
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)?.draft.provinceId).toBe("dak-lak");
  });

  it("'Do they speak English if I call 113?' is answered about language", () => {
    expect(sideTopics("Do they speak English if I call 113?")).toContain("language");
  });
});

describe("sixteenth walk: short answers and chatter are never sent to the plans", () => {
  it.each(["uk", "ukm", "oki", "ừa", "ờ", "dạ", "uh huh", "okela"])("'%s' at the report offer starts the report", async (yes) => {
    const r = reporter();
    await r.send("me e hay chui e la do an hai, xe vo cua e, e 12t o Quy Nhon");
    const text = all(await r.send(yes));
    expect(text).not.toMatch(/kế hoạch trong kho|Kho kiến thức/);
    expect(text).toMatch(/nguy hiểm|kể bằng lời|ghi lại/);
  });

  it.each(["ok vậy tôi báo luôn", "thôi báo đi", "ok báo giúp tôi"])("'%s' after an answer starts the report with the story told before", async (said) => {
    const r = reporter();
    await r.send("Có một người chơi game hay cho thằng con tôi 13 tuổi thẻ nạp, bảo nó giữ bí mật, đòi gọi video lúc nửa đêm, ở Đắk Lắk");
    await r.send({ choice: "menu:ask" });
    const text = all(await r.send(said));
    expect(text).not.toMatch(/kế hoạch trong kho|Kho kiến thức/);
    expect(text).toMatch(/nguy hiểm|ghi lại/);
  });

  it.each(["e chào anh chị", "hello, do you speak english?", "chào cô ạ", "có ai ở đó không"])("'%s' gets the menu, not a plan answer", async (said) => {
    const r = reporter();
    const text = all(await r.send(said));
    expect(text).not.toMatch(/kế hoạch trong kho|Kho kiến thức|plans in the knowledge base/i);
  });
});

describe("second reviewer's edges (fourteenth and fifteenth walks)", () => {
  it.each([
    "Tôi là người thừa trong cái nhà này, tôi muốn chết",
    "minh la nguoi vo dung, minh khong muon song nua",
    "sáng nay em dậy không muốn đi học nữa, em muốn chết",
    "I'm a 15 year old girl and I want to kill myself",
    "tôi là mẹ đơn thân, tôi mệt quá, tôi muốn chết",
  ])("the writer's own wish to die is answered as theirs: %s", async (first) => {
    const r = reporter();
    expect(all(await r.send(first))).toMatch(/không phải chịu|không phải một mình|not alone|dao, thuốc|knives|pills|để xa/i);
  });

  it.each(["bạn mẹ em hay qua nhà sờ ngực em, em 13 tuổi", "ban me e hay qua nha so nguc e, e 13t, nha e o Pleiku"])("'bạn mẹ' is a person, not Ban Mê Thuột: %s", async (first) => {
    const { reporter: rep, stored } = realCoreHarness("w16a");
    const r = rep();
    const replies = await r.send(first);
    await untilSummary(r, replies.at(-1)?.choices?.some((c) => c.id === "menu:report") ? await r.send({ choice: "menu:report" }) : replies);
    await r.send({ choice: "submit" });
    expect(stored(r.chatId)?.draft.provinceId ?? null).not.toBe("dak-lak");
  });

  it("a yes with a question at the offer keeps what it tells, and a danger in it still gets the alarm", async () => {
    const { reporter: rep, stored } = realCoreHarness("w16b");
    const r = rep();
    await r.send("Con gái tôi 13 tuổi bị bạn trong lớp quay clip đánh rồi đăng lên Facebook.");
    let replies = await r.send("có, nó bị đánh ở cổng trường Nguyễn Du, Pleiku hôm qua. làm sao để gỡ clip xuống?");
    expect(all(replies)).toMatch(/gỡ|Báo cáo/);
    await untilSummary(r, replies);
    await r.send({ choice: "submit" });
    const d = stored(r.chatId)!.draft;
    expect(`${d.narrative} ${d.extraNotes.join(" ")}`).toContain("cổng trường Nguyễn Du");
    const r2 = rep();
    await r2.send("Thằng bé nhà bên bị bố nó đánh hoài");
    replies = await r2.send("được, nó mới 8 tuổi, tối qua bị đánh chảy máu đầu, có cần đưa đi viện không?");
    expect(all(replies)).toMatch(/113|115/);
  });

  it.each(["ừ, thôi để mai tôi báo được không?", "uh, để tui hỏi ý chồng tui đã, được không?"])("a wait at the offer is not a yes: %s", async (said) => {
    const r = reporter();
    await r.send("Thằng bé nhà bên 8 tuổi bị bố nó đánh hoài, ở Pleiku");
    const text = all(await r.send(said));
    expect(text).not.toMatch(/nguy hiểm ngay lúc này không\?/);
  });

  it("a correction at the summary that ends with a question: the facts are corrected and the question answered", async () => {
    const { draft, after } = await correctAtSummary("Thằng bé nhà bên 9 tuổi bị ba nó đánh hoài, ở Pleiku", "Bé là con gái. Người đánh là mẹ kế. Có cần gửi ảnh không?");
    expect(after).toMatch(/không cần gửi ảnh/i);
    expect(draft.childSex).toBe("female");
    expect(draft.harmer).toBe("stepmother");
  });

  it.each([
    ["Tôi ở Mỹ về thăm nhà, thấy cháu bị đánh, gọi 113 được không?", "abroad"],
    ["bé có phải khai tên người đánh không?", "privacy"],
    ["nó bắt em xóa hết ảnh trong máy, em có nên báo không?", "takedown"],
    ["do they speak english at the commune office?", "language"],
  ])("side topics that do not fit: %s (not %s)", (q, not) => {
    expect(sideTopics(q)).not.toContain(not);
  });
});

describe("chatter that asks nothing gets the menu", () => {
  it.each(["nice", "hihi", "chuc mung nam moi ca nha", "Tôi không hỏi nữa, bot vô dụng"])("%s", async (said) => {
    const r = reporter();
    const text = all(await r.send(said));
    expect(text).not.toMatch(/kế hoạch trong kho không trả lời|Kho kiến thức hiện có/);
  });
  it("a plan question is still answered from the plans", async () => {
    const r = reporter();
    expect(all(await r.send("Ở Gia Lai, cơ quan nào chủ trì phòng chống xâm hại trẻ em?"))).toMatch(/kế hoạch|Kế hoạch/);
  });
});

describe("seventeenth walk: a story told at the danger question is kept", () => {
  it("'ad oi cuu ban t vs' then the story: the story is the report's story", async () => {
    const { reporter: rep, intake } = realCoreHarness("w17a");
    const r = rep();
    await r.send("ad oi cuu ban t vs");
    await r.send("ban t 15t, con gai, no quen 1 thang tren mang roi gui anh nude cho han. gio han doa neu toi nay ko gui them thi han dang len fb cho ca truong xem");
    const d = [...intake.drafts.values()].find((x) => x.chatId === r.chatId)!;
    expect(`${d.narrative} ${d.extraNotes.join(" ")}`).toContain("gui anh nude");
  });
});

describe("seventeenth walk: 'not yet that dangerous' is a no, and 'what can be done' is no bite", () => {
  it("'Nguy hiểm thì chưa tới mức mô' answers the danger question with a no", async () => {
    const { reporter: rep, intake } = realCoreHarness("w17b");
    const r = rep();
    await r.send("Mấy đứa nhỏ 7, 4 và 2 tuổi ở thôn Phước Tích, mạ đi làm xa, ông ngoại nằm liệt, đứa 2 tuổi gầy trơ xương");
    await until(r, await r.send({ choice: "menu:report" }), DANGER_Q);
    await r.send("Nguy hiểm thì chưa tới mức mô, mà tụi nhỏ đói lắm");
    const d = [...intake.drafts.values()].find((x) => x.chatId === r.chatId);
    expect(d?.dangerNow).toBe("no");
  });
});

describe("seventeenth walk: the writer saying who they are to the child is not who harms", () => {
  it("'ba la ba ngoai cua chau chu k phai hang xom' corrects who writes, not who harms", async () => {
    const { draft } = await correctAtSummary(
      "2 nam truoc ong hang xom sam so chau gai toi 14t, gio ong ay chuyen di roi, chau o voi toi an toan, o Phong Dien Hue",
      "ba la ba ngoai cua chau chu k phai hang xom",
    );
    expect(draft.harmer).not.toBe("grandparent");
    expect(draft.reporterRelation).not.toBe("neighbour");
  });
});
