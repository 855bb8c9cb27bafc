/**
 * Walk 41 (helper C19a): what the stored case says after a reporter's conversation: facts read from words folded alike, corrections
 * that replace what the old value gave, a category with nothing behind it. Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";

const h = realCoreHarness("c19a");

/** Where the contact question is asked. */
const ASKS_CONTACT = /liên lạc với bạn qua đâu|How can an officer reach you/;

/**
 * Tells the story, answers the danger question with `danger`, the contact question with `contact` (anonymous when none), skips the
 * rest, sends `atSummary` at the summary, submits; returns the stored case, its triage and every reply.
 */
async function told(story: string, { danger = { choice: "no" }, contact = { choice: "anonymous" }, atSummary = [] }: { danger?: Say; contact?: Say; atSummary?: Say[] } = {}) {
  const r = h.reporter();
  let replies = await r.send(story);
  const seen = [all(replies)];
  let contactSent = false;
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const last = replies.at(-1);
    const q = lastLine(last);
    let say: Say;
    if (hasChoice(last, "menu:report")) say = { choice: "menu:report" };
    else if (ASKS_DANGER.test(q)) say = danger;
    else if (ASKS_CONTACT.test(q) && !contactSent) { say = contact; contactSent = true; }
    else say = { choice: last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip" };
    replies = await r.send(say);
    seen.push(all(replies));
  }
  for (const m of atSummary) seen.push(all(await r.send(m)));
  await r.send({ choice: "submit" });
  const c = h.stored(r.chatId);
  expect(c).toBeDefined();
  return { draft: c!.draft, triage: triageDraft(c!.draft), seen: seen.join("\n") };
}

describe("1. an untoned story whose 'chua' is a verb of harm keeps its injury and its risk", () => {
  it.each([
    ["o xa Ea Tieu, Dak Lak co thang be 8 tuoi, ba no chua dam no hoai, hom kia con dap no chay mau mui. toi khong de lai so dau", "khong ro, ban ngay no o nha voi ba no"],
    ["nha sau nha toi o phuong Tan Loi, Buon Ma Thuot co con be 10 tuoi, di ghe no chua mang chua danh suot, sang nay con tat no chay mau mieng", "khong biet nua"],
  ])("«%s»", async (story, danger) => {
    const w = await told(story, { danger });
    expect(w.triage.redFlags).toContain("injury");
    expect(w.triage.reasons.join(" ")).not.toMatch(/phủ định/);
    expect(["high", "emergency"]).toContain(w.triage.risk);
  });
});

describe("2. a Central 'số mô' (which number) at the contact question is no sexual touching", () => {
  it.each(["thôi, tui không để số mô", "thoi tui khong de so mo dau nghe", "khong co so mo het"])("«%s»", async (contact) => {
    const w = await told("Thằng nhỏ 13 tuổi con nhà bên ở xã Quảng Điền, Huế bị cha nó bắt đi phụ hồ từ sáng tới tối, nghỉ học cả năm rồi.", { contact });
    expect(w.triage.redFlags).not.toContain("sexual_contact");
    expect(w.triage.category).toBe("labour_exploitation");
  });
});

describe("3. who harms corrected to a maternal uncle; 'mấy lần rồi' is no welt", () => {
  it("the uncle typed through the harmer fix is a relative, not a brother", async () => {
    const w = await told("ba o phuong Kim Long, Hue. con be nha ben 8 tuoi o voi ong cau, ong nhau say la danh con be", {
      atSummary: [{ choice: "edit" }, { choice: "fix:harmer" }, "ong cau cua con be, em trai cua me no"],
    });
    expect(w.draft.harmer).toBe("relative");
    expect(w.seen).not.toMatch(/anh chị em/);
  });
  it.each([
    "nguoi danh la ong cau cua no",
    "người đánh là ông cậu của con bé",
  ])("«%s» typed at the edit is read as who harms", async (fix) => {
    const w = await told("con be nha ben 7 tuoi o phuong Vy Da, Hue, toi nao cung bi danh, nghe khoc thuong lam", { atSummary: [{ choice: "edit" }, fix] });
    expect(w.draft.harmer).toBe("relative");
  });
  it.each(["tuan ni may lan roi", "bi danh nhieu lan roi", "thang nay vai lan roi"])("no injury from «%s»", async (often) => {
    const w = await told(`con be 9 tuoi nha ben o phuong Phu Xuan, Hue bi ong chu danh, ${often}`);
    expect(w.triage.redFlags).not.toContain("injury");
  });
});

describe("4. helpers are not who harms; an aunt is not an official", () => {
  it.each([
    "Tôi là trưởng thôn ở xã Ia Grai, Gia Lai. Có hai chị em 6 tuổi và 3 tuổi, bố mẹ đi làm ở Đồng Nai cả tháng nay, bỏ hai đứa ở nhà, hàng xóm thỉnh thoảng cho ăn.",
    "toi la can bo xa Ia Hrung, Gia Lai. 2 dua nho 5 tuoi va 8 tuoi o nha mot minh gan 3 tuan, bo me di lam xa, hang xom cho an giup",
  ])("«%s»", async (story) => {
    const w = await told(story, { danger: { choice: "yes" } });
    expect(w.draft.harmer).not.toBe("neighbour");
    expect(w.triage.risk).toBe("emergency");
  });
  it.each([
    "Hồi tháng ba thằng cháu tui 11 tuổi ở phường Long Hoa, Tây Ninh bị một ông trong xóm đánh. Công an phường giải quyết xong rồi, giờ nó ổn.",
    "thang chau tui 9 tuoi o xa Truong Mit, Tay Ninh bi nguoi ta danh hoi nam ngoai, ubnd xa da xu ly roi",
  ])("the writer is family: «%s»", async (story) => {
    const w = await told(story);
    expect(w.draft.reporterRelation).toBe("family");
  });
});

describe("5. an age corrected replaces what the old age gave", () => {
  it.each([
    ["Tôi là bác của bé, bé mới 4 tuổi, nhà ở xã Trảng Bàng, Tây Ninh. Mẹ kế hay chửi rồi nhốt bé trong kho tới tối.", "à nhầm, bé 10 tuổi chứ"],
    ["chau toi moi 5 tuoi o xa Chau Thanh, Tay Ninh, ba duong no hay chui roi nhot no ngoai san toi khuya", "xin loi, chau 8 tuoi, khong phai 5"],
  ])("«%s» then «%s»", async (story, fix) => {
    const w = await told(story, { contact: fix });
    expect(w.draft.childAgeBand).toBe("6_11");
    expect(w.triage.redFlags).not.toContain("child_under_6");
    const ages = w.triage.reasons.filter((r) => r.startsWith("Tuổi của trẻ"));
    expect(ages.join(" ")).not.toMatch(/khoảng [45] tuổi/);
  });
  it("an age corrected upward to a small child keeps the under-6 flag", async () => {
    const w = await told("Bé nhà bên ở xã Gò Dầu, Tây Ninh chừng 7 tuổi, bị mẹ kế nhốt ngoài sân cả đêm.", { contact: "à không, bé mới 4 tuổi thôi" });
    expect(w.triage.redFlags).toContain("child_under_6");
  });
});

describe("6. a vague story is 'other' when nothing in it names a harm", () => {
  it.each([
    ["bac hoi chut, con be nha ben ni toi nao cung khoc", "khong biet nua, chac 6 tuoi, o phuong An Cuu, Hue"],
    ["đứa nhỏ nhà bên đêm nào cũng khóc, thương lắm", "không rõ, bé chừng 5 tuổi, ở phường Thuận Hóa, Huế"],
    ["the little boy next door cries every night", "not sure, he is about 7, in Phu Xuan ward, Hue"],
  ])("«%s»", async (story, more) => {
    const w = await told(`${story}. ${more}`);
    expect(w.triage.category).not.toBe("sexual_abuse");
  });
});
