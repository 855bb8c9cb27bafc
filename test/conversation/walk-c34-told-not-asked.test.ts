/**
 * Task C34 (issue 13): what the story already told (a danger now or tonight, when it happened, a small child alone without food) is
 * not asked again, and a correction of who harms that opens with "không" changes who harms only. Through the real web chat HTTP API
 * (POST /api/chat/messages) and the real conversation core, triage and reporter flow with an in-memory case intake.
 * Sentences written for these tests, in no corpus, eval or walk file.
 */
import { describe, expect, it } from "vitest";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";
import { all, ASKS_DANGER, hasChoice, lastLine, type Say } from "./real-core-harness.ts";
import { webChatWalk, type WalkReporter } from "./web-chat-walk-harness.ts";

const { reporter, draftOf, storedOf } = webChatWalk("c34");
const ASKS_WHEN = /xảy ra khi nào|When did this happen/;

/** Tells the story, answers every question with a skip (or anonymous) until the summary, sends it; the questions asked are returned. */
async function walkToCode(story: string): Promise<{ r: WalkReporter; first: Reply[]; asked: string[]; summary: string }> {
  const r = reporter();
  const first = await r.send(story);
  let last = first;
  const asked: string[] = [];
  for (let i = 0; i < 14 && !hasChoice(last.at(-1), "submit"); i++) {
    if (hasChoice(last.at(-1), "menu:report")) { last = await r.send({ choice: "menu:report" }); continue; }
    const q = lastLine(last.at(-1));
    asked.push(q);
    const pick = last.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    last = await r.send(pick ? { choice: pick } : "bỏ qua");
  }
  const summary = all(last);
  expect(hasChoice(last.at(-1), "submit")).toBe(true);
  await r.send({ choice: "submit" });
  expect(storedOf(r.sessionId)).toBeDefined();
  return { r, first, asked, summary };
}

describe("1. a danger now or tonight told in the story is not asked again", () => {
  it.each([
    "con 12 tuổi, ở phường Nhơn Phú, Gia Lai. ba ghẻ con tối qua say rượu lấy roi quất con rướm máu, con sợ tối nay ổng về lại đánh con nữa",
    "em 11 tuoi o Pleiku, ba duong em toi nao cung say roi danh em, hom qua danh bam tim chan, em so toi nay ong ay ve lai danh em",
    "I'm 13 and live in Hue. My mum's husband beat me with his belt last night. I'm scared he comes back tonight and hits me again.",
  ])("a child afraid of a beating tonight: «%s»", async (story) => {
    const { r, asked, summary } = await walkToCode(story);
    expect(asked.filter((q) => ASKS_DANGER.test(q) || /Ngay lúc này em/.test(q))).toEqual([]);
    expect(summary).toMatch(/nguy hiểm ngay lúc này: có|in danger right now: yes/);
    expect(storedOf(r.sessionId)!.risk).toBe("emergency");
  });

  it.each([
    "Tôi là cô giáo ở phường Tuy Hòa, Đắk Lắk. Một học sinh nữ 9 tuổi kể bạn trai của mẹ sống cùng nhà hay sờ vào vùng kín của em khi mẹ đi vắng. Em sợ không dám về nhà.",
    "toi la co giao o phuong Quy Nhon, Gia Lai. hoc sinh nu 10 tuoi ke ban trai cua me song chung nha hay so vao vung kin em. em so khong dam ve nha",
    "I teach English at a primary school in Hue. A 10-year-old girl in my class told me that her stepfather, who lives with them, touches her private parts when her mum is out. She is afraid to go home.",
  ])("sexual abuse by a man of the home and a child afraid to go home: confirmed in the summary, not asked: «%s»", async (story) => {
    const { r, asked, summary } = await walkToCode(story);
    expect(asked.filter((q) => ASKS_DANGER.test(q))).toEqual([]);
    expect(summary).toMatch(/nguy hiểm ngay lúc này: có|in danger right now: yes/);
    expect(storedOf(r.sessionId)!.risk).toBe("emergency");
  });

  it.each([
    "Nhà hàng xóm tôi ở phường Nhơn Phú, Gia Lai có một bé trai khoảng 2 tuổi bị nhốt một mình trong phòng mấy tiếng rồi, khóc khản cả giọng, không thấy người lớn nào.",
    "nha hang xom toi o phuong Hoi Phu, Gia Lai co be gai tam 2 tuoi bi nhot mot minh trong phong 3 tieng roi, khoc mai khong ai mo cua",
    "A toddler, maybe 2, has been shut alone in a bedroom for hours in the house next to mine in Pleiku, Gia Lai. Nobody is home.",
  ])("a toddler locked alone for hours: «%s»", async (story) => {
    const { r, asked } = await walkToCode(story);
    expect(asked.filter((q) => ASKS_DANGER.test(q) || ASKS_WHEN.test(q))).toEqual([]);
    expect(storedOf(r.sessionId)!.risk).toBe("emergency");
  });
});

describe("2. when the story dates the harm, or tells it as going on, 'when' is not asked", () => {
  it.each([
    "Tôi là hàng xóm ở xã Ia Grai, Gia Lai. Cách đây 3 tuần tôi thấy ông bố đánh thằng bé 8 tuổi bằng gậy, chân nó còn sẹo.",
    "toi la hang xom o xa Ia Grai, Gia Lai. cach day 2 tuan ong bo danh thang be 8 tuoi bang gay, chan no con seo",
    "Tôi là bà ngoại. Thằng cháu 9 tuổi ở phường Pleiku, Gia Lai bị bố dượng tát chảy máu mũi khoảng 10 ngày trước.",
  ])("a time counted back from today: «%s»", async (story) => {
    const { r, asked } = await walkToCode(story);
    expect(asked.filter((q) => ASKS_WHEN.test(q))).toEqual([]);
    expect(storedOf(r.sessionId)!.draft.when).toBeTruthy();
  });

  // "being treated now" is read by the conversation alone (story-reading.ts, words in report-flow-words.json: inHospitalNow), not by
  // the fact extractor the triage shares (a held-out report of a 13-year-old patient living with her mother became an emergency when
  // the words were in the shared time lists): said back as "recently, the child is in hospital now" (walk 52).
  it.each([
    "Tôi là bác sĩ ở bệnh viện nhi Quy Nhơn, Gia Lai. Một bé gái 7 tháng tuổi đang được điều trị ở khoa tôi vì gãy xương sườn và bầm tím khắp người, bố mẹ không giải thích được.",
    "toi la dieu duong benh vien tinh Dak Lak. be trai 6 thang tuoi dang duoc dieu tri vi gay tay va bam tim mat, loi ke cua bo me khong khop",
    "I am a nurse at the provincial hospital in Pleiku, Gia Lai. We are treating a 5-month-old boy for a broken arm and bruises on his face; the parents' story does not fit.",
  ])("a baby being treated in hospital now: «%s»", async (story) => {
    const { asked } = await walkToCode(story);
    expect(asked.filter((q) => ASKS_WHEN.test(q))).toEqual([]);
  });

  it.each([
    "Tôi là giáo viên ở xã Ia Hrung, Gia Lai. Một học sinh nam 13 tuổi lớp tôi đã nghỉ học, nghe nói bị chú ruột bắt đi phụ hồ từ sáng sớm tới tối.",
    "toi la giao vien o xa Ia Hrung, Gia Lai. hoc sinh nam 13 tuoi lop toi khong con di hoc, bi chu ruot bat di lam gach tu sang som",
    "I teach at a school in Tuy Hoa, Dak Lak. A 12-year-old girl in my class has stopped coming to school; her aunt makes her work in a rice mill from dawn until night.",
  ])("a child out of school and working, going on: «%s»", async (story) => {
    const { asked } = await walkToCode(story);
    expect(asked.filter((q) => ASKS_WHEN.test(q))).toEqual([]);
  });
});

describe("3. small children alone for days without food: the safety advice comes before any question", () => {
  it.each([
    "xom toi o xa Ia Ly, Gia Lai co 3 dua nho 3 tuoi, 5 tuoi va 7 tuoi bi bo me bo o nha mot minh may ngay nay, khong co gi an, doi lam",
    "nha ke ben o phuong Tan Loi, Dak Lak co 2 be 4 tuoi va 5 tuoi bi me bo lai mot minh may hom nay, het sach do an",
    "Xóm tôi ở xã Ia Ly, Gia Lai có 3 đứa nhỏ 3 tuổi, 5 tuổi và 7 tuổi bị bố mẹ bỏ ở nhà một mình mấy ngày nay, không có gì ăn, đói lắm",
    "Two little kids, 4 and 6, next door to me in Pleiku have been left home alone by their parents for days with nothing to eat.",
  ])("«%s»", async (story) => {
    const r = reporter();
    const first = await r.send(story);
    const advice = first.findIndex((x) => /\b113\b/.test(x.text) && /\b111\b/.test(x.text));
    const question = first.findIndex((x) => (x.choices?.length ?? 0) > 0 || /\?\s*$/.test(lastLine(x)));
    expect(advice).toBeGreaterThanOrEqual(0);
    expect(question === -1 || advice < question).toBe(true);
  });
});

describe("4. a correction of who harms that opens with «Không» changes who harms only", () => {
  const at = async (story: string, fix: string) => {
    const r = reporter();
    const first = await r.send(story);
    const before = draftOf(r.sessionId)!;
    const riskBefore = triageDraft(before).risk;
    const asked = lastLine(first.at(-1));
    const after = await r.send(fix);
    return { r, before, riskBefore, asked, after };
  };
  it.each<[string, string, string]>([
    ["Thằng cháu nội tôi 8 tuổi ở xã Cát Tiến, Gia Lai bị mẹ nó bỏ đói, gầy trơ xương, đi học không có cơm trưa.", "Không phải mẹ, là bố nó bỏ đói, mẹ nó đi làm xa rồi", "father"],
    ["Cháu ngoại tôi 7 tuổi ở phường Ea Tam, Đắk Lắk bị mẹ nó bỏ đói, không cho ăn sáng, gầy lắm.", "Không, là bố nó chứ không phải mẹ, mẹ nó mất rồi", "father"],
    ["thang chau toi 8 tuoi o xa Tan Bien, Tay Ninh bi me no bo doi, om lam, di hoc khong co com trua", "khong phai me, bo no moi la nguoi bo doi, me no mat roi", "father"],
    ["My grandson is 6, we live in Pleiku, Gia Lai. His mother starves him, he is so thin and never has lunch at school.", "No, not his mother, it is his father who starves him, his mother passed away", "father"],
  ])("«%s» then «%s»", async (story, fix, harmer) => {
    const { r, before, riskBefore, asked, after } = await at(story, fix);
    const d = draftOf(r.sessionId)!;
    expect(d.harmer).toBe(harmer);
    expect(d.dangerNow).toBe(before.dangerNow);
    expect(after.some((x) => x.urgent)).toBe(false);
    const order = ["low", "medium", "high", "emergency"];
    expect(order.indexOf(triageDraft(d).risk)).toBeLessThanOrEqual(order.indexOf(riskBefore));
    expect(triageDraft(d).redFlags).not.toContain("reporter_says_danger_now");
    // The question that was asked is asked again (the "không" answered nothing), unless it was about who harms.
    if (ASKS_DANGER.test(asked)) expect(lastLine(after.at(-1))).toMatch(ASKS_DANGER);
    // Sent: the stored case keeps the harm as it was told (neglect), with the corrected harmer.
    let last = after;
    for (let i = 0; i < 12 && !hasChoice(last.at(-1), "submit"); i++) {
      const q = lastLine(last.at(-1));
      const pick = last.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      last = await r.send((ASKS_DANGER.test(q) ? { choice: "no" } : pick ? { choice: pick } : "bỏ qua") as Say);
    }
    await r.send({ choice: "submit" });
    const stored = storedOf(r.sessionId)!;
    expect(stored.draft.harmer).toBe(harmer);
    expect(order.indexOf(stored.risk)).toBeLessThanOrEqual(order.indexOf(riskBefore));
  });
});
