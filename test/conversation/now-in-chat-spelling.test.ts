/**
 * "bây giờ" typed short ("bi h", "bay jo", "bi gio", "bjo") is "now" in every reading of now in the conversation, as it is typed
 * in full: at the danger question (not now, the person away now, the child somewhere safe now) and in a correction at the summary
 * (walk 30: only the danger question's not-now reading knew some of these spellings, and no correction read where the child is now).
 * Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("now-chat");
const STORY = "Tôi là hàng xóm, con bé Na 9 tuổi nhà đối diện hay bị ông bố dượng đánh bằng roi, hôm kia chân còn lằn, nhà ở xã Krông Búk, Đắk Lắk";
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);

describe("«bây giờ» in chat spellings at the danger question", () => {
  it.each(["bi h thì chưa sao đâu", "bi gio thi no dang o nha toi"])("«%s» is a no, with no banner", async (answer) => {
    const r = h.reporter();
    await r.send(STORY);
    const next = all(await r.send(answer));
    expect(next).not.toMatch(/GỌI NGAY|nguy hiểm ngay lúc này không/);
    expect(draftOf(r.chatId)?.dangerNow).toBe("no");
  });
  // C45 (issue 13): the stepfather the child lives with, away now, is back tonight: "not sure", never a no (still no banner).
  it.each(["bay jo ổng đi làm rẫy chưa về", "bh ổng đi uống rượu chưa về"])("«%s» is read as now: not sure, with no banner", async (answer) => {
    const r = h.reporter();
    await r.send(STORY);
    const next = all(await r.send(answer));
    expect(next).not.toMatch(/GỌI NGAY|nguy hiểm ngay lúc này không/);
    expect(draftOf(r.chatId)?.dangerNow).toBe("unknown");
  });
});

describe("where the child is now, said at the summary", () => {
  it.each(["bjo nó đang ở trường", "bây giờ nó đang học trên lớp"])("«%s» corrects 'in danger right now' to no", async (said) => {
    const s = await h.toSummary(STORY, [[/nguy hiểm/, { choice: "unknown" }]]);
    const reply = all(await s.send(said));
    expect(reply).toMatch(/nguy hiểm ngay lúc này: không/);
    expect(reply).not.toMatch(/chưa đọc ra được/);
  });
});
