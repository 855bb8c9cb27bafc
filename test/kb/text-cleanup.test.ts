/**
 * Clean-up of extracted pages (src/kb/ingest/text-cleanup.ts) on pages built here line by
 * line, as a reader returns them: what a printed page adds is removed, what it broke is
 * re-joined, and every line keeps its page.
 */
import { describe, expect, it } from "vitest";
import type { LayoutLine, LayoutPage } from "../../src/kb/ingest/document-readers/layout.ts";
import { cleanPages, vietnameseShare } from "../../src/kb/ingest/text-cleanup.ts";

const PITCH = 0.02;

/** Lines set one under another from the top of the body; `full` lines reach the right margin. */
function page(n: number, body: Array<{ text: string; full?: boolean; gapBefore?: number; confidence?: number }>, extra: LayoutLine[] = [], source: LayoutPage["source"] = "text-layer", ocrConfidence?: number): LayoutPage {
  let top = 0.12;
  const lines: LayoutLine[] = body.map((l) => {
    top += PITCH + (l.gapBefore ?? 0);
    const x1 = l.full ? 0.88 : Math.min(0.88, 0.12 + l.text.length * 0.0095);
    return { text: l.text, x0: 0.12, x1, top, bottom: top + 0.014, ...(l.confidence !== undefined ? { confidence: l.confidence } : {}) };
  });
  return { page: n, source, lines: [...extra, ...lines], ...(ocrConfidence !== undefined ? { ocrConfidence } : {}) };
}

const header = (text: string): LayoutLine => ({ text, x0: 0.3, x1: 0.7, top: 0.04, bottom: 0.055 });
const footer = (text: string): LayoutLine => ({ text, x0: 0.45, x1: 0.55, top: 0.94, bottom: 0.955 });

describe("cleaning extracted pages", () => {
  it("re-joins a paragraph the page wrapped, across a page break too, and keeps the page it starts on", () => {
    const { lines } = cleanPages([
      page(1, [{ text: "1. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Giáo dục", full: true }, { text: "và Đào tạo tổ chức tập huấn cho cán bộ", full: true }]),
      page(2, [{ text: "làm công tác trẻ em cấp xã." }, { text: "2. Sở Y tế hướng dẫn các cơ sở y tế." }]),
    ]);
    expect(lines).toEqual([
      { text: "1. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức tập huấn cho cán bộ làm công tác trẻ em cấp xã.", page: 1 },
      { text: "2. Sở Y tế hướng dẫn các cơ sở y tế.", page: 2 },
    ]);
  });

  it("keeps a short line the writer ended as its own line, and splits at paragraph spacing", () => {
    const { lines } = cleanPages([page(1, [{ text: "KẾ HOẠCH" }, { text: "Thực hiện chương trình bảo vệ trẻ em", full: true }, { text: "Mục tiêu chung của kế hoạch", full: true, gapBefore: 0.01 }])]);
    expect(lines.map((l) => l.text)).toEqual(["KẾ HOẠCH", "Thực hiện chương trình bảo vệ trẻ em", "Mục tiêu chung của kế hoạch"]);
  });

  it("joins a word hyphenated across lines, and keeps the hyphen of a compound name", () => {
    const { lines } = cleanPages([page(1, [
      { text: "Sở Lao động - Thư-", full: true }, { text: "ơng binh và Xã hội; Sở Văn hóa-", full: true }, { text: "Thể thao và Du lịch." },
    ])]);
    expect(lines.map((l) => l.text)).toEqual(["Sở Lao động - Thương binh và Xã hội; Sở Văn hóa-Thể thao và Du lịch."]);
  });

  it("removes running headers, footers and page numbers, but not the same words in the body", () => {
    const pages = [1, 2, 3].map((n) => page(n, [{ text: `Nội dung trang ${n} của kế hoạch bảo vệ trẻ em.` }, { text: "UBND TỈNH TÂY NINH" }], [header("UBND TỈNH TÂY NINH"), footer(`Trang ${n}/3`)]));
    const { lines, pages: quality } = cleanPages(pages);
    expect(lines.map((l) => l.text)).toEqual([
      "Nội dung trang 1 của kế hoạch bảo vệ trẻ em.", "UBND TỈNH TÂY NINH",
      "Nội dung trang 2 của kế hoạch bảo vệ trẻ em.", "UBND TỈNH TÂY NINH",
      "Nội dung trang 3 của kế hoạch bảo vệ trẻ em.", "UBND TỈNH TÂY NINH",
    ]);
    expect(quality.map((q) => q.removed)).toEqual([2, 2, 2]);
  });

  it("drops OCR noise from a stamp or signature and flags a page OCR was unsure of", () => {
    const { lines, pages } = cleanPages([
      page(1, [{ text: "Sở Y tế hướng dẫn các cơ sở y tế thực hiện.", confidence: 93 }, { text: "%G@ ;7k| Qx", confidence: 31 }, { text: "~", confidence: 20 }], [], "ocr", 91),
      page(2, [{ text: "Sở Tư pháp phổ biến pháp luật về trẻ em.", confidence: 70 }], [], "ocr", 55),
    ]);
    expect(lines.map((l) => l.text)).toEqual(["Sở Y tế hướng dẫn các cơ sở y tế thực hiện.", "Sở Tư pháp phổ biến pháp luật về trẻ em."]);
    expect(pages.map((p) => [p.page, p.flagged])).toEqual([[1, false], [2, true]]);
    expect(pages[1]!.confidence).toBeLessThan(0.8);
  });

  it("repairs a part heading OCR misread, only on OCR pages", () => {
    const lines = (source: LayoutPage["source"]) => cleanPages([page(1, [{ text: "I. Mục đích" }, { text: "IH. Nội dung" }, { text: "IIl. Kinh phí" }], [], source, 90)]).lines.map((l) => l.text);
    expect(lines("ocr")).toEqual(["I. Mục đích", "II. Nội dung", "III. Kinh phí"]);
    const dropped = cleanPages([page(1, [{ text: "I. MỤC TIÊU" }, { text: "I. ĐỐI TƯỢNG, PHẠM VI VÀ THờI GIAN" }, { text: "II. CÁC NỘI DUNG" }, { text: "IV. GIẢI PHÁP" }], [], "ocr", 90)]).lines.map((l) => l.text);
    expect(dropped).toEqual(["I. MỤC TIÊU", "II. ĐỐI TƯỢNG, PHẠM VI VÀ THờI GIAN", "III. CÁC NỘI DUNG", "IV. GIẢI PHÁP"]);
    expect(lines("text-layer")).toEqual(["I. Mục đích", "IH. Nội dung", "IIl. Kinh phí"]);
  });

  it("reads Vietnamese as Vietnamese and English or noise as not", () => {
    expect(vietnameseShare("Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với UBND các huyện.")).toBeGreaterThan(0.95);
    expect(vietnameseShare("The committee met four times this year to review the budget.")).toBeLessThan(0.6);
    expect(vietnameseShare("%G@ ;7k| Qx ~~ ##")).toBeLessThan(0.5);
  });
});
