/**
 * Second reading of c41: with no officers' alert channel, "how long until someone comes?" in danger now still gets the urgent answer
 * (nobody comes from this chat; 113 now; a child hiding: stay, text an adult to call 113); a child asking this chat to keep it secret
 * gets the confidentiality answer.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const quiet = realCoreHarness("m22quiet", { officerAlerts: false });
const loud = realCoreHarness("m22loud");

describe("'how long?' in danger now, with or without an alert channel: 113 now", () => {
  it.each([
    ["Thằng bé 6 tuổi nhà bên đang bị ông chú say rượu đánh bằng gậy ngay bây giờ, nó la khóc ầm ĩ, ở phường Tân Phú, Đồng Nai.", "vậy bao lâu mới có người tới?", /không ai được gửi tới ngay/],
    ["Thang be 6 tuoi nha ben dang bi ong chu say ruou danh bang gay ngay bay gio, no la khoc am i, o phuong Tan Phu, Dong Nai.", "vay bao lau moi co nguoi toi?", /không ai được gửi tới ngay/],
    ["Right now my neighbour is beating his 7-year-old daughter with a stick and she is screaming, in Hai Chau ward, Da Nang.", "how long until someone gets here?", /nobody is sent at once/],
  ])("'%s' then '%s'", async (story, side, urgent) => {
    for (const h of [quiet, loud]) {
      const r = h.reporter();
      await r.send(story);
      const answer = all(await r.send(side));
      expect(answer).toMatch(urgent);
      expect(answer).toMatch(/113/);
    }
  });

  it.each([
    ["em 11 tuổi, bố em say rượu đang cầm dao đập cửa phòng, em đang trốn trong tủ ở nhà, xã Ea Tu, Đắk Lắk", "bao lâu thì có người tới cứu em?", /em ở yên và nhắn cho một người lớn/],
    ["im 10, my dad is drunk and smashing things and looking for me right now, im hiding under my bed, Hue", "how long till someone comes??", /stay where you are and text an adult/],
  ])("a child hiding, no alert channel: '%s' then '%s'", async (story, side, hiding) => {
    const r = quiet.reporter();
    let replies = await r.send(story);
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await r.send({ choice: "menu:report" });
    const answer = all(await r.send(side));
    expect(answer).toMatch(hiding);
  });
});

describe("a child asking this chat to keep it secret is answered", () => {
  it.each([
    ["im 12, my big brother hits me with a belt when mom is at work, we live in Can Tho.", "can this be our secret? i dont want my parents to know"],
    ["im 13. my stepdad kicks me when he is angry, in Hue.", "please keep this our secret ok?"],
  ])("'%s' then '%s': what is kept secret", async (story, side) => {
    const r = quiet.reporter();
    let replies = await r.send(story);
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await r.send({ choice: "menu:report" });
    const answer = all(await r.send(side));
    expect(answer).toMatch(/kept secret|confidential|keep your name private/);
  });
});

describe("taken-child advice only for a child taken and not back", () => {
  const h = realCoreHarness("m22taken");
  async function askAfter(story: string, side: string, danger = "no") {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 6 && !/liên lạc|contact/i.test((replies.at(-1)?.text ?? "").split("\n").at(-1) ?? ""); i++) {
      const q = (replies.at(-1)?.text ?? "").split("\n").filter((l) => l.trim()).at(-1) ?? "";
      const pick = /nguy hiểm ngay lúc này|in danger right now/.test(q) ? danger : replies.at(-1)?.choices?.find((c) => /^(skip|unknown|anonymous)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    return all(await r.send(side));
  }
  it.each([
    ["An older boy snatched my son's bike at the park in Vinh and punched him in the face this afternoon.", "what should I do now?"],
    ["Thằng lớp trên giật cặp của con gái tôi rồi chạy mất, còn đẩy bé ngã trầy gối, ở trường tiểu học xã Nghi Phú, Nghệ An.", "giờ tôi phải làm sao?"],
    ["Thang lop tren giang dien thoai cua chau toi roi chay mat, con tat chau mot cai, o truong xa Nghi Phu, Nghe An.", "gio toi phai lam gi?"],
    ["Hôm qua bố đẻ của cháu giằng cháu 4 tuổi đưa đi mất ở xã Yên Thành, Nghệ An. Sáng nay bé về rồi, người bầm tím.", "giờ tôi nên làm gì?"],
    ["My ex took our 5-year-old daughter away without telling me on Sunday in Vinh, Nghe An. She is back home now but has bruises on her arms.", "what should I do?"],
  ])("'%s' then '%s': no taken-child advice", async (story, side) => {
    const answer = await askAfter(story, side);
    expect(answer).not.toMatch(/Đừng chờ: gọi ngay 113|Do not wait: call 113/);
  });
  // The one who came back is the one who took the child, without the child: the child is still taken.
  it.each([
    ["My ex-husband snatched our 5-year-old daughter from her school in Vinh, Nghe An yesterday and drove off. He is back at his house now without her and will not say where she is.", "what should I do?"],
    ["A man drove off with my 6-year-old niece on Friday from Cua Lo, Nghe An. He came back alone last night and the girl is still missing.", "what do I do now?"],
  ])("'%s' then '%s': the harmer back without the child keeps the taken-child advice", async (story, side) => {
    const answer = await askAfter(story, side);
    expect(answer).toMatch(/Do not wait: call 113/);
  });
  it("'a man snatched my 4-year-old daughter' then 'what do I do now?': the taken-child advice", async () => {
    const answer = await askAfter("A man snatched my 4-year-old daughter from the playground in Vinh, Nghe An 20 minutes ago and drove off on a motorbike.", "what do I do now?", "yes");
    expect(answer).toMatch(/113/);
    expect(answer).toMatch(/do not wait/i);
  });
});

/** Tells the story and walks to the summary: a report offer taken, "no" to danger now, anonymous, the rest skipped. */
async function walkToSummary(h: ReturnType<typeof realCoreHarness>, story: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 12 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
    const last = replies.at(-1);
    if (last?.choices?.some((c) => c.id === "menu:report")) { replies = await r.send({ choice: "menu:report" }); continue; }
    const q = (last?.text ?? "").split("\n").filter((l) => l.trim()).at(-1) ?? "";
    const pick = /nguy hiểm ngay lúc này|in danger right now/.test(q) ? "no" : last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(pick ? { choice: pick } : "bỏ qua");
  }
  return r;
}

describe("one child said at the summary or at the count prompt is applied", () => {
  const h = realCoreHarness("m22count");
  const toSummary = (story: string) => walkToSummary(h, story);
  it.each([
    ["Several children next door are locked out of the house every night by their stepfather, in Tan Phu ward, Dong Nai, since last month.", "only one child"],
    ["Mấy đứa nhỏ nhà bên bị bà dì nhốt ngoài sân cả đêm từ tháng trước ở phường Tân Phú, Đồng Nai.", "chỉ có một bé thôi"],
    ["May dua nho nha ben bi ba di nhot ngoai san ca dem tu thang truoc o phuong Tan Phu, Dong Nai.", "chi co mot be thoi"],
  ])("'%s' then '%s' at the summary: the summary no longer says several", async (story, fix) => {
    const r = await toSummary(story);
    const summary = all(await r.send(fix));
    expect(summary).not.toMatch(/several children|mấy trẻ|mấy bé/);
    expect(summary).not.toMatch(/already says so|đã ghi đúng như bạn nói/);
  });
  it.each([
    ["Mấy đứa lớp trên hay chặn đường con tôi 9 tuổi đòi tiền ở trường tiểu học phường Tân Phú, Đồng Nai, hôm qua lại bị", "chỉ có con trai tôi thôi"],
    ["May dua lop tren hay chan duong con toi 9 tuoi doi tien o truong tieu hoc phuong Tan Phu, Dong Nai, hom qua lai bi", "chi co con gai toi thoi"],
    ["Some bigger kids keep taking money from my child, 9, at the primary school in Tan Phu ward, Dong Nai, yesterday again", "just my daughter"],
  ])("'%s', then [Number of children] '%s': one child", async (story, answer) => {
    const r = await toSummary(story);
    await r.send({ choice: "edit" });
    const summary = all(await r.send({ choice: "fix:children" }).then(() => r.send(answer)));
    expect(summary).not.toMatch(/several|mấy bé|mấy trẻ/);
  });
});

describe("'not only one' at the summary keeps several (third reading)", () => {
  const h = realCoreHarness("m22notone");
  it.each([
    ["Mấy đứa nhỏ nhà bên bị ông chú bỏ đói mấy ngày nay, ở phường Tân Hiệp, Đồng Nai.", "không chỉ một bé đâu, cả ba đứa luôn"],
    ["May dua nho nha ben bi ong chu bo doi may ngay nay, o phuong Tan Hiep, Dong Nai.", "ko phai chi mot be, co 3 be"],
    ["Mấy đứa nhỏ nhà bên bị ông chú bỏ đói mấy ngày nay, ở phường Tân Hiệp, Đồng Nai.", "chỉ có một bé thôi à? không, hai bé"],
    ["Several kids next door have been left without food by their uncle for days, in Tan Hiep ward, Dong Nai.", "not just one child, all three of them"],
  ])("'%s', then '%s': not made one child", async (story, fix) => {
    const r = await walkToSummary(h, story);
    const after = all(await r.send(fix));
    expect(after).not.toMatch(/số trẻ 1|children 1/);
    expect(h.draftOf(r.chatId)?.children ?? 2).toBeGreaterThan(1);
  });
});

describe("a count of several at [Number of children] stays several", () => {
  const h = realCoreHarness("m22count2");
  it.each([
    ["Mấy đứa nhỏ nhà bên bị bà dì nhốt ngoài sân cả đêm từ tháng trước ở phường Tân Phú, Đồng Nai.", "cả hai đứa con bà ấy"],
    ["Several children next door are locked out of the house every night by their stepfather, in Tan Phu ward, Dong Nai, since last month.", "both of his kids"],
  ])("'%s', then '%s': not one child", async (story, answer) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 12 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const last = replies.at(-1);
      const q = (last?.text ?? "").split("\n").filter((l) => l.trim()).at(-1) ?? "";
      const pick = /nguy hiểm ngay lúc này|in danger right now/.test(q) ? "no" : last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    await r.send({ choice: "edit" });
    await r.send({ choice: "fix:children" });
    const summary = all(await r.send(answer));
    expect(summary).not.toMatch(/only one child|chỉ có một bé|1 child/);
    expect(h.draftOf(r.chatId)?.children ?? 2).toBeGreaterThan(1);
  });
});
