/**
 * Walk 49 (helper C29): corrections and typed answers understood. A correction typed while a question is open is applied as a
 * correction (never stored as the answer); "not X, it is Y" stores Y; a correction that changes a field changes it; a typed answer to a
 * choice question means what its button means (and stores the same risk); facts the story states are not asked again. Sentences
 * written for these tests, in no corpus or eval file (the walk's own sentences are its measurement set).
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, all, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";

const h = realCoreHarness("c29");
const ASKS_CONTACT = /liên lạc với bạn qua đâu|How can officers contact you/;

/** Sends the story and then each message in turn; the replies to the last one. */
async function say(first: string, ...then: Say[]) {
  const r = h.reporter();
  let replies = await r.send(first);
  for (const t of then) replies = await r.send(t);
  return { ...r, replies, draft: () => h.draftOf(r.chatId)! };
}

describe("A1. a correction typed while the contact question is open is a correction, never the contact", () => {
  const story = "Con trai tôi 14 tuổi bị một người lạ trên Instagram dọa gửi ảnh khỏa thân của cháu cho cả lớp nếu không chuyển tiền trước sáng mai. Nhà tôi ở phường Ninh Kiều, Cần Thơ. Tôi là bố cháu.";
  it("age and platform corrected with a pause word first; the contact question asked again; no contact stored", async () => {
    const r = await say(story, "ơ khoan, tôi ghi nhầm, cháu 15 tuổi chứ không phải 14, mà là trên TikTok chứ không phải Instagram");
    const d = r.draft();
    expect(d.contact ?? "").not.toMatch(/nhầm|khoan/);
    expect(d.anonymous).not.toBe(false);
    expect(d.childAgeText).toMatch(/15/);
    expect(d.harmerText ?? "").not.toMatch(/instagram/i);
    expect(r.replies.at(-1)?.text).toMatch(/TikTok/);
    expect(lastLine(r.replies.at(-1))).toMatch(ASKS_CONTACT);
    expect(hasChoice(r.replies.at(-1), "submit")).toBe(false);
  });
  it("'khoan đã, tôi nhầm: ...' with the age alone is the age, and the contact is still asked", async () => {
    const r = await say(story, "khoan đã, tôi nhầm: cháu 13 tuổi chứ không phải 14");
    expect(r.draft().contact).toBeNull();
    expect(r.draft().childAgeText).toMatch(/13/);
    expect(lastLine(r.replies.at(-1))).toMatch(ASKS_CONTACT);
  });
  it("no diacritics: 'a khoan, toi nham, chau 15 tuoi chu khong phai 14' is no contact", async () => {
    const r = await say(story, "a khoan, toi nham, chau 15 tuoi chu khong phai 14");
    expect(r.draft().contact).toBeNull();
    expect(r.draft().childAgeText).toMatch(/15/);
    expect(lastLine(r.replies.at(-1))).toMatch(ASKS_CONTACT);
  });
  it("English: 'hold on, my mistake, he is 15 not 14' at the contact question is no contact", async () => {
    const en = "My son is 14. A stranger on Instagram says he will send my son's naked photos to his whole class tomorrow morning unless we pay. We live in Ninh Kieu ward, Can Tho. I am his father.";
    const r = await say(en, "hold on, my mistake, he is 15 not 14");
    expect(r.draft().contact).toBeNull();
    expect(r.draft().childAgeText).toMatch(/15/);
    expect(lastLine(r.replies.at(-1))).toMatch(ASKS_CONTACT);
  });
});

describe("A2. 'không phải X, là Y' / 'Y chứ không phải X' at the summary stores Y, never X", () => {
  const story = "Bên nhà chồng tôi bắt đứa cháu gái nghỉ học ở nhà phơi cà phê thuê từ sáng tới tối, con bé mới 12 tuổi, hai tay nứt nẻ hết. Ở xã Chư Sê, Gia Lai.";
  async function atSummary() {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, "0912 777 888"]]);
    await r.send({ choice: "edit" });
    return r;
  }
  it.each([
    "không phải chồng tôi, là bà nội bên nhà chồng bắt con bé đi làm",
    "là bà nội bên nhà chồng bắt nó đi làm chứ không phải chồng tôi",
    "không phải chồng tôi, là ông nội con bé ở nhà chồng bắt nó đi làm",
  ])("%s", async (fix) => {
    const r = await atSummary();
    const before = h.draftOf(r.chatId)!;
    const replies = await r.send(fix);
    const d = h.draftOf(r.chatId)!;
    if (before.harmer === "partner") expect(d.harmer).not.toBe("partner");
    expect(d.harmer).toBe("grandparent");
    expect(d.harmerText ?? "").not.toMatch(/^(?:chồng|chong)(?: tôi| toi)?$/);
    expect(all(replies)).not.toMatch(/→ (?:chồng|vợ)\./);
  });
  it("English: 'not my husband, it's his mother who makes her work' stores the grandmother", async () => {
    const en = "My husband's family pulled my 12 year old niece out of school to dry coffee beans for money all day, her hands are cracked. Chu Se commune, Gia Lai.";
    const r = await h.toSummary(en, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, "0912 777 888"]]);
    await r.send({ choice: "edit" });
    await r.send("not my husband, it's his mother who makes her work");
    const d = h.draftOf(r.chatId)!;
    expect(d.harmer).not.toBe("partner");
    expect(d.harmerText ?? "").not.toMatch(/^(?:my )?husband$/i);
  });
});

describe("A3. a correction that changes who harms changes it; 'already says so' only when it truly does", () => {
  const story = "The house behind ours in Hoa Cuong ward, Da Nang - a man is yelling at a little girl and I hear slaps right now. I'm the neighbour.";
  async function fixed(fix: string) {
    const r = await h.toSummary(story, [[ASKS_CONTACT, "+84 912 000 111"]]);
    expect(h.draftOf(r.chatId)?.harmer).toBe("stranger");
    await r.send({ choice: "edit" });
    const replies = await r.send(fix);
    return { replies, d: h.draftOf(r.chatId)! };
  }
  it.each([
    ["he isn't a stranger, he lives in that house, I believe he is her uncle", /uncle/],
    ["he's not a stranger, he lives there with her, I'm fairly sure he is the girl's dad", /dad|father/],
    ["the man is not a stranger, he lives there, I think he's her stepdad", /stepdad|stepfather/],
  ])("%s", async (fix, who) => {
    const { replies, d } = await fixed(fix);
    expect(d.harmer).not.toBe("stranger");
    expect(d.harmerText ?? d.harmer ?? "").toMatch(who);
    expect(all(replies)).not.toMatch(/already says so/);
    expect(replies.at(-1)?.text).not.toMatch(/harm: a stranger/);
  });
  it("a correction that restates what the summary holds is still told 'already says so'", async () => {
    const { replies } = await fixed("she is a girl");
    expect(all(replies)).toMatch(/already says so/);
  });
});

describe("F. typed answers to the danger question are read as the buttons are", () => {
  const vi = "Bố dượng hay lấy thắt lưng quất thằng Tí 9 tuổi, tuần trước lưng nó lằn đỏ. Nhà ở phường Hải Châu, Đà Nẵng. Tôi là cô giáo của nó.";
  const en = "My stepdad whipped my little brother with a belt last week, he is 9 and has red marks on his back. We live in Hai Chau ward, Da Nang. I'm his older sister, I'm 19.";
  it.each([
    [vi, "k sao đâu, giờ nó ổn rồi", "no"],
    [vi, "on roi, no dang o nha ba noi", "no"],
    [vi, "đang ở nhà bà ngoại rồi, không sao", "no"],
    [vi, "hk sao dau a", "no"],
    [en, "nope", "no"],
    [en, "nah hes fine rn, at our grandmas", "no"],
    [en, "he's safe now", "no"],
    [en, "yes he's here right now with him", "yes"],
  ])("%s / %s", async (story, typed, answer) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 4 && !ASKS_DANGER.test(lastLine(replies.at(-1))); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(menu:report|anonymous|skip)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_DANGER);
    replies = await r.send(typed);
    expect(h.draftOf(r.chatId)?.dangerNow).toBe(answer);
    expect(lastLine(replies.at(-1))).not.toMatch(ASKS_DANGER);
  });
  it("a teen's 'no im good rn, just in my bedroom' after telling of self-harm is a no", async () => {
    const r = h.reporter();
    let replies = await r.send("im 14 and i burned my wrist with a lighter again two nights ago. i dont want to die, i just cant stop. no one knows. im in da nang");
    for (let i = 0; i < 3 && !ASKS_DANGER.test(lastLine(replies.at(-1))); i++) replies = await r.send({ choice: replies.at(-1)?.choices?.[0]?.id ?? "skip" });
    expect(lastLine(replies.at(-1))).toMatch(ASKS_DANGER);
    replies = await r.send("no im good rn, just in my bedroom");
    expect(h.draftOf(r.chatId)?.dangerNow).toBe("no");
    expect(lastLine(replies.at(-1))).not.toMatch(ASKS_DANGER);
  });
});

describe("F. typed answers to the consent and contact questions", () => {
  const story = "Tôi là hàng xóm. Thằng bé nhà bên 8 tuổi ở phường Hải Châu, Đà Nẵng tuần trước bị bố nó đánh bầm tím mặt.";
  it.each([
    ["được ạ, cứ gọi", true],
    ["dc a", true],
    ["thôi đừng gọi", false],
    ["ok call me any time", true],
  ])("consent typed %s", async (typed, yes) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, "0912 345 678 nhưng đừng liên lạc với tôi"], [/đồng ý|dặn/, typed]]);
    expect(h.draftOf(r.chatId)?.consentToContact).toBe(yes);
  });
  it.each(["nope, keep me anonymous", "thôi, cho tôi ẩn danh", "an danh nha"])("contact typed %s is anonymous", async (typed) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, typed]]);
    const d = h.draftOf(r.chatId)!;
    expect(d.anonymous).toBe(true);
    expect(d.contact).toBeNull();
  });
});

describe("C. facts the story states are not asked again", () => {
  it("'cháu ở với tôi, an toàn rồi' is no danger now, and the danger question is not asked", async () => {
    const r = await h.toSummary("Năm ngoái con gái riêng của vợ tôi, bé 10 tuổi, bị mẹ nó đánh rạn xương sườn. Giờ vợ tôi đã đi tù, bé ở với tôi ở phường Hải Châu, Đà Nẵng, an toàn rồi. Tôi báo để có hồ sơ.");
    expect(r.questions.join("\n")).not.toMatch(ASKS_DANGER);
    expect(h.draftOf(r.chatId)?.dangerNow).toBe("no");
  });
  it("'con riêng của vợ tôi' makes the writer family, and who they are is not asked", async () => {
    const r = await h.toSummary("Năm ngoái con gái riêng của vợ tôi, bé 10 tuổi, bị mẹ nó đánh rạn xương sườn. Giờ vợ tôi đã đi tù, bé ở với tôi ở phường Hải Châu, Đà Nẵng, an toàn rồi. Tôi báo để có hồ sơ.");
    expect(r.questions.join("\n")).not.toMatch(/Bạn là ai đối với trẻ/);
    expect(h.draftOf(r.chatId)?.reporterRelation).toBe("family");
  });
  it("a baby crying without stop now is now: 'when was the last time?' is not asked", async () => {
    const r = await h.toSummary("con 11 tuoi. ba me con di lam xa, de con voi em be 2 tuoi o nha, em be khoc hoai khong nin, nguoi em nong ran, con khong goi duoc ai", [[/Ngay lúc này em/, "con k sao, em be sot cao lam"]]);
    expect(r.questions.join("\n")).not.toMatch(/Lần gần nhất là khi nào/);
  });
});

describe("G. a typed danger answer stores the risk the button stores", () => {
  const stories = [
    "Tôi gửi con trai 8 tuổi cho nhà nội trông ở phường Hải Châu, Đà Nẵng. Bà nội cháu hay mắng cháu là đồ ăn hại, dọa nhốt ngoài sân, mấy hôm nay cháu sợ không dám sang. Tôi là mẹ cháu.",
    "Cô giáo chủ nhiệm lớp 3 của con gái tôi (8 tuổi) ở phường Ninh Kiều, Cần Thơ hay gọi cháu là đồ ngu trước lớp, mấy tuần nay cháu khóc không muốn đi học. Tôi là mẹ cháu.",
  ];
  async function stored(story: string, danger: Say) {
    const r = await h.toSummary(story, [[ASKS_DANGER, danger]]);
    await r.send({ choice: "submit" });
    return triageDraft(h.stored(r.chatId)!.draft).risk;
  }
  it.each([
    [stories[0]!, "không, bây giờ cháu đang ở nhà với bố"],
    [stories[0]!, "khong, gio chau o nha voi me roi"],
    [stories[1]!, "không, giờ cháu đang ở nhà với tôi"],
  ])("%s / %s", async (story, typed) => {
    expect(await stored(story, typed)).toBe(await stored(story, { choice: "no" }));
  });
});

describe("C. a small child ill now with no one to care is danger now, read from the story", () => {
  it("a child writing of a baby burning up and crying without stop is not asked whether anyone is in danger now", async () => {
    const r = await h.toSummary("con 11 tuoi. ba me con di lam xa, de con voi em be 2 tuoi o nha, em be khoc hoai khong nin, nguoi em nong ran, con khong goi duoc ai");
    expect(r.questions.join("\n")).not.toMatch(/Ngay lúc này em có đang gặp nguy hiểm/);
    expect(h.draftOf(r.chatId)?.dangerNow).toBe("yes");
  });
});

it("the first reply to a child alone with a feverish baby gives the ambulance number, 115", async () => {
  const r = h.reporter();
  const replies = await r.send("con 11 tuoi. ba me con di lam xa, de con voi em be 2 tuoi o nha, em be khoc hoai khong nin, nguoi em nong ran, con khong goi duoc ai");
  expect(replies[0]?.text).toMatch(/115/);
});

it("'..., bé ở với tôi ở <a long place>, an toàn rồi' far from the word of now is still no danger now, not asked", async () => {
  const r = await h.toSummary("Hồi tết con trai riêng của vợ tôi, 9 tuổi, bị mẹ nó dí tàn thuốc vào tay. Bây giờ vợ tôi đã bị công an tạm giữ để điều tra, thằng bé sống với tôi ở phường Ninh Kiều, thành phố Cần Thơ, an toàn rồi. Tôi chỉ báo để lưu hồ sơ.");
  expect(r.questions.join("\n")).not.toMatch(ASKS_DANGER);
  expect(h.draftOf(r.chatId)?.dangerNow).toBe("no");
});
