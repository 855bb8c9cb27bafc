/**
 * A Word document (.docx) to paragraphs with mammoth. A .docx has no pages, so every line has
 * page null; headers, footers and comments are not part of mammoth's output. Tables become
 * tab-separated rows. The zip's
 * central directory is checked before anything is inflated, and the bytes the entries really
 * inflate to are counted with a cap before the Word reader opens it, so a zip bomb (even one
 * whose directory lies about its sizes) is never unpacked.
 */
import { DocumentRejected } from "./document-errors.ts";
import type { DocumentLimits } from "./document-type.ts";
import type { LayoutPage } from "./layout.ts";
import { checkInflatedSizes, checkZipExpansion, listZipEntries } from "./zip-inspect.ts";

export async function readDocx(bytes: Uint8Array, limits: DocumentLimits): Promise<LayoutPage[]> {
  const entries = listZipEntries(bytes);
  checkZipExpansion(entries, limits.maxUnpackedBytes, limits.maxCompressionRatio);
  if (!entries.some((e) => e.name === "word/document.xml")) throw new DocumentRejected("unknown_type", "zip");
  // The directory's sizes may lie: count what the entries really inflate to, stopping at the limit.
  checkInflatedSizes(bytes, entries, limits.maxUnpackedBytes, limits.maxCompressionRatio);
  let value: string;
  try {
    ({ value } = await (await import("mammoth")).default.convertToHtml({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new DocumentRejected("damaged", (error as Error).message, { cause: error });
  }
  const lines = htmlLines(value).map((text) => ({ text, x0: 0, x1: 1, top: 0, bottom: 0 }));
  return [{ page: null, source: "docx", lines, paragraphs: true }];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * mammoth's HTML to plan lines: a paragraph (or heading, list item) is a line, a line break
 * inside one starts a new line, and a table row is one line with its cells separated by tabs,
 * which is how the plan parser reads tables.
 */
export function htmlLines(html: string): string[] {
  const lines: string[] = [];
  let para = "";
  let cell: string[] = [];
  let row: string[] | null = null;
  let tableDepth = 0;
  const endParagraph = () => {
    const text = para.replace(/[ \u00a0]+/g, " ").trim();
    para = "";
    if (tableDepth > 0) {
      if (text) cell.push(text);
    } else if (text) lines.push(text);
  };
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)/g)) {
    if (m[3] !== undefined) {
      para += decode(m[3]);
      continue;
    }
    const closing = m[1] === "/";
    const tag = (m[2] ?? "").toLowerCase();
    if (tag === "table") {
      endParagraph();
      tableDepth += closing ? -1 : 1;
    } else if (tag === "tr" && tableDepth === 1) {
      if (!closing) row = [];
      else if (row) {
        endParagraph();
        const text = row.join("\t").replace(/\t+$/, "");
        if (text.trim()) lines.push(text);
        row = null;
      }
    } else if ((tag === "td" || tag === "th") && tableDepth === 1) {
      if (!closing) cell = [];
      else {
        endParagraph();
        row?.push(cell.join(" "));
        cell = [];
      }
    } else if (tag === "br") {
      if (tableDepth > 0) para += " ";
      else endParagraph();
    } else if (closing && /^(p|h[1-6]|li)$/.test(tag)) endParagraph();
  }
  endParagraph();
  return lines;
}
