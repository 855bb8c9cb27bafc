/**
 * Round-18 walk findings (fresh reporters through the web chat, 4 December), replayed through the real
 * conversation core with sentences of our own of the same kinds: a correction that first says who it
 * was not ("không phải X, là Y", "ko phai X la Y", "the parents are not ... The person is ..."), a
 * fear of what the person may do later typed at the danger question, a side question about breaking
 * in to reach a child in danger, and a parent who writes "e là mẹ cháu" (no child).
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness, type Say } from "./real-core-harness.ts";

const { reporter, stored, toSummary } = realCoreHarness("r18");
const NO_DANGER: Array<[RegExp, Say]> = [[/nguy hiểm ngay|in danger right now/i, { choice: "no" }]];

async function corrected(story: string, correction: string, answers: Array<[RegExp, Say]> = NO_DANGER) {
  const w = await toSummary(story, answers);
  await w.send({ choice: "edit" });
  const replies = await w.send(correction);
  await w.send({ choice: "submit" });
  return { draft: stored(w.chatId)?.draft, replies };
}

describe("a correction that says first who it was not", () => {
  const FRIEND = "Tôi là mẹ của bé Na 12 tuổi ở phường Tân An, Đắk Lắk. Có một đứa tự xưng là bạn học lớp 7 nhắn tin qua Facebook đòi con tôi gửi ảnh nhạy cảm, hôm qua con đã gửi 1 tấm.";
  it.each([
    "người gây hại không phải bạn học của con, mà là một người lạ trên mạng",
    "người gây hại không phải bạn bè, là người lạ trên mạng",
    "ko phai ban hoc, la nguoi la tren mang",
  ])("«%s»", async (fix) => {
    const { draft } = await corrected(FRIEND, fix);
    expect(draft?.harmer).not.toBe("peer");
    expect(["stranger", "online_contact"]).toContain(draft?.harmer);
  });

  it("in English, two sentences: not the parents, then who", async () => {
    const story = "I volunteer at a youth centre in Pleiku, Gia Lai. A 16-year-old girl there says a woman she met on TikTok promised her a job in Cambodia and will pick her up next week. Her parents work far away.";
    const { draft } = await corrected(story, "The parents are not the ones causing harm. The person is the woman she met on TikTok.", [[/in danger right now/i, { choice: "no" }]]);
    expect(draft?.harmer).not.toBe("parents");
  });

  it("a stepfather written without tones after 'ko phai'", async () => {
    const story = "Tôi là hàng xóm ở xã Ia Grai, Gia Lai. Bé gái 11 tuổi nhà bên kể với tôi là bị ba duong sờ soạng mấy lần, mẹ bé đi làm ca đêm.";
    const { draft } = await corrected(story, "ko phai me, la ba duong cua be");
    expect(draft?.harmer).toBe("stepfather");
  });
});

describe("a fear of later harm typed at the danger question", () => {
  it("is no 'yes': the question is answered and the danger asked again", async () => {
    const w = reporter();
    await w.send("Tôi là bà ngoại của bé Tí 7 tuổi ở xã Phú Vang, Huế. Tối qua thằng cha ghẻ nó say rượu đánh nó bằng dây nịt, lưng bầm hết. Mẹ nó đi làm xa.");
    await w.send({ choice: "menu:report" });
    const replies = await w.send("nó có biết tôi đi báo không? tôi sợ nó về đánh thằng bé nữa");
    expect(all(replies)).not.toMatch(/GỌI NGAY 113/);
    expect(replies.at(-1)?.text).toMatch(/nguy hiểm ngay lúc này/);
  });
});

describe("a question about breaking in to reach a child in danger", () => {
  it("is answered, with 113 first", async () => {
    const w = reporter();
    await w.send("Cứu với, nhà bên cạnh ở phường Tân Lập, Đắk Lắk có 2 đứa nhỏ 2 tuổi và 4 tuổi bị khóa trong phòng từ sáng, người lớn đi đâu mất, tụi nhỏ khóc khản cả giọng.");
    const replies = await w.send("tôi có được phá cửa vào đưa tụi nhỏ ra không?");
    const text = all(replies);
    expect(text).toMatch(/113|114/);
    expect(text).not.toMatch(/chưa trả lời được/);
  });
});

describe("a parent who writes 'e là mẹ cháu' is no child", () => {
  it("gets the adult's words, not the child's", async () => {
    const w = reporter();
    const replies = await w.send("e la me chau, nam ngoai chau bi thang ban cung xom sam so, da bao cong an xu ly roi, gio chau on. e muon hoi co can bao them o dau khong");
    expect(all(replies)).not.toMatch(/Em không có lỗi|em tin/);
  });
});

describe("asking whether to call the police while a child is in danger now", () => {
  it("is told to call 113 first, not that this report is enough", async () => {
    const w = reporter();
    const first = await w.send("Cứu với, ông hàng xóm ở xã Ea Tu, Đắk Lắk đang cầm dao rượt đánh thằng con 10 tuổi, nó bị chém chảy máu tay, đang trốn ở nhà tôi.");
    expect(all(first)).toMatch(/113/);
    const replies = await w.send("tôi có cần báo công an không?");
    const text = all(replies);
    expect(text.indexOf("113")).toBeGreaterThanOrEqual(0);
    expect(text).not.toMatch(/^Báo tin ở đây là đủ/m);
  });
});

describe("a correction that denies in one clause and says who in the next", () => {
  it("«hàng xóm không có lỗi, người bỏ mặc là mẹ tụi nhỏ»", async () => {
    const story = "Tôi ở phường Tân Lập, Đắk Lắk. Hai đứa nhỏ 2 tuổi và 4 tuổi nhà bên bị bỏ ở nhà một mình từ hôm qua, tôi có gọi mấy hàng xóm khác tới xem.";
    const { draft } = await corrected(story, "hàng xóm không có lỗi, người bỏ mặc tụi nhỏ là mẹ của tụi nó");
    expect(draft?.harmer).toBe("mother");
  });
});

describe("an English child who gives a name before the age", () => {
  it("gets the child's first reply (safety advice), not the adult's offer", async () => {
    const w = reporter();
    const replies = await w.send("Hi, I'm Tuan, a boy, 12 years old, from Tay Ninh. Since the summer two boys from grade 9 take my money and kick me on the way home, and yesterday they filmed it.");
    expect(all(replies)).toMatch(/not your fault|adult you trust/i);
    expect(all(replies)).not.toMatch(/It sounds like you are describing a child/);
  });
  it("a teacher of a 12-year-old is no child", async () => {
    const w = reporter();
    const replies = await w.send("I'm a teacher of a 12 years old girl in Hue whose father beats her, she came to class with bruises today.");
    expect(all(replies)).not.toMatch(/not your fault/i);
  });
});

describe("'is it worth reporting?' asked at the offer", () => {
  it("is answered (no need to be sure), not sent to the plans", async () => {
    const w = reporter();
    await w.send("Hi, my daughter is 12 and she chats on Roblox with someone who says he is 13. Nothing bad has happened, I'm only a bit worried. We live in Hue.");
    const replies = await w.send("should I just take her phone away? or is it worth reporting");
    expect(all(replies)).toMatch(/do not have to be sure/);
    expect(all(replies)).not.toMatch(/kế hoạch|plans/i);
  });
});

describe("a plain no, then why, at the contact question", () => {
  it("«ko. bm t bit thi t chet» is anonymous, not asked again", async () => {
    const w = await toSummary("t 16t, bố mẹ suốt ngày chửi t ngu, so sánh t vs con nhà ng ta, t buồn lắm, ở Pleiku", [
      [/nguy hiểm ngay/i, { choice: "no" }],
      [/liên lạc với em/i, "ko. bm t bit thi t chet"],
    ]);
    expect(w.questions.filter((q) => /liên lạc với em/i.test(q)).length).toBe(1);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.anonymous).toBe(true);
  });
  it("«không, số tôi là 0905 123 456» keeps the number", async () => {
    const w = await toSummary("Tôi là hàng xóm ở phường Tân An, Đắk Lắk. Bé trai 8 tuổi nhà bên hay bị bố đánh bằng roi.", [
      [/nguy hiểm ngay/i, { choice: "no" }],
      [/liên lạc với bạn/i, "không, số tôi là 0905 123 456"],
    ]);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.contact ?? "").toMatch(/0905/);
  });
});

describe("a correction with a negation that denies no one keeps who harms (second reading)", () => {
  const STORY = "Tôi là cô giáo ở xã Ia Grai, Gia Lai. Bé Hoa 10 tuổi lớp tôi bị bố dượng đánh nhiều lần, tay chân bầm tím.";
  it.each([
    "Mẹ bé không hề biết chuyện. Bé đang ở với bà ngoại.",
    "Bé không phải ở Ia Grai, bé ở với ông bà nội ở Chư Sê.",
    "Bé không phải con ruột của ông ấy, bé là con riêng của vợ ông ấy.",
  ])("«%s»", async (fix) => {
    const { draft } = await corrected(STORY, fix);
    expect(draft?.harmer).toBe("stepfather");
  });
  it.each([
    "She doesn't live with her mother. She lives with her grandmother.",
    "The stepfather never leaves her alone. Her mother works in Ho Chi Minh City.",
  ])("«%s»", async (fix) => {
    const { draft } = await corrected("I'm a teacher in Pleiku, Gia Lai. Hoa, a 10-year-old girl in my class, is beaten by her stepfather again and again; her arms are bruised.", fix, [[/in danger right now/i, { choice: "no" }]]);
    expect(draft?.harmer).toBe("stepfather");
  });
});

describe("second reading: side answers that must not over-reach", () => {
  it("an adult writing about a named child of 12 gets the adult's words", async () => {
    const w = reporter();
    const replies = await w.send("I'm calling about Lan, 12 years old, her father beats her every night. We live in Hue.");
    expect(all(replies)).not.toMatch(/not your fault/i);
  });
  it("'có thể đưa cháu ra ngoài ở với tôi không?' is no break-in", async () => {
    const w = await toSummary("Tôi là bà ngoại của bé Na 8 tuổi ở xã Phú Vang, Huế. Bố dượng hay chửi mắng, đánh bé.", NO_DANGER);
    const replies = await w.send("Tôi có thể đưa cháu ra ngoài ở với tôi không?");
    expect(all(replies)).not.toMatch(/114/);
  });
  it("'should I also tell the school?' in danger is not answered 'yes, call 113'", async () => {
    const w = reporter();
    await w.send("Cứu với, ông bố nhà bên ở xã Ea Tu, Đắk Lắk đang cầm dao rượt đánh thằng con 10 tuổi, nó bị chém chảy máu tay.");
    const replies = await w.send("tôi có cần báo cho nhà trường không?");
    expect(all(replies)).not.toMatch(/^Có: trẻ đang gặp nguy hiểm/m);
  });
  it("a child whose father is in the house now, afraid he comes back to hit, is in danger now", async () => {
    const w = reporter();
    await w.send("em 12 tuổi ở Pleiku, bố em say rượu đánh em chảy máu mũi");
    const r2 = await w.send({ choice: "menu:report" }).catch(() => []);
    const replies = await w.send("em sợ bố quay lại phòng đánh em nữa, bố đang ở dưới bếp");
    expect(all([...r2, ...replies])).toMatch(/113/);
  });
});
