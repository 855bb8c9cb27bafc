/**
 * What every reader returns: pages of positioned lines, in reading order. Positions are
 * fractions of the page (0 at the top and left, 1 at the bottom and right), so text-layer
 * PDFs (points) and OCR (pixels) are cleaned up by the same rules.
 */
export type PageSource = "text-layer" | "ocr" | "docx" | "text";

export interface LayoutLine {
  text: string;
  /** Left and right edge, as a fraction of the page width. */
  x0: number;
  x1: number;
  /** Top and bottom edge, as a fraction of the page height. */
  top: number;
  bottom: number;
  /** OCR confidence 0-100 of the line, when the line was read by OCR. */
  confidence?: number;
  /** Pieces of the line set far apart (table cells), left to right, when there are two or more. */
  cells?: Array<{ text: string; x0: number; x1: number }>;
}

export interface LayoutPage {
  /** 1-based page number; null for a document without pages (DOCX, text). */
  page: number | null;
  source: PageSource;
  lines: LayoutLine[];
  /** OCR confidence 0-100 of the whole page, when read by OCR. */
  ocrConfidence?: number;
  /** Milliseconds spent on OCR of the page. */
  ocrMs?: number;
  /** True when the lines are paragraphs already (DOCX, text): nothing to re-join. */
  paragraphs?: boolean;
}

export interface LayoutDocument {
  kind: "pdf" | "docx" | "image" | "text";
  pages: LayoutPage[];
}

/** Progress of a long read (OCR), page by page. */
export type ReadProgress = (event: { stage: "text" | "ocr"; page: number; pages: number }) => void;
