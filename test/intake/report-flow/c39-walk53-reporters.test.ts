/**
 * Walk 53 (20 fresh reporters in the web chat): a correction typed while a question is open is applied, not only noted; a child
 * in danger now is asked where, whoever reports; safety advice comes before the first question; advice fits who writes; a side
 * question about evidence or a statement gets its own answer; the danger question is not asked when the story told it; one voice
 * and no repeated line.
 */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, hasChoice, lastLine, realCoreHarness } from "../../conversation/real-core-harness.ts";

const h = realCoreHarness("c39walk53");

/** Answers "no" to danger, gives the contact/anonymous/skip, until the summary; sends `fix` at the first question matching `at`. */
async function correctAt(story: string, at: RegExp, fix: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  let fixed = false;
  let ackOfFix = "";
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    if (!fixed && at.test(q)) { fixed = true; replies = await r.send(fix); ackOfFix = all(replies); continue; }
    const pick = ASKS_DANGER.test(q) ? "no" : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(pick ? { choice: pick } : "bỏ qua");
  }
  return { fixed, ackOfFix, summary: replies.at(-1)?.text ?? "" };
}

const understood = (summary: string) => summary.split("\n").find((l) => /Mình hiểu|Cô chú hiểu|Tôi hiểu|I understood|We understood/.test(l)) ?? "";

describe("a correction of who harms typed while a question is open is applied", () => {
  it.each([
    ["Con gái chị họ tôi 9 tuổi ở xã Hòa Thắng, Đắk Lắk bị dì ruột tát nhiều lần, lần gần nhất tối thứ hai, má còn sưng.", ASKS_DANGER, "ờ nhầm, không phải dì, là chú ruột của bé đánh", /chú/, /người gây hại: dì/],
    ["My neighbour's son, 8, was kicked by his mother last night in Tan Phu ward, Dong Nai. He has a bruise on his leg.", ASKS_DANGER, "sorry, not his mother, it was his father", /father/, /causing harm: mother/],
    ["Tôi là bà ngoại. Thằng cháu 6 tuổi ở phường Phú Hội, Huế bị mẹ nó véo tai đến chảy máu hôm chủ nhật.", /liên lạc|contact/, "à không phải mẹ nó, là bố dượng nó véo", /dượng/, /người gây hại: mẹ/],
  ])("'%s' corrected at the open question: the summary holds the right harmer", async (story, at, fix, right, wrong) => {
    const got = await correctAt(story, at, fix);
    expect(got.fixed).toBe(true);
    const line = understood(got.summary);
    expect(line).toMatch(right);
    expect(line).not.toMatch(wrong);
  });
});

describe("a child in danger now: where the child is, asked once whoever reports", () => {
  it.each([
    ["con 12 tuổi, chú con đang say cầm gậy đòi đánh con, con chạy ra trốn sau nhà hàng xóm, con ở Gia Lai", "0388123456"],
    ["Please help, I'm 10 and my dad is smashing things with a hammer and yelling he will kill us, I'm hiding under the bed. We live in Hue.", "0911000222"],
    ["Hai đứa nhỏ nhà bên, 2 và 4 tuổi, bị bỏ một mình trong nhà từ thứ sáu, không ai về, tụi nhỏ khóc suốt. Ở Tây Ninh.", "0909111222"],
  ])("'%s' (contact given) is asked the commune or where", async (story, phone) => {
    const r = h.reporter();
    let replies = await r.send(story);
    const questions: string[] = [];
    for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      questions.push(q);
      if (ASKS_DANGER.test(q)) replies = await r.send({ choice: "yes" });
      else if (/liên lạc|contact|số điện thoại|phone/i.test(q)) replies = await r.send(phone);
      else { const pick = replies.at(-1)?.choices?.find((c) => /^(yes|skip|unknown)$/.test(c.id))?.id; replies = await r.send(pick ? { choice: pick } : "bỏ qua"); }
    }
    const where = questions.filter((q) => /xã|phường|ở đâu|commune|ward|where/i.test(q));
    expect(where.length).toBe(1);
  });
});

describe("safety first when small children are alone", () => {
  it.each([
    "Two small children, 3 and 5, have been alone in the flat next door since Saturday. Nobody has come back and they are hungry. Tay Ninh.",
    "Hai bé 3 và 5 tuổi ở nhà bên bị bỏ một mình từ hôm thứ bảy tới giờ, không có người lớn nào về, các bé đói. Ở Tây Ninh.",
  ])("'%s': 111/113 before the first question", async (story) => {
    const r = h.reporter();
    const replies = await r.send(story);
    const before = replies.slice(0, -1).map((x) => x.text).join("\n");
    expect(before).toMatch(/113|111/);
    expect(before).not.toMatch(/Tell an adult you trust|người lớn em tin|confront|đối đầu/);
    expect(before).toMatch(/ăn uống|food/);
  });
});

describe("advice follows who writes and what happened", () => {
  it("a girl photographed in secret by classmates is not told to stop sending pictures", async () => {
    const r = h.reporter();
    const first = await r.send("tui 13 tuoi o Gia Lai, may dua cung lop quay len tui luc thay do, gio tui no bat tui dua 300 nghin khong thi dang len nhom lop");
    const then = hasChoice(first.at(-1), "menu:report") ? await r.send({ choice: "menu:report" }) : [];
    const text = all([...first, ...then]);
    expect(text).toMatch(/111/);
    expect(text).toMatch(/trả tiền|đưa tiền/);
    expect(text).not.toMatch(/gửi thêm ảnh/);
  });
});

describe("side questions get their own answer", () => {
  it("deleting the chats: keep them as evidence", async () => {
    const { sideQuestionAt } = await import("../../conversation/real-core-harness.ts");
    const got = await sideQuestionAt(h, "My daughter, 12, has been getting messages from an adult man on Instagram asking her to send photos, in Hue.", /contact|phone/i, "Should I delete those messages from her phone?");
    expect(got.answered).toMatch(/(do not|don.t) delete|keep (them|the)|evidence/i);
    expect(got.answered).not.toMatch(/can.t answer that question here/);
  });
  it("a witness who called 113 and asks about going to the police station", async () => {
    const { sideQuestionAt } = await import("../../conversation/real-core-harness.ts");
    const got = await sideQuestionAt(h, "Tôi vừa thấy một người đàn ông đánh một bé trai chừng 8 tuổi ở cổng chợ phường Tân An, Đắk Lắk rồi kéo bé đi, tôi đã gọi 113.", /liên lạc/, "Tôi có phải lên công an phường để khai không?");
    expect(got.answered).toMatch(/khai|làm việc với công an|lời khai/);
    expect(got.answered).not.toMatch(/Giữ trẻ ở chỗ an toàn/);
  });
});

describe("danger now is not asked when the story told it", () => {
  it.each([
    "Năm ngoái con tôi 9 tuổi bị thầy giáo ở xã Ea Kar, Đắk Lắk sàm sỡ. Ông ta đã bị bắt và đang ở tù. Giờ cháu hay gặp ác mộng.",
    "im 12, my mum just slapped me hard and my lip is bleeding, shes still in the kitchen. i live in da nang",
    "Khoảng nửa tiếng trước tôi thấy hai người lạ ép một bé gái tầm 8 tuổi lên ô tô ở cổng trường phường Hòa Thành, Tây Ninh.",
  ])("'%s' gets no danger question", async (story) => {
    const questions = await questionsOf(story);
    expect(questions.filter((q) => ASKS_DANGER.test(q) || /Ngay lúc này em/.test(q))).toEqual([]);
  });
});

describe("wording", () => {
  it("no line said twice in one reply", async () => {
    const r = h.reporter();
    let replies = await r.send("im 14. my brother just hit me with a chair and im bleeding from my arm. i live in hue");
    for (let i = 0; i < 6 && !hasChoice(replies.at(-1), "submit"); i++) {
      for (const x of replies) {
        const sentences = x.text.split(/(?<=[.!?])\s+|\n/).map((s) => s.trim()).filter((s) => s.length > 3);
        expect(new Set(sentences).size).toBe(sentences.length);
      }
      const q = lastLine(replies.at(-1));
      replies = await r.send(ASKS_DANGER.test(q) || /right now/.test(q) ? { choice: "yes" } : { choice: replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip" });
    }
  });
  it("the welcome speaks with one voice (never Tôi and Mình together)", async () => {
    const r = h.reporter();
    const replies = await r.send("Cháu gái tôi 6 tuổi ở xã Ia Grai, Gia Lai bị bố dượng đánh tối qua.");
    const correction = all(await r.send("à không phải bố dượng, là mẹ cháu đánh"));
    const unread = all(await r.send("sai rồi, sửa lại giùm cái chỗ kia"));
    const voices = [all(replies), correction, unread].join("\n");
    expect(voices).toMatch(/Mình/);
    expect(voices).not.toMatch(/(?:^|[\s,.;])[Tt]ôi (?:đã|chưa|chỉ|ghi)/);
  });
  it("a 'where' side question is not answered 'Có.'", async () => {
    const { sideQuestionAt } = await import("../../conversation/real-core-harness.ts");
    const got = await sideQuestionAt(h, "Ba năm trước con trai tôi, khi đó 8 tuổi, ở xã Cư Kuin, Đắk Lắk bị một người hàng xóm dâm ô; người đó đã bị xử lý. Giờ cháu hay sợ hãi.", /liên lạc/, "Con tôi có thể được tư vấn tâm lý miễn phí ở đâu?");
    expect(got.answered).toMatch(/tư vấn|tâm lý/);
    expect(got.answered).not.toMatch(/^Có\./);
  });
});

describe("tonight's advice when the one who harms is with the child tonight", () => {
  it.each([
    ["Tôi ở phường An Cựu, Huế. Ông chú của bé Na 5 tuổi nhà bên hay sờ soạng bé, mẹ bé về quê đám giỗ, tối nay chỉ có ông ta ở nhà một mình với bé.", "yes"],
    ["My neighbour's girl, 9, had her arm broken by her father last week, in Thuy Xuan ward, Hue. He still lives with her and her mum.", "unknown"],
  ])("'%s' gets a word about tonight before the summary", async (story, danger) => {
    const r = h.reporter();
    let replies = await r.send(story);
    const seen = [all(replies)];
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      const pick = ASKS_DANGER.test(q) ? danger : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
      seen.push(all(replies));
    }
    const advice = seen.join("\n").split("\n").filter((l) => /tối nay|tonight/i.test(l) && !/«/.test(l)).join("\n");
    expect(advice).toMatch(/ở nhờ|ở cùng trẻ|stay with (?:a relative|the child|them)/);
  });
});

describe("a hiding child gets one piece of advice on where to be", () => {
  it("'stay where you are' is not followed by 'go to a place with people'", async () => {
    const r = h.reporter();
    const text = all(await r.send("con 10 tuổi, ba con say đang cầm dao đập cửa, con đang trốn trong tủ quần áo, con ở Đồng Nai"));
    expect(text).toMatch(/113/);
    expect(text).not.toMatch(/nơi đông người|place with people around/);
    expect(text).toMatch(/không có lỗi/);
  });
});

/** The questions asked until the summary, skipping each (the danger question answered "not sure" when asked). */
async function questionsOf(story: string): Promise<string[]> {
  const r = h.reporter();
  let replies = await r.send(story);
  const questions: string[] = [];
  for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    questions.push(q);
    const pick = replies.at(-1)?.choices?.find((c) => /^(unknown|anonymous|skip)$/.test(c.id))?.id;
    replies = await r.send(pick ? { choice: pick } : "bỏ qua");
  }
  return questions;
}

// Second reading of C39 (RD20): a story is not read as "no danger now" because someone in it is or was in prison, and "vừa",
// "just" alone are no "just now": the danger question is asked, as a wrong "no" (or "yes") costs more than one question.
describe("the danger question is still asked when the story does not tell the danger now", () => {
  it.each([
    "Bố bé Na 8 tuổi đã đi tù từ năm ngoái, giờ dượng của bé đánh bé hằng ngày, hôm qua còn đánh bé bằng gậy. Nhà ở xã Ia Grai, Gia Lai.",
    "My nephew is 9. His father is in prison, but his mother's boyfriend beats him with a belt. They live in Hue.",
    "Cháu tôi 13 tuổi, bố cháu đi tù về rồi, tuần trước lại say rượu đánh cháu, cháu sợ về nhà. Nhà ở Tây Ninh.",
    "Bé Lan 7 tuổi bị mẹ kế nhốt trong nhà kho, bé bị giam trong đó mấy ngày không cho ăn. Ở Buôn Ma Thuột.",
    "Mẹ kế đánh bé Hoa 10 tuổi hôm qua. Tôi vừa gọi cho mẹ ruột bé, bà ấy vẫn ở nhà bên kia sông. Ở Đắk Lắk.",
    "I just found out my neighbour's boy, 11, was beaten by his stepdad last week. His mother is still at home with him. Gia Lai.",
  ])("'%s' is asked whether a child is in danger now", async (story) => {
    const questions = await questionsOf(story);
    expect(questions.some((q) => ASKS_DANGER.test(q) || /Ngay lúc này em/.test(q))).toBe(true);
  });
});

describe("a correction that adds a harmer keeps the first one", () => {
  it.each([
    ["Thằng bé 9 tuổi nhà bên ở phường Tân Lợi, Đắk Lắk bị mẹ nó đánh bằng roi hôm qua, chân bầm tím.", "à không phải chỉ mẹ, là cả bố nữa", /mẹ/],
    ["My neighbour's son, 8, was kicked by his mother last night in Hue. He has a bruise on his leg.", "sorry, not just his mother, his father too", /mother/],
  ])("'%s' then '%s': the mother stays in the summary", async (story, fix, kept) => {
    const got = await correctAt(story, ASKS_DANGER, fix);
    expect(got.fixed).toBe(true);
    expect(understood(got.summary)).toMatch(kept);
  });
});

describe("the advice for small children alone goes to small children alone", () => {
  it.each([
    "My daughter, 4, has been wetting the bed since her uncle babysat her alone last month. We live in Hue.",
    "Bé 3 tuổi nhà bên, mẹ đi làm từ sáng, bé ở nhà với bà nội nhưng bà hay bỏ mặc, bé gầy lắm. Ở Gia Lai.",
    "Bé trai 5 tuổi nhà bên từ hôm bố mẹ cãi nhau hay ngồi một mình ngoài hiên, tay có vết bầm, chắc bố đánh. Ở Tây Ninh.",
  ])("'%s' gets no 'bring them food and stay' advice", async (story) => {
    const r = h.reporter();
    const replies = await r.send(story);
    expect(replies.slice(0, -1).map((x) => x.text).join("\n")).not.toMatch(/ăn uống|food and water/);
  });
});

// Second reading of the RD20 mend (RD21): a harm said just done with a bare "vừa" or "just" before what was done is a danger now,
// as a child taken "just now"; small children shut in or left on their own for hours get their own advice.
describe("a harm just done, said with a bare 'vừa' or 'just', is a danger now", () => {
  it.each([
    "Con gái tôi 8 tuổi vừa bị bố đánh xong, bố vẫn ở nhà. Nhà ở phường Tân Lợi, Đắk Lắk.",
    "Ông ta vừa bóp cổ bé 8 tuổi, ông ta vẫn ở trong nhà. Xã Ia Grai, Gia Lai.",
    "con be 5 tuoi vua bi bo danh, bo van o nha, o Tay Ninh",
    "A man just pulled a girl, about 9, into a van outside the school in Hue.",
  ])("'%s' is not asked whether a child is in danger now", async (story) => {
    const questions = await questionsOf(story);
    expect(questions.filter((q) => ASKS_DANGER.test(q))).toEqual([]);
  });
});

describe("small children shut in or on their own for hours get the advice for children alone", () => {
  it.each([
    "Hai bé 2 và 4 tuổi ở một mình trong nhà từ sáng hôm qua tới giờ, khóc đói. Ở Gia Lai.",
    "Bé 3 tuổi bị nhốt một mình trong phòng trọ từ sáng qua, không ai về. Phường An Phú, Huế.",
  ])("'%s': what to do before the first question", async (story) => {
    const r = h.reporter();
    const replies = await r.send(story);
    expect(replies.slice(0, -1).map((x) => x.text).join("\n")).toMatch(/ăn uống|food/);
  });
});
