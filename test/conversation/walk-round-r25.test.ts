/**
 * Round-25 walk findings (fresh reporters through the web chat, 5 December), replayed through the real
 * conversation core with sentences of our own of the same kinds.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const { reporter, stored, toSummary } = realCoreHarness("r25");
const WHERE = /ở đâu|tỉnh, thành phố nào|Where did/;
const COMMUNE = /xã, phường hay thôn|xã, phường nào|Which commune/;

describe("where the child is, read from the answer to the place question", () => {
  it("the province where the parents went to work is not where the child is: the bot asks, and the answer holds", async () => {
    const w = await toSummary("Cháu ngoại tôi 8 tuổi, ba mẹ nó vô Đồng Nai làm công nhân, gửi nó cho dì nó nuôi. Dì nó bắt nó đi bán vé số tới khuya, về trễ là bị đánh bằng roi.", [
      [WHERE, "nhà dì nó ở Hương Trà, Thừa Thiên Huế"],
    ]);
    expect(w.questions.some((q) => WHERE.test(q))).toBe(true);
    expect(w.questions.filter((q) => COMMUNE.test(q))).toEqual([]);
    const understood = w.summary.split("\n").find((l) => /^(?:Mình hiểu|Cô chú hiểu)/.test(l)) ?? "";
    expect(understood).toMatch(/Hương Trà, Huế/);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.provinceName).toMatch(/Huế/);
    expect(stored(w.chatId)?.draft.commune).toBe("Hương Trà");
  });

  it.each([
    ["cu kuin dak lak a", /Đắk Lắk/, "Cư Kuin"],
    ["Ia Grai, Gia Lai", /Gia Lai/, "Ia Grai"],
    ["ở Gò Dầu, Tây Ninh đó", /Tây Ninh/, "Gò Dầu"],
  ])("«%s»: the province and the place typed beside it", async (answer, province, commune) => {
    const w = await toSummary("có đứa nhỏ bị ba nó đánh hoài, tui nghe tiếng khóc mỗi tối", [[WHERE, answer]]);
    expect(w.questions.filter((q) => COMMUNE.test(q))).toEqual([]);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.provinceName).toMatch(province);
    expect(stored(w.chatId)?.draft.commune).toBe(commune);
  });

  it("a former district typed at the commune question is taken, not asked again", async () => {
    const w = await toSummary("Thằng bé 9 tuổi nhà bên ở Gia Lai bị mẹ kế đánh, bỏ đói mấy bữa nay", [[COMMUNE, "thì Chư Păh đó, nói rồi mà"]]);
    expect(w.questions.filter((q) => COMMUNE.test(q)).length).toBe(1);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.commune).toBe("Chư Păh");
  });

  it("a neighbourhood and its ward are both kept: the ward as the commune, the neighbourhood beside it", async () => {
    const w = await toSummary("Bé gái 7 tuổi ở Tây Ninh hay bị ông dượng đánh, tuần nào cũng thấy bầm", [[COMMUNE, "khu phố Gia Lâm, phường Gia Lộc"]]);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft).toMatchObject({ commune: "phường Gia Lộc", hamlet: "khu phố Gia Lâm" });
  });

  it("'đi làm ăn xa ở Bình Dương' is where the parents are: the child's place is asked", async () => {
    const w = await toSummary("Tôi là bà nội. Thằng cháu 9 tuổi, bố mẹ nó đi làm ăn xa ở Bình Dương, gửi nó cho ông chú nuôi, ổng bắt nó chăn bò cả ngày không cho đi học", [
      [WHERE, "nhà ông chú ở Phong Điền, Thừa Thiên Huế"],
    ]);
    expect(w.questions.some((q) => WHERE.test(q))).toBe(true);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.provinceName).toMatch(/Huế/);
  });

  it("a province typed at the commune question replaces the one read from the story", async () => {
    const w = await toSummary("Con bé 10 tuổi, ba mẹ nó đi làm ở Bình Dương rồi, ở với ông bà ở Huế, ông nó hay say rồi đánh nó", [[COMMUNE, "nhà ông bà nó ở Phong Điền, Thừa Thiên Huế"]]);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.provinceName).toMatch(/Huế/);
    expect(stored(w.chatId)?.draft.commune).toBe("Phong Điền");
  });
});

const allText = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");

describe("a child who asks to stop, with a reason or in other words, is stopped", () => {
  it.each([
    "thôi em không muốn kể nữa, em sợ dì biết",
    "thoi e ko mun ke nua, so bo e biet",
    "thôi em dừng ở đây",
    "em ko muốn gửi nữa",
    "I don't want to tell anymore, I'm scared he'll find out",
  ])("«%s»", async (stop) => {
    const w = reporter();
    let replies = await w.send("dượng em hay vào phòng em lúc mẹ đi làm rồi sờ soạng em, em 12 tuổi");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
    replies = await w.send({ choice: "no" });
    const stopped = await w.send(stop);
    // Not asked another question: not the place, not a phone number.
    expect(allText(stopped)).not.toMatch(/số điện thoại|phone number|tỉnh, thành phố|xã, phường|Where|How can/);
    expect(allText(stopped)).toMatch(/111/);
  });

  it("a child's worry that the person will know is answered (kept secret), not only noted", async () => {
    const w = reporter();
    let replies = await w.send("dượng em hay vào phòng em lúc mẹ đi làm rồi sờ soạng em, em 12 tuổi");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
    await w.send({ choice: "no" });
    for (const q of ["dượng có biết em nhắn ở đây ko", "will my stepdad know I messaged you?"]) {
      expect(allText(await w.send(q))).toMatch(/bí mật|secret/);
    }
  });

  it("'don't tell my parents' is answered about the parents", async () => {
    const w = reporter();
    await w.send("im 15 and a guy from instagram says he will post my pics unless i send more by tonight");
    expect(allText(await w.send("pls dont tell my parents"))).toMatch(/adults at home|người lớn trong nhà/);
  });
});

describe("texts only: a number given for messages is consent to be texted", () => {
  it.each([
    ["e ko goi dc, bo nghe thay. 0345 222 111 dt cua e, nhan tin thoi", /nhắn tin/],
    ["0388 112 233 số của em, nhắn tin đừng gọi", /nhắn tin/],
    ["0912 000 444, text only please, no calls", /text|nhắn tin/],
  ])("«%s»", async (contact, shown) => {
    const w = reporter();
    let replies = await w.send("bố em say rượu hay đánh em với mẹ, em 13 tuổi, nhà em ở xã Ea Kar, Đắk Lắk");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
    for (let i = 0; i < 8 && !/số điện thoại|phone/i.test(replies.at(-1)?.text ?? ""); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|unknown|skip|12_15)$/.test(c.id));
      replies = await w.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    replies = await w.send(contact);
    // Not asked whether someone may call back: the child said how.
    expect(allText(replies)).not.toMatch(/gọi lại cho em|calls you back|liên lạc với em không|contact you\?/);
    for (let i = 0; i < 4 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) replies = await w.send({ choice: replies.at(-1)?.choices?.find((c) => /^(no|unknown|skip)$/.test(c.id))?.id ?? "skip" });
    expect(allText(replies)).not.toMatch(/không muốn được liên lạc|does not want to be contacted/);
    expect(allText(replies)).toMatch(shown);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.consentToContact).toBe(true);
  });
});

describe("a teen who told of 'a friend' and says it is them, in English", () => {
  it.each([
    "ok actually its me not my friend. im 16. pls dont tell my parents",
    "its not my friend, its me. im 15",
  ])("«%s»", async (me) => {
    const w = reporter();
    let replies = await w.send("my friend is talking to some guy online and she sent him pics and now he says he will post them unless she sends more by tonight. what should she do");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
    replies = await w.send(me);
    expect(allText(replies)).toMatch(/not your fault|you/i);
    replies = await w.send("saigon, thao dien");
    for (let i = 0; i < 8 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      replies = await w.send(pick ? { choice: pick.id } : "skip");
    }
    const summary = allText(replies);
    expect(summary).not.toMatch(/a friend of the child/);
    expect(summary).toMatch(/1[56]/);
  });
});

describe("a child hiding from an armed parent", () => {
  it("is told how to stay hidden, not only to run; the place keeps its village, not the province twice; 'cannot call' is answered with the number", async () => {
    const w = reporter();
    const first = await w.send("cuu e voi, ba e say roi cam dao doa giet ca nha, e dang tron trong nha tam");
    expect(allText(first)).toMatch(/113/);
    expect(allText(first)).toMatch(/đang trốn|hiding/);
    await w.send("xa cu ne, krong buk dak lak, thon 5");
    const replies = await w.send("e ko dam goi, ba nghe thay. so e 0977 111 222, nhan tin thoi");
    expect(allText(replies)).toMatch(/không cần gọi|đừng gọi/);
    let last = replies;
    for (let i = 0; i < 4 && !last.at(-1)?.choices?.some((c) => c.id === "submit"); i++) last = await w.send({ choice: last.at(-1)?.choices?.find((c) => /^(no|unknown|skip|12_15)$/.test(c.id))?.id ?? "skip" });
    await w.send({ choice: "submit" });
    const c = stored(w.chatId);
    expect(c?.draft.provinceName).toMatch(/Đắk Lắk/);
    expect(c?.draft.commune ?? "").not.toMatch(/dak lak/i);
    expect(c?.draft.commune ?? "").toMatch(/cu ne/i);
    expect(c?.draft.consentToContact).toBe(true);
  });
});

describe("a story the triage reads as an emergency gets the numbers before the first question", () => {
  it.each([
    "nhà kế bên có hai đứa, đứa lớn chừng bốn tuổi, đứa nhỏ đang tập đi, má tụi nó đi đâu hai bữa nay chưa về, tụi nhỏ ở nhà một mình",
    "next door a toddler has been alone in the flat since yesterday, the mother left with her bags, I can hear him crying",
  ])("«%s»", async (story) => {
    const w = reporter();
    const first = await w.send(story);
    const danger = first.findIndex((r) => /nguy hiểm ngay lúc này|in danger right now/.test(r.text));
    const numbers = first.findIndex((r) => /113/.test(r.text));
    expect(numbers).toBeGreaterThanOrEqual(0);
    if (danger >= 0) expect(numbers).toBeLessThan(danger);
  });
});

describe("a child telling of a friend without the friend's age", () => {
  it("is asked about the friend, and the friend is the child harmed, not the writer", async () => {
    const w = reporter();
    let replies = await w.send("e lớp 6, nhỏ bạn thân e bị mấy anh lớp 9 chặn đường đánh mấy lần rồi, còn quay video đăng lên nhóm lớp. bạn e ko dám kể ai");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
    expect(replies.at(-1)?.text).toMatch(/bạn ấy/);
    replies = await w.send({ choice: "no" });
    replies = await w.send("Ia Pa, Gia Lai");
    for (let i = 0; i < 6 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) replies = await w.send({ choice: replies.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip" });
    const summary = allText(replies);
    expect(summary).not.toMatch(/người làm hại em/);
    expect(summary).toMatch(/bạn của trẻ/);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.reporterRelation).not.toBe("self");
    expect(stored(w.chatId)?.draft.commune).toBe("Ia Pa");
  });

  it("'pleiku gia lai': the city is kept as the place", async () => {
    const w = await toSummary("bé gái 8 tuổi nhà đối diện hay bị mẹ kế đánh, tuần nào cũng nghe", [[WHERE, "pleiku gia lai"]]);
    expect(w.questions.filter((q) => COMMUNE.test(q))).toEqual([]);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.commune).toBe("Pleiku");
  });
});

describe("more of walk 25's reporters, in sentences of our own", () => {
  it("'a girl in my class' said by a classmate is no teacher", async () => {
    const w = await toSummary("My friend in my class has been cutting her wrists and last night she wrote in our group chat that she won't be here tomorrow. I don't know what to do", [
      [/Where did this happen/, "Hai Chau, Da Nang"],
    ]);
    expect(w.summary).not.toMatch(/reporter: teacher/);
  });

  it("'giờ tui phải làm sao?' at the end of a story is answered before the first question", async () => {
    const w = reporter();
    const first = await w.send("Thằng cháu ngoại tui 7 tuổi, ba nó say là lấy dây nịt quất nó, tối qua lưng nó lằn đỏ hết. Tui ở gần mà can không được, giờ tui phải làm sao?");
    const texts = first.map((r) => r.text);
    const advice = texts.findIndex((t) => /Đừng tự đối đầu|đã làm đúng/.test(t));
    const question = texts.findIndex((t) => /nguy hiểm ngay lúc này/.test(t));
    expect(advice).toBeGreaterThanOrEqual(0);
    expect(advice).toBeLessThan(question);
  });
});

describe("a child's few words without tones, and a city with its ward after it", () => {
  it("'me danh e' names the mother: the child is not asked who hurt them", async () => {
    const w = reporter();
    let replies = await w.send("me danh e dau qua");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
    const asked: string[] = [];
    for (let i = 0; i < 8 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      asked.push(replies.at(-1)?.text ?? "");
      replies = await w.send({ choice: replies.at(-1)?.choices?.find((c) => /^(no|unknown|skip|anonymous|6_11)$/.test(c.id))?.id ?? "skip" });
    }
    expect(asked.join("\n")).not.toMatch(/ai làm em đau/);
    expect(allText(replies)).toMatch(/mẹ/);
  });

  it("'saigon, thao dien' keeps the ward", async () => {
    const w = await toSummary("a 12 year old boy in my building is beaten by his father almost every night, I hear it through the wall", [[/Where did this happen/, "saigon, thao dien"]]);
    expect(w.questions.filter((q) => /Which commune/.test(q))).toEqual([]);
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.commune).toBe("thao dien");
  });
});

describe("a writer's trade is not their tie to the child", () => {
  it("'I'm a music teacher living in Hue' about a boy in the market is no teacher of his", async () => {
    const w = await toSummary("Hello, I'm a music teacher living in Hue. A boy of about 10 sells lottery tickets in the market near my flat until midnight every day and his aunt hits him when he sells too few.", [
      [/Where did this happen/, "Dong Ba market, Hue"],
      [/who are you|relationship/i, "I live nearby"],
    ]);
    expect(w.summary).not.toMatch(/reporter: teacher/);
  });
  it("'I'm a teacher' with 'one of my students' is the child's teacher", async () => {
    const w = await toSummary("I'm a teacher in Pleiku. One of my students, a girl of 11, came to class with burns on her arms and said her stepfather did it.", [[/Which commune/, "skip"]]);
    expect(w.summary).toMatch(/reporter: teacher/);
  });
});
