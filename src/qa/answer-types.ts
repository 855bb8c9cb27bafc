/**
 * The answer contract shared by the CLI, the bot channels and the web chat
 * (DESIGN.md "Answer contract"), plus the extras officials and tests rely on.
 */
import type { Agency, Province, Role, Successor } from "../kb/types.ts";

export type Language = "vi" | "en";

export type Intent =
  | "lead"
  | "duties"
  | "target"
  | "budget"
  | "reporting"
  | "legal_basis"
  | "plan_details"
  | "recommendation"
  | "compare"
  | "count"
  | "fact"
  | "off_topic";

export interface AnswerAgency {
  name: string;
  role: Role;
  /** English gloss, present on English answers. */
  english?: string;
}

export interface AnswerCitation {
  document: string;
  province: string;
  section: string;
  /** Verbatim substring of the plan's normalised text. */
  quote: string;
  /** The page of the source document the quote is on, when the plan was read from a PDF or a scan. */
  page?: number;
  /** True when the quote is text read by OCR from a scanned page (compare with the original). */
  scanned?: boolean;
}

export interface AnswerSuccessor {
  from: string;
  to: string;
  effective: string;
  legalBasis: string;
  note: string;
}

export interface Answer {
  answer: string;
  found: boolean;
  agencies: AnswerAgency[];
  citations: AnswerCitation[];
  intent: Intent;
  language: Language;
  notes: string[];
  successors: AnswerSuccessor[];
  /** True when a cited plan's period ended before today. */
  planExpired: boolean;
  /** 0..1: how strongly the cited passages match the question. */
  confidence: number;
  /** The provinces the answer cites, when more than one. */
  provinces?: string[];
  /** Present when the question is ambiguous and the answer asks back: what was written and what it may mean. */
  clarify?: { written: string; options: string[] };
  /** Numbers in the answer that were counted from the plans' structure rather than quoted. */
  counts?: number[];
}

/**
 * The registry as question answering uses it. Declared structurally here so src/qa depends
 * on the shape of src/kb/registry, not on its implementation details.
 */
/** `findProvinces` and `findAgencies` of one text. */
export interface RegistryNames {
  provinces: Array<{ province: Province; start: number; end: number; matched: string }>;
  agencies: Array<{ agency: Agency; start: number; end: number; matched: string }>;
}

export interface QaRegistry {
  agencies: Agency[];
  provinces: Province[];
  successors: Successor[];
  agency(id: string): Agency | undefined | null;
  province(id: string): Province | undefined | null;
  findAgencies(text: string): Array<{ agency: Agency; start: number; end: number; matched: string }>;
  findProvinces(text: string): Array<{ province: Province; start: number; end: number; matched: string }>;
  /** Both lookups of one text at once (the registry reads its words once); optional. */
  findNames?(text: string): RegistryNames;
  successorsOf(agencyId: string, provinceId?: string): Successor[];
}
