/**
 * m27: a correction at the summary that only gives a brother's or sister's age ("anh nó 12 tuổi chứ không phải 10") leaves who harms as
 * it was: the sibling named for his age is not the one who harms. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";

const h = realCoreHarness("m27kinage");

async function fixedAtSummary(story: string, fix: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const last = replies.at(-1);
    if (hasChoice(last, "menu:report")) { replies = await r.send({ choice: "menu:report" }); continue; }
    const pick = last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    const say: Say = ASKS_DANGER.test(lastLine(last)) ? { choice: "yes" } : pick ? { choice: pick } : "bỏ qua";
    replies = await r.send(say);
  }
  const before = h.draftOf(r.chatId)!;
  await r.send({ choice: "edit" });
  const after = all(await r.send(fix));
  return { before, draft: h.draftOf(r.chatId)!, after };
}

const STORY = "Bé Tí 3 tuổi nhà bên bị bố nó nhốt trong nhà kho từ sáng, anh nó 10 tuổi đi học chưa về, ở phường Phú Xuân, Huế.";
const STORY_PLAIN = "be Ti 3 tuoi nha ben bi bo no nhot trong nha kho tu sang, chi no 10 tuoi di hoc chua ve, o phuong Phu Xuan, Hue.";

describe("a sibling's age corrected leaves who harms", () => {
  it.each([
    [STORY, "anh nó 12 tuổi chứ không phải 10, mà giờ không có nguy hiểm ngay"],
    [STORY, "anh nó 12 tuổi chứ không phải 10"],
    [STORY_PLAIN, "chi no 11 tuoi chu khong phai 10, ma gio khong co nguy hiem ngay"],
  ])("«%s» / «%s»: the father still harms", async (story, fix) => {
    const w = await fixedAtSummary(story, fix);
    expect(w.before.harmer).toBe("father");
    if (/nguy hi[eể]m/u.test(fix)) expect(w.draft.dangerNow).toBe("no");
    expect(w.draft.harmer).toBe("father");
    expect(w.draft.childAgeText ?? "").toMatch(/(?<!\d)3(?!\d)/);
  });
});

describe("near miss: a correction that names who harms still changes who harms", () => {
  it("«chú nó nhốt bé chứ không phải bố nó»", async () => {
    const w = await fixedAtSummary(STORY, "chú nó nhốt bé chứ không phải bố nó");
    expect(w.draft.harmer).not.toBe("father");
  });
});
