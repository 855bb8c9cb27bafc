/**
 * Round-27 walk findings (32 reporters through the web chat, 5 December), replayed through the real conversation core with
 * sentences of our own of the same kinds: corrections in everyday words at the summary, answers typed at questions with
 * buttons, a danger question the story already answered, side questions, and photos never asked of a child.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness, type Say } from "./real-core-harness.ts";

const { reporter, stored, toSummary } = realCoreHarness("r27");
const allText = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");
const understood = (summary: string) => summary.split("\n").find((l) => /^(Mình hiểu|Cô chú hiểu|I understood|We understood)/.test(l)) ?? "";
const DANGER_Q = /nguy hiểm ngay lúc này không\?|đang gặp nguy hiểm không\?/;

async function walk(msgs: Say[]) {
  const w = reporter();
  let last: Awaited<ReturnType<typeof w.send>> = [];
  for (const m of msgs) last = await w.send(m);
  return { ...w, last };
}

/** Tells the story and answers each question by its pattern (skipping the rest) until a reply matches `stop` or the summary shows. */
async function drive(story: string, answers: Array<[RegExp, Say]>, stop: RegExp) {
  const w = reporter();
  let last = await w.send(story);
  for (let i = 0; i < 12; i++) {
    const text = allText(last);
    const end = last.at(-1);
    if (stop.test(text) || end?.choices?.some((c) => c.id === "submit")) break;
    if (end?.choices?.some((c) => c.id === "menu:report")) { last = await w.send({ choice: "menu:report" }); continue; }
    const q = (end?.text ?? "").split("\n").filter((l) => l.trim()).at(-1) ?? "";
    const hit = answers.find(([re]) => re.test(q));
    const skip = end?.choices?.find((c) => /^(unknown|skip)$/.test(c.id));
    last = await w.send(hit ? hit[1] : skip ? { choice: skip.id } : "bỏ qua");
  }
  return { ...w, last };
}

const NEIGHBOUR_STORY = "tối qua tôi nghe nhà bên có tiếng roi quất với tiếng thằng nhỏ khóc thét, chắc bố nó đánh. Nhà ở xã Hòa Vang, Đà Nẵng";

describe("corrections at the summary in everyday words", () => {
  for (const said of ["tui cũng chả biết đứa nào đánh nó nữa, chỉ nghe tiếng thôi", "minh khong ro la ai danh no, chi nghe thay thoi", "tôi có nói bố nó đánh đâu, không rõ ai đánh"]) {
    it(`'${said}' clears who harms`, async () => {
      const w = await walk([NEIGHBOUR_STORY, { choice: "no" }, "tầm 9 tuổi", { choice: "anonymous" }]);
      expect(understood(allText(w.last))).toMatch(/người gây hại: bố/);
      await w.send({ choice: "edit" });
      const after = allText(await w.send(said));
      expect(understood(after)).not.toMatch(/người gây hại/);
      expect(after).not.toMatch(/chưa đọc ra|đã ghi đúng/);
    });
  }

  it("'tui có bảo bố nó đánh nó đâu' clears the harmer the writer denies naming", async () => {
    const w = await walk([NEIGHBOUR_STORY, { choice: "no" }, "tầm 9 tuổi", { choice: "anonymous" }]);
    await w.send({ choice: "edit" });
    const after = allText(await w.send("tui có bảo bố nó đánh nó đâu, tui chỉ nghe tiếng thôi"));
    expect(understood(after)).not.toMatch(/người gây hại: bố/);
  });

  it("a person the writer denies naming never becomes who harms", async () => {
    const w = await toSummary("tối qua tôi nghe nhà kia có tiếng roi quất với tiếng con bé khóc ré lên. Nhà ở xã Điện Bàn, Đà Nẵng", [[/nguy hiểm/, { choice: "no" }], [/tuổi/, "chừng 6 tuổi"]]);
    expect(w.summary).toMatch(/TÓM TẮT/);
    expect(understood(w.summary)).not.toMatch(/người gây hại: bố/);
    await w.send({ choice: "edit" });
    const after = allText(await w.send("mình không nói là ông bố đánh con bé đâu nha"));
    expect(understood(after)).not.toMatch(/người gây hại: bố/);
  });

  it("'tôi đâu phải họ hàng, tôi thuê phòng ngay kế bên' makes the writer a neighbour", async () => {
    const w = await walk(["Bé gái 6 tuổi ở dãy trọ của tôi bị bỏ đói cả ngày, không ai trông. Ở phường Bảo Lộc 1, Lâm Đồng", { choice: "no" }, { choice: "family" }, { choice: "anonymous" }]);
    expect(understood(allText(w.last))).toMatch(/người báo tin: gia đình/);
    await w.send({ choice: "edit" });
    const after = allText(await w.send("tôi đâu phải họ hàng gì với nó, tôi thuê phòng ngay sát vách thôi"));
    expect(understood(after)).toMatch(/người báo tin: hàng xóm/);
  });

  for (const said of ["không phải 3 tuổi đâu ạ, cháu 11 tuổi", "cháu 11 tuổi ạ, em trai cháu mới 3 tuổi", "em trai cháu mới 3 tuổi, còn cháu 11 tuổi rồi"]) it(`a child correcting her own age ('${said}'), with a younger brother's age in the story, is not told 'already correct'`, async () => {
    const w = await toSummary("Cháu chào cô chú. Cháu năm nay 11 tuổi. Mẹ cháu đi làm xa, cháu ở nhà trông em trai 3 tuổi, hôm nay không có gì ăn, cháu phải nghỉ học",
      [[/nguy hiểm/, { choice: "no" }], [/ở đâu|tỉnh/, "xã Tân Châu, An Giang"], [/ai đối với trẻ/, { choice: "self" }]]);
    await w.send({ choice: "edit" });
    const after = allText(await w.send(said));
    // Walk 55 (c43): the summary now holds both ages ("11 và 3"); a message that says both again is told it is already so, and
    // neither age is lost. One that corrects only her own age is no "already correct".
    if (/em trai/.test(said)) expect(understood(after)).toMatch(/11 và 3 tuổi/);
    else expect(after).not.toMatch(/đã ghi đúng/);
    expect(understood(after)).toMatch(/11 (?:và 3 )?tuổi/);
    expect(understood(after)).not.toMatch(/em 3 tuổi/);
  });

  it("a child who says the harm was to a friend ('không phải bố e đánh e, là bố của bạn e') makes the friend the child", async () => {
    const w = await toSummary("ad ơi e bị bố đánh tím hết tay, e ko dám về nhà", [[/nguy hiểm/, { choice: "no" }], [/tỉnh|ở đâu/, "p Hội Phú, Gia Lai"], [/tuổi/, "12t"]]);
    expect(understood(w.summary)).toMatch(/người làm hại em/);
    await w.send({ choice: "edit" });
    const after = allText(await w.send("ko phải bố e đánh e đâu, là bố của bạn e đánh bạn ấy"));
    expect(after).not.toMatch(/đã ghi đúng/);
    expect(understood(after)).not.toMatch(/người làm hại em/);
    expect(understood(after)).toMatch(/bạn/);
  });

  it("the friend's own age and ward, said with it, are read for the friend", async () => {
    const w = await toSummary("ad ơi e bị bố đánh tím hết tay, e ko dám về nhà", [[/nguy hiểm/, { choice: "no" }], [/tỉnh|ở đâu/, "Gia Lai"], [/tuổi/, "12t"]]);
    await w.send({ choice: "edit" });
    const after = allText(await w.send("ko phải bố e đánh e, là bố của bạn e đánh bạn ấy. bạn e là con gái 14t, ở phường Hội Phú"));
    expect(understood(after)).not.toMatch(/người làm hại em/);
    expect(understood(after)).toMatch(/14 ?t/);
    expect(understood(after)).toMatch(/Hội Phú/);
  });
});

describe("answers typed at questions with buttons", () => {
  const STORY = "nhà bên có thằng bé 8 tuổi hay bị bố say rượu đánh, ở xã Đông Hưng, Thái Bình";

  for (const said of ["lúc này thằng bé đang ở bên nhà tôi chơi rồi", "giờ nó đang ngồi ăn cơm nhà tôi rồi", "h thì k, ổng đi làm r"]) {
    it(`'${said}' at the danger question is a no, not asked again`, async () => {
      const w = await walk([STORY]);
      const replies = await w.send(said);
      expect(allText(replies)).not.toMatch(/GỌI NGAY 113/);
      expect(allText(replies)).not.toMatch(DANGER_Q);
      await w.send({ choice: "anonymous" });
      expect(understood(allText(await w.send("bỏ qua")) + "\n" + w.seen.map((r) => r.text).join("\n"))).toMatch(/nguy hiểm ngay lúc này: không/);
    });
  }

  it("'tui cũng chẳng rõ nữa, ..., không biết có bị ăn đòn không' at the danger question is not sure, not a side question", async () => {
    const w = await walk([STORY]);
    const replies = allText(await w.send("tui cũng chẳng rõ nữa, giờ nó đi bán vé số, tối về thì không biết có bị ăn đòn không"));
    expect(replies).not.toMatch(/chưa trả lời được/);
    expect(replies).not.toMatch(DANGER_Q);
  });

  for (const said of ["h e đang ở nhà đứa bạn rồi, chưa sao đâu", "bảo nguy hiểm ngay thì chắc cũng chưa tới mức, nhưng tối nào nó cũng phải đi nhặt ve chai tới khuya"]) {
    it(`'${said}' at the danger question is read, not asked again`, async () => {
      const w = await walk([STORY]);
      const replies = allText(await w.send(said));
      expect(replies).not.toMatch(DANGER_Q);
      expect(replies).not.toMatch(/GỌI NGAY 113/);
    });
  }

  it("more of the story typed at the danger question is kept, and the reply says to answer with a button", async () => {
    const w = await walk([STORY]);
    const replies = allText(await w.send("ngày nào nó cũng phải bưng gạch cho ông chú tới tối mịt mới được ăn"));
    expect(replies).toMatch(DANGER_Q);
    expect(replies).toMatch(/bấm một nút/);
  });

  it("'thôi khỏi đi, tôi không muốn dây vào' at the contact question is anonymous", async () => {
    const w = await walk([STORY, { choice: "no" }]);
    const replies = allText(await w.send("thôi khỏi đi, tôi không muốn dây dưa vào chuyện nhà người ta"));
    expect(replies).not.toMatch(/Cán bộ có thể liên lạc với bạn qua đâu/);
    expect(understood(replies)).toMatch(/ẩn danh/);
  });

  it("'thôi khỏi để số, tui hổng muốn ai biết tui báo' is anonymous, and who will know is answered", async () => {
    const w = await walk([STORY, { choice: "no" }]);
    const replies = allText(await w.send("thôi khỏi để số, tui hổng muốn ai biết tui báo"));
    expect(replies).not.toMatch(/Cán bộ có thể liên lạc với bạn qua đâu/);
    expect(understood(replies)).toMatch(/ẩn danh/);
    expect(replies).toMatch(/bí mật/);
  });

  const CHILD = "e bị mẹ kế đánh bằng roi mây, chân e bầm hết, e học lớp 7 ở xã Ea Kar, Đắk Lắk";
  const CHILD_ANSWERS: Array<[RegExp, Say]> = [[/nguy hiểm/, { choice: "no" }], [/khi nào/, { choice: "today" }]];
  for (const said of ["nhắn thôi nha cô", "nhắn tin zalo thôi, đừng gọi nha"]) {
    it(`a child's '${said}' at the consent question is a yes to messages, never 'no contact'`, async () => {
      const w = await drive(CHILD, [...CHILD_ANSWERS, [/liên lạc với em qua/, "0356 778 912 máy của cô em"]], /gọi lại cho em|liên lạc với em không/);
      expect(allText(w.last)).toMatch(/gọi lại cho em|liên lạc với em không/);
      const after = allText(await w.send(said));
      expect(understood(after)).not.toMatch(/không muốn được liên lạc/);
      expect(understood(after)).toMatch(/nhắn tin/);
      await w.send({ choice: "submit" });
      expect(stored(w.chatId)?.draft.consentToContact).toBe(true);
    });
  }

  it("a child's number with 'nhắn tin thôi đừng gọi nha' is taken without an unasked answer about the family", async () => {
    const w = await drive(CHILD, [...CHILD_ANSWERS], /liên lạc với em qua/);
    const replies = allText(await w.send("so e 0708 224 519, nhan tin thoi dung goi nha"));
    expect(replies).not.toMatch(/bí mật|người lớn trong nhà/);
    expect(replies).toMatch(/nhắn tin/);
  });

  for (const said of ["0356 778 912 là máy mẹ em nhưng đừng gọi, dượng em nghe thấy", "máy này của bạn em, cô chú đừng gọi vào nha. em không có số"]) {
    it(`after '${said}', the child is not asked whether they may be called back`, async () => {
      const w = await drive(CHILD, [...CHILD_ANSWERS, [/liên lạc với em qua/, said]], /gọi lại cho em|TÓM TẮT/);
      expect(allText(w.last)).not.toMatch(/gọi lại cho em/);
    });
  }
});

describe("the danger question when the story answered it", () => {
  for (const story of [
    "Thằng bé nhà kế bên 9 tuổi tuần nào cũng bị bố dượng đánh bằng dây nịt, lưng đầy vết lằn. Giờ này nó đang ở trường. Nhà ở xã Phù Cừ, Hưng Yên.",
    "Con gái tôi 15 tuổi bị một người đàn ông làm quen qua Instagram, hay nhắn tin đòi gặp riêng và đòi ảnh. Cháu chưa gửi gì. Hiện con bé ở nhà với vợ chồng tôi, an toàn. Nhà ở phường Dĩ An, TP HCM.",
    "Con gái tôi 15 tuổi bị một người đàn ông làm quen qua Instagram, hay nhắn tin đòi gặp riêng và đòi ảnh. Cháu chưa gửi gì. Giờ cháu ở nhà với tôi rồi. Nhà ở phường Dĩ An, TP HCM.",
    "Năm ngoái thằng cháu nội 9 tuổi của tôi bị mẹ kế đánh bầm người. Từ tháng 3 cháu về ở với vợ chồng tôi, giờ không còn bị ai đánh đập gì nữa. Ở xã Mỏ Cày, Vĩnh Long.",
  ]) {
    it(`is not asked after '${story.slice(0, 40)}…', and the summary says not now`, async () => {
      const w = await toSummary(story);
      expect(allText(w.first)).not.toMatch(DANGER_Q);
      expect(w.questions.join("\n")).not.toMatch(DANGER_Q);
      expect(understood(w.summary)).toMatch(/nguy hiểm ngay lúc này: không/);
    });
  }

  it("a story that says the child is at school now but is in danger now is still an emergency", async () => {
    const w = reporter();
    const first = allText(await w.send("Giờ nó đang ở trường mà ông bố say xỉn cầm dao tới trường đòi chém nó, đang đứng ở cổng trường. Ở xã Yên Thành, Nghệ An."));
    expect(first).toMatch(/113/);
  });
});

describe("side questions", () => {
  it("'hắn có tung ảnh thật không ạ' is answered (do not pay, keep the messages, report)", async () => {
    const w = reporter();
    await w.send("e 14t, có đứa quen qua mess dọa tung ảnh e lên nhóm lớp nếu e ko gửi thêm, hạn tối mai");
    const replies = allText(await w.send("hắn có tung ảnh thật không ạ 😢"));
    expect(replies).toMatch(/đừng gửi|không gửi|đừng trả|chụp màn hình|giữ lại/i);
  });

  it("'nó có tung thật ko ạ' asked after the place, in a sentence of its own, is answered and the place taken", async () => {
    const w = await drive("e 14t, có đứa quen qua mess dọa tung ảnh e lên nhóm lớp nếu e ko gửi thêm, hạn tối mai", [], /tỉnh, thành phố nào/);
    const replies = allText(await w.send("p Ngô Quyền, Hải Phòng. mà ad ơi nó có tung thật ko ạ 😭"));
    expect(replies).toMatch(/chụp màn hình|không ai biết chắc/i);
    expect(replies).not.toMatch(/tỉnh, thành phố nào/);
  });

  it("'bao lâu thì có người xuống?' says what happens and how long officers have for this kind of report", async () => {
    const w = reporter();
    await w.send("Bé gái hàng xóm 7 tuổi hay bị mẹ chửi mắng, bắt nhịn ăn. Ở phường Từ Sơn, Bắc Ninh.");
    await w.send({ choice: "no" });
    const replies = allText(await w.send("bao lâu thì có người xuống xem vậy?"));
    expect(replies).toMatch(/\d+ giờ/);
  });

  it("'bao lâu thì có người tới?' after the code is not answered as if the report were still to be sent", async () => {
    const w = await toSummary("Bé gái hàng xóm 7 tuổi hay bị mẹ chửi mắng, bắt nhịn ăn. Ở phường Từ Sơn, Bắc Ninh.", [[/nguy hiểm/, { choice: "no" }]]);
    expect(allText(await w.send({ choice: "submit" }))).toMatch(/Mã|code/i);
    const replies = allText(await w.send("bao lâu thì có người tới xem vậy?"));
    expect(replies).not.toMatch(/Sau khi gửi/);
    expect(replies).toMatch(/đã tới cán bộ/);
  });

  it("a question typed at the summary is answered and not taken as a confirmation", async () => {
    const w = await walk(["e 14t, có đứa quen qua mess dọa tung ảnh e lên nhóm lớp nếu e ko gửi thêm, hạn tối mai. e ở p Ngô Quyền, Hải Phòng", { choice: "anonymous" }]);
    const replies = allText(await w.send("gửi rồi thì ba mẹ e có bị mời lên làm việc ko"));
    expect(replies).not.toMatch(/đã ghi đúng|Tóm tắt đã ghi/);
    expect(replies).toMatch(/người lớn trong nhà|bố mẹ|ba mẹ|gia đình/);
  });
});

describe("photos after the code", () => {
  for (const [story, answers] of [
    ["Con chào cô chú. Con 10 tuổi. Chú hàng xóm hay kêu con qua nhà rồi sờ người con, con sợ lắm. Nhà con ở xã Mỹ Hòa, Vĩnh Long", [[/ai đối với/, { choice: "self" }]]],
    ["có người lạ trên mạng dụ cháu gửi ảnh không mặc quần áo, giờ nó dọa đăng lên facebook. Ở phường Hải Châu, Đà Nẵng", [[/ai đối với/, { choice: "self" }], [/tuổi/, "cháu 12 tuổi ạ"]]],
  ] as Array<[string, Array<[RegExp, Say]>]>) {
    it(`a child known to be the child ('${story.slice(0, 30)}…') is not invited to send photos after the code`, async () => {
      const w = await drive(story, [[/nguy hiểm/, { choice: "no" }], [/liên lạc/, { choice: "anonymous" }], ...answers], /TÓM TẮT/);
      expect(allText(w.last)).toMatch(/TÓM TẮT/);
      const after = allText(await w.send({ choice: "submit" }));
      expect(after).toMatch(/Mã|code/i);
      expect(after).not.toMatch(/ảnh|photo/i);
      const add = w.seen.at(-1)?.choices?.find((c) => c.id.startsWith("case:add:"));
      if (add) expect(allText(await w.send({ choice: add.id }))).not.toMatch(/ảnh|photo/i);
    });
  }
});
