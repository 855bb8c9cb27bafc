/**
 * Issue 13 (fixer C44) through the web chat's conversation: what the reporter told, in the story or in the answers, reaches the
 * stored case. A "no" to the danger question lowers nothing the story states. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";

const h = realCoreHarness("c44walk");
const RANK = { low: 0, medium: 1, high: 2, emergency: 3 } as const;

/** Tells the story, answers by question pattern ("no" to danger now unless given), sends `after` once danger was asked, submits. */
async function stored(story: string, answers: Array<[RegExp, Say]> = [], after: string[] = []) {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 14 && !hasChoice(replies.at(-1), "submit"); i++) {
    const last = replies.at(-1);
    if (hasChoice(last, "menu:report")) { replies = await r.send({ choice: "menu:report" }); continue; }
    const q = lastLine(last);
    const hit = answers.find(([re]) => re.test(q));
    const pick = last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(hit ? hit[1] : ASKS_DANGER.test(q) ? { choice: "no" } : pick ? { choice: pick } : "bỏ qua");
    if (ASKS_DANGER.test(q)) for (const say of after.splice(0)) replies = await r.send(say);
  }
  const summary = replies.at(-1)?.text ?? "";
  await r.send({ choice: "submit" });
  const draft = h.draftOf(r.chatId)!;
  const alert = h.intake.alerts.find((a) => a.draftId === draft.draftId);
  const earlier = alert ? { ...alert.triage, risk: "emergency" as const, redFlags: [...alert.triage.redFlags, "reporter_danger_now"] } : undefined;
  return { draft, summary, triage: triageDraft(draft, earlier) };
}

describe("the relative of a classmate is not the classmate", () => {
  it.each([
    "Tôi là hàng xóm, mẹ của đứa bạn cùng lớp với bé Vy 9 tuổi hay véo tai bé ở cổng trường, phường Hải Châu, Đà Nẵng.",
    "Toi la hang xom, me cua dua ban cung lop voi be Vy 9 tuoi hay veo tai be o cong truong, phuong Hai Chau, Da Nang.",
  ])("«%s»", async (story) => {
    const w = await stored(story);
    expect(w.draft.harmer).not.toBe("peer");
    expect(w.summary).not.toMatch(/người gây hại: bạn bè/);
    expect(w.triage.category).toBe("physical_violence");
  });
});

describe("«không phải tôi, nhưng Y thì có» keeps Y and the violence", () => {
  it.each([
    "Tôi là bảo mẫu, tôi không phải người tát bé Su 6 tuổi, nhưng bà chủ nhà thì có, ở phường Hải Châu, Đà Nẵng.",
    "Toi la bao mau, toi khong phai nguoi tat be Su 6 tuoi, nhung ba chu nha thi co, o phuong Hai Chau, Da Nang.",
  ])("«%s»", async (story) => {
    const w = await stored(story);
    expect(w.triage.category).toBe("physical_violence");
    expect(w.triage.reasons.join(" ")).not.toMatch(/phủ định/);
    expect(w.draft.harmerUnknown ?? false).toBe(false);
    expect(w.draft.harmer).not.toBe("father");
    expect(w.draft.harmerText ?? "").toMatch(/bà chủ|ba chu/);
  });
});

describe("a small child alone for days is stored as an emergency after a «no»", () => {
  it.each([
    "Thằng bé 4 tuổi nhà bên bị khóa trong phòng một mình từ hôm kia, ở phường Hải Châu, Đà Nẵng.",
    "Thang be 4 tuoi nha ben bi khoa trong phong mot minh tu hom kia, o phuong Hai Chau, Da Nang.",
  ])("«%s»", async (story) => {
    const w = await stored(story);
    expect(w.draft.dangerNow).toBe("no");
    expect(w.triage.risk).toBe("emergency");
  });
});

describe("work promised for tonight after a «no» is kept in the stored case", () => {
  it.each([
    ["Thằng bé nhà đối diện 14 tuổi bị chú bắt đi bán bánh mì ở chợ đêm, phường Hải Châu, Đà Nẵng.", "tối nay chắc nó lại phải đi bán"],
    ["Thang be nha doi dien 14 tuoi bi chu bat di ban banh mi o cho dem, phuong Hai Chau, Da Nang.", "toi nay chac no lai phai di ban"],
  ])("«%s» then «%s»", async (story, later) => {
    const w = await stored(story, [], [later]);
    expect(RANK[w.triage.risk]).toBeGreaterThanOrEqual(RANK.high);
    expect(w.triage.reasons.join(" ")).toMatch(/tối nay|toi nay/);
  });
});

describe("a thin story's answers reach the stored triage", () => {
  it.each([
    ["ông hàng xóm đánh thằng bé", "bé trai 6 tuổi", "ổng đánh hoài, tuần nào cũng đánh"],
    ["ong hang xom danh thang be", "be trai 6 tuoi", "ong danh hoai, tuan nao cung danh"],
  ])("«%s»: at least medium", async (story, age, when) => {
    const w = await stored(story, [[/tuổi/, age], [/khi nào/, when], [/ở đâu/, "phường Hải Châu, Đà Nẵng"]]);
    expect(RANK[w.triage.risk]).toBeGreaterThanOrEqual(RANK.medium);
    expect(w.triage.redFlags).toContain("repeated");
  });
});
