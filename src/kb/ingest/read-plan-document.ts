/**
 * A plan as it arrives (PDF with or without a text layer, Word, a photo of a page, or text)
 * to a ParsedPlan whose assignments know their page. The kind is read from the bytes, never
 * the name; a document that is refused (see document-errors.ts) yields nothing to store.
 * Text files go to the parser byte for byte as before, so the .txt path is unchanged.
 */
import type { ParsedPlan, PlanDocumentSource, IngestReport } from "../types.ts";
import type { Registry } from "../registry/registry.ts";
import { DocumentRejected } from "./document-readers/document-errors.ts";
import { DEFAULT_LIMITS, detectDocumentKind, type DocumentKind, type DocumentLimits } from "./document-readers/document-type.ts";
import { readDocx } from "./document-readers/docx-reader.ts";
import type { LayoutPage, ReadProgress } from "./document-readers/layout.ts";
import { createOcrReader, type OcrReader } from "./document-readers/ocr-reader.ts";
import { readPdf } from "./document-readers/pdf-reader.ts";
import { pageOfQuote } from "../plan-pages.ts";

export { pageOfQuote };
import { parsePlan } from "./plan-parser.ts";
import { cleanPages, vietnameseShare, type PageQuality } from "./text-cleanup.ts";

export { DocumentRejected } from "./document-readers/document-errors.ts";

export interface ReadDocumentOptions {
  limits?: Partial<DocumentLimits>;
  /** The OCR reader for scanned pages and images; one is made (and closed) per document when not given. */
  ocr?: OcrReader;
  progress?: ReadProgress;
  /** Raster resolution for OCR of PDF pages without a text layer. */
  dpi?: number;
}

export interface DocumentText {
  kind: DocumentKind;
  /** The plan text: one paragraph per line. */
  text: string;
  /** Page of each line of `text` (index 0 is line 1); null where the document has no pages. */
  linePages: Array<number | null>;
  pages: PageQuality[];
  /** True when at least one page was read by OCR. */
  scanned: boolean;
}

/** Reads a document to plan text with the page of every line; throws DocumentRejected when it cannot. */
export async function readDocumentText(bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<DocumentText> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const kind = detectDocumentKind(bytes, limits);
  if (kind === "text") {
    const text = new TextDecoder("utf-8").decode(bytes);
    return { kind, text, linePages: text.split(/\r\n?|\n/).map(() => null), pages: [], scanned: false };
  }
  const ownOcr = options.ocr ? null : kind === "docx" ? null : createOcrReader();
  const ocr = options.ocr ?? ownOcr ?? undefined;
  let pages: LayoutPage[];
  try {
    if (kind === "pdf") pages = await readPdf(bytes, { maxPages: limits.maxPages, ocr, dpi: options.dpi, progress: options.progress });
    else if (kind === "docx") pages = await readDocx(bytes, limits);
    else {
      options.progress?.({ stage: "ocr", page: 1, pages: 1 });
      pages = [await ocr!.readImage(bytes, 1)];
    }
  } finally {
    await ownOcr?.close();
  }
  const clean = cleanPages(pages);
  return {
    kind,
    text: clean.lines.map((l) => l.text).join("\n"),
    linePages: clean.lines.map((l) => l.page),
    pages: clean.pages,
    scanned: pages.some((p) => p.source === "ocr"),
  };
}

/** Refuses text that is empty, not Vietnamese, or not a plan once parsed. */
function checkIsPlan(doc: DocumentText, plan: ParsedPlan): void {
  if (doc.text.replace(/\s/g, "").length < 20) throw new DocumentRejected("unreadable");
  if (vietnameseShare(doc.text) < 0.6) throw new DocumentRejected("not_vietnamese");
  if (!plan.documentNumber && plan.assignments.length === 0 && plan.tasks.length === 0) throw new DocumentRejected("not_a_plan");
}


function lineOffset(text: string, lineNumber: number): number {
  let at = 0;
  for (let n = 1; n < lineNumber && at >= 0; n++) at = text.indexOf("\n", at) + 1;
  return Math.max(0, at);
}

/** The plan with a page on each assignment and the source document described. */
export function withPages(plan: ParsedPlan, doc: DocumentText): ParsedPlan {
  const sectionStart = new Map(plan.sections.map((s) => [s.path, lineOffset(plan.text, s.lineStart)]));
  const assignments = plan.assignments.map((a) => ({ ...a, page: pageOfQuote(plan.text, doc.linePages, a.quote, sectionStart.get(a.sectionPath) ?? 0) }));
  const document: PlanDocumentSource = { kind: doc.kind, scanned: doc.scanned, pages: doc.pages, linePages: doc.linePages };
  return { ...plan, assignments, document };
}

function pageProblems(pages: readonly PageQuality[]): string[] {
  return pages.filter((p) => p.flagged).map((p) =>
    `Trang ${p.page ?? "?"}: độ tin cậy thấp (${Math.round(p.confidence * 100)}%), cần so với bản gốc (page ${p.page ?? "?"}: low confidence, compare with the original)`);
}

export interface ReadPlanResult {
  plan: ParsedPlan;
  report: IngestReport;
  document: DocumentText;
}

/**
 * Reads and parses one document. `requirePlan: false` skips the "is this a plan" check (the
 * model-drafting flow exists for plans the parser cannot read).
 */
export async function readPlanDocument(bytes: Uint8Array, sourceFile: string, registry: Registry, options: ReadDocumentOptions & { requirePlan?: boolean } = {}): Promise<ReadPlanResult> {
  const document = await readDocumentText(bytes, options);
  const parsed = parsePlan(document.text, sourceFile, registry);
  if (options.requirePlan !== false) checkIsPlan(document, parsed.plan);
  if (document.kind === "text") return { ...parsed, document };
  const plan = withPages(parsed.plan, document);
  const ocrPages = document.pages.filter((p) => p.source === "ocr").length;
  const report: IngestReport = {
    ...parsed.report,
    counts: { ...parsed.report.counts, pages: document.pages.filter((p) => p.page !== null).length, ocrPages, flaggedPages: document.pages.filter((p) => p.flagged).length },
    problems: [...parsed.report.problems, ...pageProblems(document.pages)],
  };
  return { plan, report, document };
}
