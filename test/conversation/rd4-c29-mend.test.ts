/**
 * RD4 (second reading of c29): what the c29 merge broke, mended. A contact given in words is a contact, never a correction; a
 * correction changes who harms only when it is about who harms; the adult writer safe is not the child safe; "khóc mãi không nín" is
 * now only in a story told in the present; the 115 line only for a child's illness words. The reader's inputs, and sentences written
 * for these tests (in no corpus or eval file).
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, all, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";

const h = realCoreHarness("m8");
const ILL_LINE = /gọi 115 \(cấp cứu\) ngay|call 115 \(ambulance\) now/;
const ASKS_CONTACT = /liên lạc với bạn qua đâu|How can officers contact you/;

/** Sends the story, answers with the no / skip buttons until `at` is asked, then sends `typed`. */
async function atQuestion(story: string, at: RegExp, typed: Say) {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 6 && !at.test(lastLine(replies.at(-1))); i++) {
    const q = lastLine(replies.at(-1));
    const pick = ASKS_DANGER.test(q) ? "no" : replies.at(-1)?.choices?.find((c) => /^(menu:report|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(pick ? { choice: pick } : "bỏ qua");
  }
  expect(lastLine(replies.at(-1))).toMatch(at);
  const before = h.draftOf(r.chatId)!;
  replies = await r.send(typed);
  return { replies, before, d: h.draftOf(r.chatId)!, r };
}

/** To the summary (danger "no", anonymous), then Edit, then `fix`. */
async function editAt(story: string, fix: string) {
  const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }]]);
  const before = h.draftOf(r.chatId)!;
  await r.send({ choice: "edit" });
  const replies = await r.send(fix);
  return { replies, before, d: h.draftOf(r.chatId)! };
}

describe("1-2. a contact given in words at the contact question is stored as the contact; who harms untouched", () => {
  const viSext = "Con trai tôi 14 tuổi bị một người lạ trên Zalo dọa tung ảnh nhạy cảm của cháu nếu không gửi thêm ảnh. Nhà tôi ở phường Ninh Kiều, Cần Thơ. Tôi là mẹ cháu.";
  const enBelt = "My husband hits our 9 year old daughter with his belt, last week she had welts all over her legs. We live in Hai Chau ward, Da Nang. I am her mother.";
  const viBelt = "Chồng tôi hay lấy dây nịt đánh con gái 9 tuổi, tuần trước cháu lằn đỏ hết chân. Nhà ở phường Hải Châu, Đà Nẵng. Tôi là mẹ cháu.";
  it.each([
    [viSext, "Không phải gọi điện, mà nhắn Zalo cho tôi tên Hạnh Nguyễn là được", /Hạnh Nguyễn/],
    [enBelt, "not by phone, but you can message me on Facebook, Lan Tran", /Lan Tran/],
    [enBelt, "facebook messenger, not instagram, name Lan Tran", /Lan Tran/],
    [viBelt, "đừng gọi, nhắn tin Zalo cho tôi chứ không phải gọi điện, tên Zalo là Mai Hoa", /Mai Hoa/],
    [viSext, "Facebook Hạnh Lê chứ không phải Zalo", /Hạnh Lê/],
    // Own sentences, same class.
    [viBelt, "không phải điện thoại, nhắn Messenger cho tôi, tên Thu Trang", /Thu Trang/],
    [viBelt, "nhắn Zalo chứ đừng gọi, Zalo tên Ngọc Bích", /Ngọc Bích/],
    [viSext, "Telegram chứ không phải Zalo nha, tên Minh Thư", /Minh Thư/],
    [enBelt, "not a call, text me on Zalo instead, name Hoa Pham", /Hoa Pham/],
    [enBelt, "whatsapp not viber, my name there is Linh Do", /Linh Do/],
  ])("%s / %s", async (story, typed, name) => {
    const { replies, before, d } = await atQuestion(story, ASKS_CONTACT, typed);
    expect(d.contact ?? "").toMatch(name);
    expect(d.harmer).toBe(before.harmer);
    expect(d.harmerText).toBe(before.harmerText);
    expect(lastLine(replies.at(-1))).not.toMatch(ASKS_CONTACT);
    expect(all(replies)).not.toMatch(/(?:Tôi|Mình) chưa đọc ra được thông tin cần sửa|Đã sửa theo lời bạn|Với điều bạn vừa sửa/);
  });
});

it("2. with a correction word first, 'Facebook Hạnh Lê chứ không phải Zalo' never becomes who harms", async () => {
  const story = "Con trai tôi 14 tuổi bị một người lạ trên Zalo dọa tung ảnh nhạy cảm của cháu nếu không gửi thêm ảnh. Nhà tôi ở phường Ninh Kiều, Cần Thơ. Tôi là mẹ cháu.";
  const { before, d, replies } = await atQuestion(story, ASKS_CONTACT, "à nhầm, Facebook Hạnh Lê chứ không phải Zalo");
  expect(d.harmerText).toBe(before.harmerText);
  expect(all(replies)).not.toMatch(/Hạnh Lê.*→|→.*Hạnh Lê/);
});

describe("3-5. the adult writer safe is not the child safe: danger kept", () => {
  it.each([
    ["Dượng đánh con gái tôi 9 tuổi gãy tay tuần trước. Ở xã Tân Phú, Đồng Nai. Tôi là mẹ cháu.", "tôi đang ở với em gái tôi, an toàn rồi, còn bé vẫn ở nhà với ổng"],
    ["My husband hit our 10 year old daughter with a belt yesterday, she has welts on her back. Hai Chau ward, Da Nang. I am her mother.", "im ok rn but hes still yelling at her"],
    // Own sentences.
    ["Dượng đánh con gái tôi 9 tuổi gãy tay tuần trước. Ở xã Tân Phú, Đồng Nai. Tôi là mẹ cháu.", "tôi ở với ba mẹ tôi rồi, an toàn rồi, nhưng cháu vẫn ở với dượng"],
    ["Dượng đánh con gái tôi 9 tuổi gãy tay tuần trước. Ở xã Tân Phú, Đồng Nai. Tôi là mẹ cháu.", "tôi đang ở với em trai tôi, an toàn rồi mà bé thì còn ở với ổng"],
    ["My husband hit our 10 year old daughter with a belt yesterday, she has welts on her back. Hai Chau ward, Da Nang. I am her mother.", "i am ok now, but he still has her"],
    ["My husband hit our 10 year old daughter with a belt yesterday, she has welts on her back. Hai Chau ward, Da Nang. I am her mother.", "I'm fine now but she is still at home with him"],
  ])("%s / %s", async (story, typed) => {
    const { d, replies } = await atQuestion(story, ASKS_DANGER, typed);
    expect(d.dangerNow).not.toBe("no");
    void replies;
  });
  it.each([
    "Chồng cũ tôi đánh tôi và con trai tôi tuần trước. Tôi đã bỏ đi, đang ở với em gái tôi ở Biên Hòa, an toàn rồi, còn con trai tôi 7 tuổi vẫn ở với bố nó ở phường Thủ Đức, TP.HCM.",
    "My ex beat me and our son last week. I'm ok now, I moved to my sister's place, but my son is 7 and is still living with him in Thu Duc ward, Ho Chi Minh City.",
    // Own sentences.
    "Bố nó đánh tôi và con gái tôi hôm kia. Tôi đang ở với mẹ tôi, an toàn rồi, nhưng con gái tôi 8 tuổi vẫn ở với bố nó ở phường Hải Châu, Đà Nẵng.",
    "My partner hit me and my daughter two days ago. I am safe now at a friend's, but my daughter, 8, is still with him in Hai Chau ward, Da Nang.",
  ])("story: %s", async (story) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "yes" }]]);
    expect(h.draftOf(r.chatId)?.dangerNow).not.toBe("no");
  });
});

describe("6. 'khóc mãi không nín' in a past or resolved story is not now", () => {
  it.each([
    "Lúc đó bé khóc mãi không nín vì bị dượng đánh bằng dây điện, bé 6 tuổi, ở xã Tân Phú, Đồng Nai. Tôi là cô giáo.",
    "Thằng bé 5 tuổi nhà bên bị mẹ nó nhốt ngoài hiên cả đêm, khóc mãi không nín, giờ thì được bà ngoại đón về nuôi rồi. Ở phường Hải Châu, Đà Nẵng. Tôi là hàng xóm.",
    // Own sentences.
    "Hồi đó con bé 4 tuổi bị cha dượng tát, khóc mãi không nín cả tối. Ở xã Chư Sê, Gia Lai. Tôi là dì của bé.",
    "Tháng trước bé 6 tuổi bị bố đánh, khóc hoài không nín, giờ thì bé ở với ông bà rồi. Ở phường Ninh Kiều, Cần Thơ. Tôi là hàng xóm.",
  ])("%s", async (story) => {
    const r = h.reporter();
    const replies = await r.send(story);
    expect(all(replies)).not.toMatch(/Trẻ đang gặp nguy hiểm: GỌI NGAY 113/);
    expect(h.draftOf(r.chatId)?.dangerNow).not.toBe("yes");
  });
});

describe("7-8. a correction about the child or the place does not change who harms", () => {
  it.each([
    ["Mẹ bé hay đánh bé 8 tuổi bằng roi, hôm qua bé bị bầm hết chân. Ở xã Tân Phú, Đồng Nai. Tôi là hàng xóm.", "lúc đó bé ở nhà bà ngoại chứ không phải ở nhà mẹ"],
    ["A stranger tried to pull my 10 year old niece into his car outside her school yesterday. Hai Chau ward, Da Nang. I am her aunt.", "she isn't a stranger to me, she's my sister's daughter"],
    // Own sentences.
    ["Mẹ bé hay đánh bé 8 tuổi bằng roi, hôm qua bé bị bầm hết chân. Ở xã Tân Phú, Đồng Nai. Tôi là hàng xóm.", "hôm đó bé ngủ ở nhà dì chứ không phải nhà mẹ"],
    ["A stranger tried to pull my 10 year old niece into his car outside her school yesterday. Hai Chau ward, Da Nang. I am her aunt.", "she's not my daughter, she is my brother's girl"],
  ])("%s / %s", async (story, fix) => {
    const { before, d, replies } = await editAt(story, fix);
    expect(d.harmer).toBe(before.harmer);
    expect(all(replies)).not.toMatch(/người gây hại [^→\n]*→|person causing harm [^→\n]*→/);
  });
});

describe("9. the 115 line only for a child's illness words", () => {
  it.each([
    "em 11 tuổi, mẹ em đi từ hôm qua chưa về, em ở nhà với em gái 3 tuổi, bố em người nóng tính hay quát, em sợ lắm",
    // Own sentences.
    "con 12 tuổi, ba mẹ đi làm xa mấy ngày rồi không về, con ở nhà với em trai 4 tuổi, không tính ai giúp được con",
    "im 12, my mom left two days ago and hasnt come back, im home with my sister shes 3, my dad is gone too, she threw a fit about food",
  ])("%s", async (story) => {
    const r = h.reporter();
    const replies = await r.send(story);
    expect(all(replies)).not.toMatch(ILL_LINE);
  });
  it("a little one with a fever still gets it", async () => {
    const r = h.reporter();
    const replies = await r.send("con 12 tuoi, me con di tu sang hom qua chua ve, con o nha voi em trai 1 tuoi, em con sot cao lam, con khong goi duoc ai");
    expect(all(replies)).toMatch(/115/);
  });
});
