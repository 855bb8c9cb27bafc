/**
 * What a document is, read from its first bytes and never from its name: a PDF, a Word
 * document (a zip holding word/document.xml), a PNG or JPEG image, or UTF-8 text. Anything
 * else is refused, so a renamed executable or archive is never parsed as a plan.
 */
import { DocumentRejected } from "./document-errors.ts";
import { listZipEntries } from "./zip-inspect.ts";

export type DocumentKind = "pdf" | "docx" | "image" | "text";

/** Size limits for one document; callers may lower them. */
export interface DocumentLimits {
  maxBytes: number;
  maxPages: number;
  /** Sum of uncompressed sizes of a DOCX's entries. */
  maxUnpackedBytes: number;
  /** Largest uncompressed / compressed ratio of one DOCX entry. */
  maxCompressionRatio: number;
}

export const DEFAULT_LIMITS: DocumentLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 300,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 200,
};

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** The kind of a document by content; throws DocumentRejected for empty, oversize or unknown input. */
export function detectDocumentKind(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_LIMITS): DocumentKind {
  if (bytes.length === 0) throw new DocumentRejected("empty");
  if (bytes.length > limits.maxBytes) throw new DocumentRejected("too_large", `${mb(bytes.length)} > ${mb(limits.maxBytes)}`);
  // A PDF may have a few bytes of junk before its header; readers accept it within the first 1 KB.
  const head = bytes.subarray(0, 1024);
  if (startsWith(bytes, PDF) || Buffer.from(head).includes("%PDF-")) return "pdf";
  if (startsWith(bytes, PNG) || startsWith(bytes, JPEG)) return "image";
  if (startsWith(bytes, ZIP)) {
    const names = listZipEntries(bytes).map((e) => e.name);
    if (names.includes("word/document.xml")) return "docx";
    throw new DocumentRejected("unknown_type", "zip");
  }
  if (isUtf8Text(bytes)) return "text";
  throw new DocumentRejected("unknown_type");
}

/** UTF-8 without NUL bytes or other control characters than tab, line feed, carriage return and form feed. */
export function isUtf8Text(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
