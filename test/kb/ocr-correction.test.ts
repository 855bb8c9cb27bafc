/**
 * What is corrected after OCR and before clean-up (src/kb/ingest/ocr-lexicon.ts and the
 * layout of an OCR read in ocr-reader.ts), on short lines made up here: diacritics the engine
 * was unsure of, against a lexicon; dashes told apart by their length; small images enlarged.
 */
import { describe, expect, it } from "vitest";
import { buildLexicon, correctDiacritics, defaultLexicon, spacesIn } from "../../src/kb/ingest/ocr-lexicon.ts";
import { dashOf, layoutOfOcr, ocrLetters, upscaleOf, type OcrRead } from "../../src/kb/ingest/document-readers/ocr-reader.ts";

const lexicon = buildLexicon([
  "Ủy ban nhân dân tỉnh Hà Giang chỉ đạo các xã xây dựng nhà văn hóa.",
  "Huyện Bắc Mê xây dựng sân chơi cho trẻ em; tỉnh Hà Giang hỗ trợ kinh phí.",
  "Sở Y tế sử dụng nguồn vốn đúng mục đích. Thực hiện báo cáo hằng năm.",
  "Hội Liên hiệp Phụ nữ tỉnh vận động các gia đình.",
]);

/** Words of a line as OCR gives them, each with a confidence (98, sure, unless said). */
const read = (line: string, low: Record<string, number> = {}) => line.split(" ").map((text) => ({ text, confidence: low[text] ?? 98 }));

describe("correcting Vietnamese diacritics after OCR", () => {
  it("puts back the reading the neighbours call for when the engine was unsure", () => {
    expect(correctDiacritics(read("Các xã xây dụng đường", { dụng: 70 }), lexicon).join(" ")).toBe("Các xã xây dựng đường");
    expect(correctDiacritics(read("theo chỉ đạo của tính Hà Giang.", { tính: 62 }), lexicon).join(" ")).toBe("theo chỉ đạo của tỉnh Hà Giang.");
  });

  it("leaves a word the engine was sure of, even when the lexicon would prefer another", () => {
    expect(correctDiacritics(read("Các xã xây dụng đường"), lexicon).join(" ")).toBe("Các xã xây dụng đường");
  });

  it("leaves a known word that fits its neighbours (dụng in sử dụng)", () => {
    expect(correctDiacritics(read("cần sử dụng vốn", { dụng: 40 }), lexicon).join(" ")).toBe("cần sử dụng vốn");
  });

  it("replaces an unknown word only when one known word has its letters, keeping its case and punctuation", () => {
    expect(correctDiacritics(read("THỤC HIỆN", { THỤC: 55 }), lexicon)).toEqual(["THỰC", "HIỆN"]);
    expect(correctDiacritics(read("(Hôi Phụ nữ),", { "(Hôi": 50 }), lexicon)).toEqual(["(Hội", "Phụ", "nữ),"]);
    // "tinh" folds to both "tỉnh" and nothing else known here, but "dao" to "đạo" only: both unknown words are read back.
    expect(correctDiacritics(read("chỉ đao", { đao: 50 }), lexicon)).toEqual(["chỉ", "đạo"]);
  });

  it("reads the word that ends the line above as the word before the first one", () => {
    const withTinh = buildLexicon([...["của tỉnh.", "của tỉnh Hà Giang"], "cách tính lương"]);
    expect(correctDiacritics(read("tính.", { "tính.": 80 }), withTinh, { before: "của" })).toEqual(["tỉnh."]);
    // Punctuation after the word above ends its sentence: no context, and "tính" is a known word, so it stays.
    expect(correctDiacritics(read("tính.", { "tính.": 80 }), withTinh, { before: "của," })).toEqual(["tính."]);
    expect(correctDiacritics(read("tính.", { "tính.": 80 }), withTinh)).toEqual(["tính."]);
  });

  it("takes out a letter read twice, and puts spaces back between known words run together", () => {
    const agencies = buildLexicon(["Sở LĐTBXH", "Sở Tài chính", "Sở Y tế", "Sở Tài chính chủ trì"]);
    expect(correctDiacritics(read("Sở LĐĐTBXH;", { "LĐĐTBXH;": 40 }), agencies)).toEqual(["Sở", "LĐTBXH;"]);
    expect(correctDiacritics(read("SởTàichính,", { "SởTàichính,": 35 }), agencies)).toEqual(["Sở Tài chính,"]);
    expect(spacesIn("SởYtế", agencies)).toBe("Sở Y tế");
    // Words that never stand together in the lexicon are not split apart.
    expect(spacesIn("chínhSở", agencies)).toBeNull();
    expect(spacesIn("Tàichín", agencies)).toBeNull();
  });

  it("reads the Icelandic eth OCR gives for Đ as Đ", () => {
    expect(ocrLetters("LÐTBXH, ðoàn")).toBe("LĐTBXH, đoàn");
  });

  it("does not guess between two known readings that both fit", () => {
    const two = buildLexicon(["bàn giao tài liệu", "bàn giao tài sản", "bán giao tài liệu", "bán giao tài sản"]);
    expect(correctDiacritics(read("ban giao", { ban: 30 }), two)).toEqual(["ban", "giao"]);
  });

  it("leaves a word spelled with its tone mark on another vowel (hoá for hóa) as it is", () => {
    const modern = buildLexicon(["Sở Văn hóa, Thể thao và Du lịch", "văn hóa"]);
    expect(correctDiacritics(read("Văn hoá", { hoá: 60 }), modern)).toEqual(["Văn", "hoá"]);
    expect(correctDiacritics(read("Văn hòa", { hòa: 60 }), modern)).toEqual(["Văn", "hóa"]);
  });

  it("does not pair words across punctuation", () => {
    expect(correctDiacritics(read("xây, dụng", { "dụng": 40 }), lexicon)).toEqual(["xây,", "dụng"]);
  });

  it("builds its default lexicon from the registry's agency names and the shipped plans", () => {
    const words = defaultLexicon().words;
    expect(words.has("thương")).toBe(true);
    expect(words.has("xây")).toBe(true);
    expect(defaultLexicon().pairs.get("lao động") ?? 0).toBeGreaterThan(5);
  });
});

describe("reading dashes and sizes on a scan", () => {
  const box = (x0: number, x1: number, thickness = 4) => ({ x0, x1, y0: 100, y1: 100 + thickness });

  it("tells a hyphen from an en dash by its length against the x-height", () => {
    expect(dashOf({ text: "-", bbox: box(0, 12) }, 28, true)).toBe("-");
    expect(dashOf({ text: "-", bbox: box(0, 21) }, 28, true)).toBe("–");
    // A bold hyphen is thick and longer, but not an en dash.
    expect(dashOf({ text: "-", bbox: box(0, 15, 7) }, 23, true)).toBe("-");
    // At the start of a line it is a list mark: left as read.
    expect(dashOf({ text: "-", bbox: box(0, 21) }, 28, false)).toBe("-");
    expect(dashOf({ text: "a-b", bbox: box(0, 40) }, 28, true)).toBe("a-b");
  });

  it("lays out an OCR read with the en dash and the corrected word in the line and its cells", () => {
    const word = (text: string, x0: number, x1: number, confidence = 93) => ({ text, bbox: { x0, x1, y0: 300, y1: 340 }, confidence });
    const ocr: OcrRead = {
      width: 2480, height: 3508, confidence: 90,
      lines: [{
        text: "giai đoạn 2021 - 2025 xây dụng", bbox: { x0: 300, y0: 300, x1: 1400, y1: 345 }, baseline: { y0: 335, y1: 335 }, confidence: 90,
        rowAttributes: { rowHeight: 54, ascenders: 16, descenders: 10 },
        words: [word("giai", 300, 380), word("đoạn", 400, 500), word("2021", 520, 620), { text: "-", bbox: { x0: 640, x1: 661, y0: 318, y1: 322 }, confidence: 91 }, word("2025", 680, 780), word("xây", 1100, 1180), word("dụng", 1200, 1300, 60)],
      }],
    };
    const page = layoutOfOcr(ocr, 3, lexicon);
    expect(page.page).toBe(3);
    expect(page.lines[0]!.text).toBe("giai đoạn 2021 – 2025 xây dựng");
    expect(page.lines[0]!.cells?.map((c) => c.text)).toEqual(["giai đoạn 2021 – 2025", "xây dựng"]);
  });

  it("takes a lone bar between words for the border of a table cell: left out of the text, and the cells split there", () => {
    const word = (text: string, x0: number, x1: number) => ({ text, bbox: { x0, x1, y0: 300, y1: 340 }, confidence: 95 });
    const ocr: OcrRead = {
      width: 2480, height: 3508, confidence: 90,
      lines: [{ text: "Sở Nội vụ | 2021-2025", bbox: { x0: 300, y0: 300, x1: 900, y1: 345 }, baseline: { y0: 335, y1: 335 }, confidence: 90, words: [word("Sở", 300, 360), word("Nội", 380, 450), word("vụ", 470, 520), word("|", 535, 540), word("2021-2025", 560, 800)] }],
    };
    const line = layoutOfOcr(ocr, 1, lexicon).lines[0]!;
    expect(line.text).toBe("Sở Nội vụ 2021-2025");
    expect(line.cells?.map((c) => c.text)).toEqual(["Sở Nội vụ", "2021-2025"]);
  });

  it("enlarges a small page image towards 300 dpi, at most twice, and leaves a 300-dpi page as it is", () => {
    expect(upscaleOf(1240, 1754)).toBe(2);
    expect(upscaleOf(1654, 2339)).toBeCloseTo(1.5, 1);
    expect(upscaleOf(2480, 3508)).toBe(1);
  });
});
