/**
 * Plans as they arrive: PDF with a text layer and Word renderings of the shipped plans give
 * back the assignments of the .txt version, with pages; bad input is refused with a clear
 * message and nothing stored. The documents are made here (test/kb/support/plan-renderings.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, detectDocumentKind } from "../../src/kb/ingest/document-readers/document-type.ts";
import { parsePlan } from "../../src/kb/ingest/plan-parser.ts";
import { DocumentRejected, readDocumentText, readPlanDocument } from "../../src/kb/ingest/read-plan-document.ts";
import { listPlanFiles } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import type { ParsedPlan } from "../../src/kb/types.ts";
import { matchAssignments } from "./support/assignment-match.ts";
import { hasVietnameseFont, renderPlanDocx, renderPlanPdf, zeroPagePdf } from "./support/plan-renderings.ts";

const registry = loadRegistry();
const HEADER = "UBND TỈNH — KẾ HOẠCH BẢO VỆ TRẺ EM (BẢN ĐIỆN TỬ)";
const plans = listPlanFiles().map((file) => ({ name: path.basename(file), text: fs.readFileSync(file, "utf8") }));
const fromText = (text: string): ParsedPlan => parsePlan(text, "plan.txt", registry).plan;

/** The refusal a read ends in, or a failure when it does not refuse. */
async function refusal(read: Promise<unknown>): Promise<DocumentRejected> {
  try {
    await read;
  } catch (error) {
    if (error instanceof DocumentRejected) return error;
    throw error;
  }
  throw new Error("the document was not refused");
}

describe.skipIf(!hasVietnameseFont())("plans read from PDF and Word renderings of the shipped plans", () => {
  const shares: string[] = [];

  it.each(plans)("$name: PDF and DOCX give back at least 98% of the .txt assignments", async ({ name, text }) => {
    const expected = fromText(text).assignments;
    for (const kind of ["pdf", "docx"] as const) {
      const bytes = kind === "pdf" ? await renderPlanPdf(text, { header: HEADER, stamp: true }) : await renderPlanDocx(text, HEADER);
      const { plan } = await readPlanDocument(bytes, `${name}.${kind}`, registry);
      const match = matchAssignments(expected, plan.assignments);
      shares.push(`${name} ${kind}: ${match.identical}/${match.expected} (${(match.share * 100).toFixed(1)}%)`);
      expect(match.share, `${kind}: missing ${match.missing.slice(0, 3).join(" / ")}`).toBeGreaterThanOrEqual(0.98);
    }
  }, 60_000);

  it("prints the measured shares", () => {
    console.log(`Phân công giống bản .txt (assignments identical to the .txt):\n${shares.join("\n")}`);
    expect(shares.length).toBe(plans.length * 2);
  });

  it("a PDF assignment knows its page; the running header, page numbers and the stamp are not plan text", async () => {
    const { text } = plans[0]!;
    const pdf = await renderPlanPdf(text, { header: HEADER, stamp: true });
    const { plan, document } = await readPlanDocument(pdf, "plan.pdf", registry);
    const pages = new Set(plan.assignments.map((a) => a.page));
    expect([...pages].every((p) => typeof p === "number" && p >= 1 && p <= document.pages.length)).toBe(true);
    expect(pages.size).toBeGreaterThan(2);
    // The page of an assignment is where its quote is printed: the quote's first words are on that page's text layer.
    const late = plan.assignments.find((a) => (a.page ?? 0) > 1)!;
    const onPage = document.linePages.map((p, i) => ({ p, line: plan.text.split("\n")[i]! })).filter((l) => l.p === late.page).map((l) => l.line).join("\n");
    expect(onPage).toContain(late.quote.slice(0, 40));
    expect(plan.text).not.toContain("BẢN ĐIỆN TỬ");
    expect(plan.text).not.toMatch(/^Trang \d+$/m);
    expect(plan.text).not.toContain("CON DẤU");
    expect(plan.document?.scanned).toBe(false);
    expect(document.pages.every((p) => p.source === "text-layer" && !p.flagged)).toBe(true);
  }, 60_000);

  it("a Word plan has no pages: assignments carry page null and the header is not plan text", async () => {
    const { plan, document } = await readPlanDocument(await renderPlanDocx(plans[1]!.text, HEADER), "plan.docx", registry);
    expect(plan.assignments.length).toBeGreaterThan(0);
    expect(plan.assignments.every((a) => a.page === null)).toBe(true);
    expect(plan.text).not.toContain("BẢN ĐIỆN TỬ");
    expect(document.kind).toBe("docx");
  }, 30_000);

  it("a .txt plan is parsed exactly as before, with no page and no document added", async () => {
    const { text } = plans[2]!;
    const { plan } = await readPlanDocument(new TextEncoder().encode(text), "plan.txt", registry);
    expect(plan).toEqual(fromText(text));
    expect(plan.document).toBeUndefined();
  });
});

describe("bad input is refused with a message, before anything is stored", () => {
  let textPdf: Uint8Array;
  beforeAll(async () => {
    textPdf = await renderPlanPdf(plans[1]!.text);
  }, 30_000);

  it("a zip that is not a Word document, and an executable named plan.pdf, are unknown types", async () => {
    const zip = zipSync({ "readme.txt": new TextEncoder().encode("hello") });
    expect((await refusal(readDocumentText(zip))).code).toBe("unknown_type");
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const refused = await refusal(readDocumentText(elf));
    expect(refused.code).toBe("unknown_type");
    expect(refused.message).toMatch(/Không nhận ra loại tệp.*unknown file type/);
  });

  it.skipIf(!hasVietnameseFont())("a password-protected PDF", async () => {
    const locked = await renderPlanPdf(plans[1]!.text, { userPassword: "mat-khau" });
    const refused = await refusal(readDocumentText(locked));
    expect(refused.code).toBe("encrypted");
    expect(refused.message).toContain("mật khẩu");
  }, 30_000);

  it("a PDF with no pages, and a damaged PDF", async () => {
    expect((await refusal(readDocumentText(zeroPagePdf()))).code).toBe("no_pages");
    expect((await refusal(readDocumentText(new TextEncoder().encode("%PDF-1.7\n garbage")))).code).toBe("damaged");
  });

  it("an upload over the size limit is refused from its length, without being read", () => {
    const big = new Uint8Array(DEFAULT_LIMITS.maxBytes + 1);
    big.set(new TextEncoder().encode("%PDF-1.7"));
    expect(() => detectDocumentKind(big)).toThrow(/quá lớn.*too large/);
  });

  it.skipIf(!hasVietnameseFont())("a PDF over the page limit", async () => {
    const refused = await refusal(readDocumentText(textPdf, { limits: { maxPages: 1 } }));
    expect(refused.code).toBe("too_many_pages");
  }, 30_000);

  it("a Word zip bomb is refused from its directory, before it is inflated", async () => {
    const bomb = zipSync({
      "[Content_Types].xml": new TextEncoder().encode("<Types/>"),
      "word/document.xml": new Uint8Array(40 * 1024 * 1024), // 40 MB of zeros: a few KB compressed
    }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const refused = await refusal(readDocumentText(bomb));
    expect(refused.code).toBe("zip_bomb");
    expect(refused.message).toContain("giải nén");
  });

  it("a Word zip bomb whose directory lies about its sizes is refused while it is inflated, past the limit", async () => {
    const bomb = zipSync({
      "[Content_Types].xml": new TextEncoder().encode("<Types/>"),
      "word/document.xml": new Uint8Array(40 * 1024 * 1024),
    }, { level: 9 });
    // Every size field of word/document.xml says 2 KB: the directory alone looks harmless.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let at = 0; at + 4 <= bomb.length; at++) {
      const sig = view.getUint32(at, true);
      if (sig === 0x04034b50 && new TextDecoder().decode(bomb.subarray(at + 30, at + 47)) === "word/document.xml") view.setUint32(at + 22, 2048, true);
      if (sig === 0x02014b50 && new TextDecoder().decode(bomb.subarray(at + 46, at + 63)) === "word/document.xml") view.setUint32(at + 24, 2048, true);
    }
    const refused = await refusal(readDocumentText(bomb));
    expect(refused.code).toBe("zip_bomb");
    expect(refused.message).toContain("giải nén");
  });

  it.skipIf(!hasVietnameseFont())("a Vietnamese document that is not a plan, and one in another language", async () => {
    const letter = "Thư mời\nKính gửi quý phụ huynh,\nNhà trường trân trọng kính mời quý phụ huynh đến dự buổi họp phụ huynh đầu năm học vào sáng chủ nhật tuần này tại hội trường lớn.\nXin cảm ơn.";
    expect((await refusal(readPlanDocument(await renderPlanPdf(letter), "thu-moi.pdf", registry))).code).toBe("not_a_plan");
    const english = "Annual report\nThe committee met four times this year to review the budget and the progress of the programme in every district of the province.\nThe next meeting will take place in March.";
    const refused = await refusal(readPlanDocument(await renderPlanDocx(english), "report.docx", registry));
    expect(refused.code).toBe("not_vietnamese");
    expect(refused.message).toContain("không phải tiếng Việt");
  }, 30_000);
});
