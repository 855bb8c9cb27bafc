/**
 * Walk 43 (helper C20b): the reporter conversation. Someone else's number in the story is not the reporter's contact; a message
 * that corrects the contact corrects nothing else; more story typed at the danger question is story, not a "yes"; "not X, Y is
 * the one" corrects who harms; "what happens next" uses the risk the case is stored with; a question about secrecy as the first
 * message is answered; small lines (an unchanged "when" said as changed, "help you" to a child telling of a friend, a health
 * worker kept as the reporter). Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, answerTo, all, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";

const h = realCoreHarness("c20b");

/** Tells the story, answers by question pattern (danger "no", the rest skipped or anonymous), stops at the summary. */
async function toSummary(story: string, answers: Array<[RegExp, Say]> = []) {
  const r = h.reporter();
  let replies = await r.send(story);
  if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
  const seen: Reply[][] = [replies];
  const questions: string[] = [];
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    questions.push(q);
    replies = await r.send(answerTo(replies.at(-1), answers));
    seen.push(replies);
  }
  return { ...r, seen, questions, summary: replies.at(-1)?.text ?? "", draft: () => h.draftOf(r.chatId) };
}

describe("1. a number the story says is someone else's is not the reporter's contact", () => {
  it.each([
    ["Tôi là hàng xóm. Bé trai 9 tuổi ở xã Cư M'gar, Đắk Lắk bị bố dượng đánh bằng gậy, tuần này đã mấy lần. Đây là số của bà ngoại bé 0987654321, đừng gọi vào giờ này.", "0987654321"],
    ["Toi la co giao cua chau. Chau gai 8 tuoi o xa Dak Doa, Gia Lai hay bi me ke nhot ngoai san. So 0911222333 la so cua di ruot chau, dung goi luc nay", "0911222333"],
    ["I'm her teacher. An 11-year-old girl in Hoa Vang commune, Da Nang, says her stepfather beats her with a belt most nights. 0903111222 is her aunt's number, please don't call it now.", "0903111222"],
  ])("%s", async (story, number) => {
    const w = await toSummary(story);
    const d = w.draft();
    // Not taken as the reporter's contact, nor as their consent to be called on it.
    expect(d?.contact ?? "").not.toContain(number);
    expect(w.summary).not.toMatch(new RegExp(`(?:liên lạc|contact): ${number}`));
    // Kept and shown as somebody else's number.
    expect(w.summary).toContain(number);
    expect(w.summary).toMatch(/không phải số của người báo|not the reporter's/);
  });
});

describe("2. a message that corrects the contact corrects nothing else", () => {
  it.each([
    "số 0987654321 là của bà ngoại bé, không phải số tôi, đừng gọi số đó bây giờ. Số của tôi là 0977000111",
    "so 0987654321 la cua ba ngoai be chu khong phai cua toi, dung goi gio nay nhe. so toi la 0977000111",
    "0987654321 is the grandmother's number, not mine, don't ring it now. Mine is 0977000111",
  ])("%s", async (fix) => {
    const story = "Tôi là hàng xóm. Bé trai 9 tuổi ở xã Cư M'gar, Đắk Lắk bị bố dượng đánh bằng gậy, tuần trước đã mấy lần. Số 0987654321.";
    const w = await toSummary(story);
    const before = w.draft()!;
    expect(before.harmer).toBe("stepfather");
    await w.send({ choice: "edit" });
    const after = all(await w.send(fix));
    const d = w.draft()!;
    expect(d.harmer).toBe("stepfather");
    expect(d.dangerNow).toBe(before.dangerNow);
    expect(after).not.toMatch(/người gây hại bố dượng →|nguy hiểm ngay lúc này [^\n]*→ có/);
    expect(d.contact ?? "").toContain("0977000111");
    expect(d.extraNotes.join("\n")).toContain(fix);
  });
});

describe("5. more story typed at the danger question is story, not a yes", () => {
  it.each([
    ["Cháu trai tôi 12 tuổi mấy hôm nay không dám về nhà ông bác", "nó kể ông bác hay say rượu rồi lấy roi quất vào lưng nó, tuần nào cũng bị"],
    ["Em gai toi 10 tuoi dao nay so ve nha chi toi", "no ke anh re toi hay vao phong luc no ngu, so soang nguoi no, may lan roi"],
    ["My niece is 9 and lately she is scared to go to her uncle's house", "she told me her uncle comes into her room at night and touches her, it has happened several times"],
  ])("%s / %s", async (opening, more) => {
    const r = h.reporter();
    const first = await r.send(opening);
    expect(lastLine(first.at(-1))).toMatch(ASKS_DANGER);
    const replies = await r.send(more);
    // Not taken as "yes": the danger question is asked again, and the story is read (who harms is known).
    expect(h.draftOf(r.chatId)?.dangerNow ?? null).not.toBe("yes");
    expect(lastLine(replies.at(-1))).toMatch(ASKS_DANGER);
    expect(h.draftOf(r.chatId)?.narrative ?? "").toContain(more);
    expect(h.draftOf(r.chatId)?.harmer ?? null).not.toBeNull();
  });

  it("the same story sent again at the danger question is not asked about forever", async () => {
    const r = h.reporter();
    await r.send("Bà ngoại đây, thằng cháu 10 tuổi nhà con gái tôi dạo này sợ về nhà");
    const more = "nó kể ông dượng hay say xỉn rồi lấy dây nịt quất vào chân nó, tuần nào cũng bị";
    const once = await r.send(more);
    expect(lastLine(once.at(-1))).toMatch(ASKS_DANGER);
    expect(h.draftOf(r.chatId)?.narrative ?? "").toContain(more);
    const twice = await r.send(more);
    const thrice = await r.send(more);
    // The story is kept once, and the conversation moves on: the danger question is not the only thing asked for ever.
    expect((h.draftOf(r.chatId)?.narrative ?? "").split(more).length - 1).toBe(1);
    expect([twice, thrice].some((rs) => !ASKS_DANGER.test(lastLine(rs.at(-1))))).toBe(true);
  });

  it("a bare yes typed there is still a yes", async () => {
    const r = h.reporter();
    await r.send("Cháu trai tôi 12 tuổi mấy hôm nay không dám về nhà ông bác");
    await r.send("có, ngay bây giờ");
    expect(h.draftOf(r.chatId)?.dangerNow).toBe("yes");
  });
});

describe("10 and 3. a correction of who harms: the one named after 'không phải X' / 'X mới là'", () => {
  it.each([
    ["Tôi là bố cháu. Con gái tôi 12 tuổi ở phường Buôn Ma Thuột, Đắk Lắk đang bị bạn cùng lớp rủ đi gặp một người lạ trên mạng, người đó hứa cho tiền.", "người gây hại là một tài khoản Zalo lạ, không phải bạn cùng lớp của cháu", "online_contact"],
    ["Em 11 tuổi ở xã Ea Súp, Đắk Lắk. Mẹ em đi làm xa, em ở với cậu, cậu hay chửi em và không cho em ăn tối", "không phải mẹ, cậu em mới là người chửi em", "relative"],
    ["em 11 tuoi o xa Ea Sup, Dak Lak. me em di lam xa, em o voi cau, cau hay chui em va khong cho em an toi", "ko phai me, cau em moi la nguoi chui em", "relative"],
  ])("%s / %s", async (story, fix, relation) => {
    const w = await toSummary(story);
    const wrong = w.draft()!.harmer;
    if (wrong === relation) return; // read right from the story: nothing to correct
    if (!hasChoice(w.seen.at(-1)!.at(-1), "edit")) await w.send({ choice: "edit" });
    else await w.send({ choice: "edit" });
    const reply = all(await w.send(fix));
    expect(w.draft()!.harmer).toBe(relation);
    expect(reply).toMatch(/→/);
  });

  it("an uncle typed at the harmer question is a relative", async () => {
    const w = await toSummary("em 10 tuoi o xa Ea Sup, Dak Lak. me em di lam xa, chu hay chui em");
    await w.send({ choice: "edit" });
    await w.send("người gây hại là chú ruột em");
    expect(w.draft()!.harmer).toBe("relative");
  });
});

describe("11. 'what happens next' is answered with the risk the case is stored with", () => {
  it.each([
    "Tôi là y tá trạm y tế xã Krông Pắc, Đắk Lắk. Chiều nay hàng xóm đưa tới một bé gái 2 tuổi gầy trơ xương, da đầy ghẻ lở. Bố mẹ bé đi làm ăn xa lâu rồi, bé ở với bà cố đã 85 tuổi, mắt kém, nhiều hôm bé không được ăn.",
    "Tôi làm ở trạm y tế phường Tân Lợi, Đắk Lắk. Trưa nay người hàng xóm bế tới một bé trai 4 tuổi sốt, gầy rộc, chân tay lở loét. Mẹ bé đi làm ở Bình Dương từ đầu năm, bé ở với ông ngoại bị tai biến nằm một chỗ, mấy ngày liền không ai nấu cơm cho bé.",
    "I'm a nurse at the commune clinic in Ea H'leo, Dak Lak. This morning a neighbour carried in a 3-year-old boy, badly underfed, covered in infected sores. His mum has worked away all year and he lives with his grandfather, who has dementia; for days nobody has fed him properly.",
    "Toi la y si tram y te xa Cu Kuin, Dak Lak. Sang nay co be gai 3 tuoi duoc hang xom dua den, suy dinh duong nang, nguoi day vet loet nhiem trung. Bo me be di lam xa ca nam nay, be o voi ba noi 82 tuoi bi lan, nhieu ngay khong ai cho an.",
  ])("%s", async (story) => {
    const r = h.reporter();
    let replies = await r.send(story);
    let answer = "";
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      if (!answer && !ASKS_DANGER.test(q)) { replies = await r.send("Báo xong rồi thì sao nữa, có ai xuống xem cháu không?"); answer = all(replies); continue; }
      const pick = ASKS_DANGER.test(q) ? "no" : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip";
      replies = await r.send({ choice: pick });
    }
    const stored = triageDraft(h.draftOf(r.chatId)!).risk;
    // The deadline said is the one of the risk stored (the rating itself is never told, walk 50).
    const said = /được báo ngay và được nhắc lại|alerted at once and again/.test(answer) ? "emergency" : /trong vòng 2 giờ|within 2 hours/.test(answer) ? "high" : /trong vòng 24 giờ|within 24 hours/.test(answer) ? "medium" : /trong vòng 72 giờ|within 72 hours/.test(answer) ? "low" : "none";
    expect(said).toBe(stored);
    expect(answer).not.toMatch(/mức nguy cơ|mức khẩn cấp|rated (an emergency|high|medium|low)/);
  });
});

describe("13. a question about secrecy as the first message is answered", () => {
  it.each([
    "cho tôi hỏi, nếu tôi báo thì nhà đó có biết là tôi báo không",
    "toi muon hoi, neu toi bao thi gia dinh chau co biet toi bao khong",
    "If I report, will the family find out it was me?",
  ])("%s", async (question) => {
    const r = h.reporter();
    const replies = all(await r.send(question));
    expect(replies).toMatch(/bí mật|kept confidential|confidential|secret/i);
    expect(replies).not.toMatch(/hỏi về kế hoạch bảo vệ trẻ em, hay báo tin|ask about the child-protection plans, or report/i);
  });
});

describe("14. small lines", () => {
  it("a corrected age does not say 'when' changed to the same thing", async () => {
    const w = await toSummary("Toi o xa Hoa Thanh, Tay Ninh. Con be Lan 9 tuoi nha ke ben bi bo duong chui la suot, thang truoc con bi dap mot tran");
    await w.send({ choice: "edit" });
    const reply = all(await w.send("sai roi, be 10 tuoi chu khong phai 9"));
    expect(reply).toMatch(/9 tuổi → 10 tuổi/);
    for (const m of reply.matchAll(/lần gần nhất ([^;→\n]+?) → ([^;\n.(]+)/g)) expect(m[1]!.trim()).not.toBe(m[2]!.trim());
  });

  it("a child telling of a friend is not told that we will help 'you'", async () => {
    const r = h.reporter();
    let replies = await r.send("em 13 tuoi, ban than cua em o lop bi bo ban ay danh bam tim ca nguoi, ban ay o xa Phu My, Hue");
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      const pick = /nguy hiểm/.test(q) ? "no" : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    const done = all(await r.send({ choice: "submit" }));
    expect(done).toMatch(/Mã của em/);
    expect(done).not.toMatch(/giúp em sớm/);
    expect(done).toMatch(/giúp bạn/);
  });

  it("a health worker stays a health worker where officers read the case", async () => {
    const w = await toSummary("Tôi là nhân viên y tế ở trạm xã Ea Kar, Đắk Lắk. Sáng nay một bé trai 4 tuổi được đưa tới, gầy và đói, bố mẹ bé bỏ đi, bé ở với ông nội đã lẫn.");
    expect(w.summary).toMatch(/nhân viên y tế/);
    await w.send({ choice: "submit" });
    const c = h.stored(w.chatId)!;
    expect(c.draft.reporterRelationText).toBe("nhân viên y tế");
  });
});

describe("10b. an uncle typed without tones, named in a correction by a child, is a relative", () => {
  it.each([
    ["chau 9 tuoi, bo chau di lam xa, chau o voi chu, chu hay danh chau bang roi", "ko phai bo, chu chau moi la nguoi danh chau"],
    ["em 12 tuoi, me em di lam o Sai Gon, em o voi cau, cau hay chui em", "khong phai me, cau em moi la nguoi chui em"],
  ])("%s / %s", async (story, fix) => {
    const w = await toSummary(story, [[/là ai đối với|Bạn là ai/, { choice: "self" }]]);
    if (w.draft()!.harmer === "relative") return;
    await w.send({ choice: "edit" });
    await w.send(fix);
    expect(w.draft()!.harmer).toBe("relative");
  });
});
