/**
 * The plan knowledge base as data. Ingestion (src/kb/ingest) turns plan text into a
 * ParsedPlan; the registry (src/kb/registry) names agencies, provinces and their 2025
 * successors; question answering (src/qa) reads both and never the raw text directly.
 *
 * Every fact carries `quote`: a verbatim substring of the plan's source text (after only
 * line-ending normalisation to "\n"), so any answer can cite the words that prove it.
 */

/** How an agency is tied to a task: it leads, coordinates, is responsible, or is only requested (mass organisations, courts). */
export type Role = "lead" | "coordinate" | "responsible" | "requested";

/** Where a fact sits in a plan, e.g. "III.4.d" or "Phụ lục.12". */
export type SectionPath = string;

export interface Section {
  path: SectionPath;
  heading: string;
  /** Section text as written (verbatim slice of the source). */
  text: string;
  /** 1-based line numbers in the source file. */
  lineStart: number;
  lineEnd: number;
}

/** A programme, task, duty item or appendix recommendation that agencies are assigned to. */
export interface Task {
  id: string;
  kind: "programme" | "task" | "duty" | "recommendation";
  /** Number as written ("4", "b", "78"), when the plan numbers it. */
  number: string | null;
  title: string;
  sectionPath: SectionPath;
  /** Objectives, content and scope as written, when the plan states them. */
  objectives: string | null;
  content: string | null;
  /** Scope ("Phạm vi") as written, when the plan states it. */
  scope?: string | null;
  /** Implementation period as written ("2014-2020"), for appendix rows. */
  period?: string | null;
  /** Each number a recommendation row names ("83, 84" -> ["83", "84"]). */
  numbers?: string[];
  quote: string;
}

export interface Assignment {
  /** Canonical registry id, or null when the registry does not know the name (kept as written). */
  agencyId: string | null;
  /** The agency as the plan writes it ("Sở Lao động - TBXH"). */
  agencyAsWritten: string;
  role: Role;
  taskId: string | null;
  sectionPath: SectionPath;
  /** The duty in the plan's words (the sentence or list item); verbatim. */
  quote: string;
  /** How the assignment was read when the text does not say it in one place (e.g. a lead carried down a merged table cell). */
  note?: string;
  /** The page of the source document the quote starts on ("trang 5"); absent for text plans, null when the document has no pages (DOCX). */
  page?: number | null;
}

export interface Target {
  indicator: string;
  value: number | null;
  unit: string | null;
  year: number | null;
  sectionPath: SectionPath;
  quote: string;
}

export interface BudgetLine {
  label: string;
  /** Amount in VND (6,970 tỷ -> 6_970_000_000), null when the plan gives none. */
  amountVnd: number | null;
  sectionPath: SectionPath;
  quote: string;
}

export interface ReportingDuty {
  /** Registry id of the reporting agency, null when not resolved. */
  agencyId: string | null;
  whoAsWritten: string;
  to: string | null;
  frequency: string | null;
  /** Deadline as written ("trước ngày 20/11"), and as day/month when it is one. */
  deadline: string | null;
  deadlineDayMonth: { day: number; month: number } | null;
  sectionPath: SectionPath;
  quote: string;
}

/** Text the source lost or elided: recorded, never filled in. */
export interface Gap {
  kind: "elision" | "truncation" | "unparsed";
  sectionPath: SectionPath | null;
  quote: string;
  note: string;
}

export interface PlanProvince {
  /** As the text writes it, or null when it never names the province. */
  asWritten: string | null;
  /** Registry id of the province, when known or inferred. */
  provinceId: string | null;
  /** Present only when the province was inferred rather than read. */
  inference: { reason: string } | null;
}

export interface ParsedPlan {
  /** Document number as written, e.g. "2041/QĐ-UBND". */
  documentNumber: string;
  /** Numbers of attached documents (the plan attached to a decision), if any. */
  otherNumbers: string[];
  docType: string;
  title: string;
  province: PlanProvince;
  issuer: string | null;
  signer: string | null;
  /** ISO date (YYYY-MM-DD). */
  signedDate: string | null;
  /** Period covered, ISO dates; end null when the plan states none. */
  period: { start: string | null; end: string | null };
  /** Documents this plan implements or is based on ("2361/QĐ-TTg"), each with its quote. */
  legalBasis: Array<{ documentNumber: string | null; quote: string }>;
  implements: Array<{ documentNumber: string; quote: string }>;
  sourceFile: string;
  /** sha256 of the normalised source text: the version key for idempotent ingestion. */
  checksum: string;
  /** The normalised source text every quote is a substring of. */
  text: string;
  sections: Section[];
  tasks: Task[];
  assignments: Assignment[];
  targets: Target[];
  budgetLines: BudgetLine[];
  reportingDuties: ReportingDuty[];
  gaps: Gap[];
  /** The document the text was read from, when it was not plain text (PDF, Word, scan). */
  document?: PlanDocumentSource;
}

/** Where a plan's text came from when it was read from a PDF, a Word file or a scan. */
export interface PlanDocumentSource {
  kind: "pdf" | "docx" | "image" | "text";
  /** True when at least one page was read by OCR: quotes are the OCR text. */
  scanned: boolean;
  pages: Array<{ page: number | null; source: string; confidence: number; flagged: boolean; removed: number; ocrMs?: number }>;
  /** Page of each line of `text` (index 0 is line 1). */
  linePages: Array<number | null>;
}

/** What ingestion says about one file, printed per file by `npm run ingest`. */
export interface IngestReport {
  sourceFile: string;
  documentNumber: string | null;
  counts: Record<string, number>;
  problems: string[];
}

export type AgencyLevel = "central" | "province" | "district" | "commune" | "organisation" | "court";

export interface Agency {
  id: string;
  name: string;
  english: string;
  level: AgencyLevel;
  /** Every spelling the plans and people use: abbreviations, old and short names. */
  aliases: string[];
}

/** A 2025 reorganisation step: which agency holds an old agency's duties today. */
export interface Successor {
  fromAgencyId: string;
  toAgencyIds: string[];
  /** What moved where, in Vietnamese and English. */
  note: string;
  noteEn: string;
  effective: string;
  legalBasis: string;
  /** "all" or a province id where the change is province-specific. */
  scope: string;
  verified: boolean;
}

export interface Province {
  id: string;
  name: string;
  english: string;
  aliases: string[];
  /** Cities and towns inside it that people name instead of the province ("Buôn Ma Thuột", "Hội An"). */
  places?: string[];
  /** Former districts and towns, read only for where a reported child is (registry.findDistricts). */
  districts?: string[];
  /** The province as it is today (after 1 July 2025), with the merger's basis. */
  today: { provinceId: string; name: string; mergedWith: string[]; centre: string; effective: string; legalBasis: string } | null;
}
