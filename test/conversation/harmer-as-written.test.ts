/**
 * Who harms is the one the story says did it, or left unknown: never a kinship word standing nearby. A stranger who lured a teen
 * is not "bố mẹ" named after the lure; "tụi nó" / "bọn nó" said to be grown men or youths is not "bạn bè"; an aunt typed without
 * tones ("di cua chau", "thim no") is a relative, not the "con dâu" named later. Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("harmer-written");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);

async function harmerOf(story: string) {
  const r = await h.toSummary(story);
  const d = draftOf(r.chatId);
  return { harmer: d?.harmer ?? null, summary: r.summary };
}

describe("a lure by someone outside the family is not the parents'", () => {
  it.each([
    "Một gã chủ quán dụ cháu gái tôi 15 tuổi lên Sài Gòn làm phục vụ, cha mẹ cháu tin lời nên để cháu đi",
    "Có một thằng cho vay lãi dụ em họ tôi 16 tuổi vào Bình Dương làm, bố mẹ nó nghèo quá nên đồng ý",
    "Có một kẻ tự nhận là người tuyển dụng lừa con bé nhà bên 14 tuổi đi làm xa, ba má nó không hay biết gì",
  ])("%s", async (story) => {
    const { harmer, summary } = await harmerOf(story);
    expect(["father", "mother", "parents", "relative", "grandparent"]).not.toContain(harmer);
    expect(summary).not.toMatch(/người gây hại: (bố mẹ|bố|mẹ|cha mẹ|người thân)/);
  });
});

describe("a group called 'tụi nó' / 'bọn nó' is who the story says it is", () => {
  it.each([
    "Bọn nó là mấy gã trai làng hay nhậu, bọn nó chặn đường sờ soạng con bé 13 tuổi",
    "tui no la may thanh nien o dau xom, tui no chan danh thang be 12 tuoi",
    "Tụi nó là mấy ông xe ôm đầu ngõ, tụi nó trêu ghẹo rồi kéo tay bé gái 12 tuổi",
  ])("%s", async (story) => {
    const { harmer, summary } = await harmerOf(story);
    expect(harmer).not.toBe("peer");
    expect(summary).not.toMatch(/bạn bè/);
  });
  it("children at school called 'tụi nó' are still other children", async () => {
    const { harmer } = await harmerOf("Con trai tôi 11 tuổi bị tụi nó trong lớp bắt nạt suốt, tụi nó giấu cặp rồi đánh con");
    expect(harmer).toBe("peer");
  });
});

describe("an aunt typed without tones is a relative, not a kin word named later", () => {
  it.each([
    "di cua chau hay nhot chau trong kho, chau 7 tuoi, con dau toi thi di lam xa",
    "ong noi chau ke la thim no thuong danh no, no moi 6 tuoi, con dau ong o Ha Noi",
    "mo no cu say la danh no, no 9 tuoi, me no la con dau nha toi",
  ])("%s", async (story) => {
    const { harmer, summary } = await harmerOf(story);
    expect(harmer).toBe("relative");
    expect(summary).not.toMatch(/người gây hại: (mẹ|người lạ)/);
  });
});
