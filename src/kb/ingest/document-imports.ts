/**
 * Plans uploaded in the dashboard: each upload becomes an import that is read in the
 * background (OCR can take minutes), one at a time so two scans never compete for the CPU,
 * with its progress page by page. An administrator then reviews the extracted assignments
 * (accept, change the role or the agency, reject) and publishes the plan as a new version;
 * nothing is stored before that. Every step is audited through the sink. With `pendingDir`
 * (a folder under DATA_DIR), each upload's file is kept there until it is published, discarded
 * or fails to read, so a restart reads it again instead of losing it; the review itself (the
 * decisions not yet published) is not kept.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Assignment, IngestReport, ParsedPlan, Role } from "../types.ts";
import type { PlanSaveOutcome } from "../plan-store.ts";
import type { Registry } from "../registry/registry.ts";
import { DEFAULT_LIMITS, detectDocumentKind, type DocumentKind, type DocumentLimits } from "./document-readers/document-type.ts";
import type { OcrReader } from "./document-readers/ocr-reader.ts";
import { DocumentRejected, readPlanDocument, type ReadPlanResult } from "./read-plan-document.ts";

/** Where a reviewed plan is published, and where each step is recorded. */
export interface ImportSink {
  publish(plan: ParsedPlan, report: IngestReport): Promise<PlanSaveOutcome>;
  audit(officer: string, action: string, detail: string): Promise<void>;
}

export type ImportState = "queued" | "reading" | "ready" | "failed" | "published" | "discarded";
export type Decision = { status: "accepted" | "rejected"; role?: Role; agencyId?: string | null };

export interface ImportJob {
  id: string;
  fileName: string;
  kind: DocumentKind;
  bytes: number;
  officer: string;
  createdAt: Date;
  state: ImportState;
  progress: { stage: "text" | "ocr"; page: number; pages: number } | null;
  /** The refusal's message when the document could not be read. */
  error: string | null;
  result: ReadPlanResult | null;
  outcome: PlanSaveOutcome | null;
  /** What the review published: accepted (of which edited) and rejected assignments. */
  published: { accepted: number; edited: number; rejected: number } | null;
}

export interface DocumentImports {
  readonly limits: DocumentLimits;
  /** Checks the file's kind and size at once (throws DocumentRejected) and queues the read. */
  start(bytes: Uint8Array, fileName: string, officer: string): Promise<ImportJob>;
  get(id: string): ImportJob | undefined;
  /** Publishes the reviewed plan: decisions by assignment index; an index without one is accepted as read. */
  publish(id: string, decisions: ReadonlyMap<number, Decision>, officer: string): Promise<ImportJob>;
  discard(id: string, officer: string): Promise<ImportJob>;
  /** Resolves when every queued read has finished (for shutdown and tests). */
  idle(): Promise<void>;
}

/** A review that cannot be done in the import's state; nothing changed. */
export class ImportStateError extends Error {
  constructor(readonly state: ImportState | "missing") {
    super(`import is ${state}`);
    this.name = "ImportStateError";
  }
}

export interface DocumentImportOptions {
  sink: ImportSink;
  registry: () => Registry;
  /** Made per read and closed after it, so no OCR worker lingers between uploads. */
  ocr?: () => OcrReader;
  limits?: Partial<DocumentLimits>;
  /** How many finished imports are kept for review; the oldest go first. */
  keep?: number;
  now?: () => Date;
  /** Where uploaded files wait for their review, so a restart does not lose them; in memory only when not given. */
  pendingDir?: string;
}

interface PendingMeta {
  id: string;
  fileName: string;
  kind: DocumentKind;
  officer: string;
  createdAt: string;
}

/** The uploads waiting in `dir`, oldest first; files that cannot be read are skipped. */
function pendingUploads(dir: string): Array<{ meta: PendingMeta; bytes: Uint8Array }> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^[\w-]+\.json$/.test(n));
  } catch {
    return [];
  }
  const out: Array<{ meta: PendingMeta; bytes: Uint8Array }> = [];
  for (const name of names) {
    try {
      const meta = JSON.parse(readFileSync(join(dir, name), "utf8")) as PendingMeta;
      if (!/^[\w-]+$/.test(meta.id) || `${meta.id}.json` !== name) continue;
      out.push({ meta, bytes: new Uint8Array(readFileSync(join(dir, `${meta.id}.bin`))) });
    } catch {
      // a half-written upload (the server stopped while saving it): nothing to resume
    }
  }
  return out.sort((a, b) => a.meta.createdAt.localeCompare(b.meta.createdAt));
}

export function createDocumentImports(options: DocumentImportOptions): DocumentImports {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const now = options.now ?? (() => new Date());
  const jobs = new Map<string, ImportJob>();
  const keep = options.keep ?? 50;
  let queue: Promise<void> = Promise.resolve();

  const prune = () => {
    const old = [...jobs.values()].filter((j) => j.state !== "queued" && j.state !== "reading");
    for (const j of old.slice(0, Math.max(0, old.length - keep))) jobs.delete(j.id);
  };

  const dir = options.pendingDir;
  const forget = (id: string) => {
    if (!dir) return;
    rmSync(join(dir, `${id}.bin`), { force: true });
    rmSync(join(dir, `${id}.json`), { force: true });
  };
  const keepFile = (job: ImportJob, bytes: Uint8Array) => {
    if (!dir) return;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, `${job.id}.bin`), bytes, { mode: 0o600 });
    // The description last: an upload without one is not resumed.
    const meta: PendingMeta = { id: job.id, fileName: job.fileName, kind: job.kind, officer: job.officer, createdAt: job.createdAt.toISOString() };
    writeFileSync(join(dir, `${job.id}.json`), JSON.stringify(meta), { mode: 0o600 });
  };

  async function read(job: ImportJob, bytes: Uint8Array): Promise<void> {
    job.state = "reading";
    let ocr: OcrReader | undefined;
    try {
      ocr = options.ocr?.();
      job.result = await readPlanDocument(bytes, job.fileName, options.registry(), {
        limits, ocr, progress: (p) => { job.progress = p; },
      });
      job.state = "ready";
      const { plan, document } = job.result;
      await options.sink.audit(job.officer, "plan_import_read", `${job.id} ${plan.documentNumber || "?"}: ${plan.assignments.length} phân công, ${document.pages.length} trang, ${document.pages.filter((p) => p.flagged).length} cần xem lại${document.scanned ? ", bản quét" : ""}`);
    } catch (error) {
      job.state = "failed";
      forget(job.id);
      job.error = error instanceof DocumentRejected ? error.message : "Không đọc được tài liệu (the document could not be read)";
      await options.sink.audit(job.officer, "plan_import_failed", `${job.id} ${job.error}`).catch(() => {});
    } finally {
      await ocr?.close().catch(() => undefined);
    }
  }

  const mustBe = (id: string, state: ImportState): ImportJob => {
    const job = jobs.get(id);
    if (!job) throw new ImportStateError("missing");
    if (job.state !== state) throw new ImportStateError(job.state);
    return job;
  };

  // Uploads a previous run left unreviewed are read again, under their own ids.
  for (const { meta, bytes } of dir ? pendingUploads(dir) : []) {
    const job: ImportJob = {
      id: meta.id, fileName: meta.fileName, kind: meta.kind, bytes: bytes.length, officer: meta.officer, createdAt: new Date(meta.createdAt),
      state: "queued", progress: null, error: null, result: null, outcome: null, published: null,
    };
    jobs.set(job.id, job);
    queue = queue.then(() => read(job, bytes)).catch(() => undefined);
  }

  return {
    limits,
    async start(bytes, fileName, officer) {
      const kind = detectDocumentKind(bytes, limits);
      const job: ImportJob = {
        id: randomBytes(9).toString("base64url"), fileName: safeName(fileName), kind, bytes: bytes.length, officer, createdAt: now(),
        state: "queued", progress: null, error: null, result: null, outcome: null, published: null,
      };
      jobs.set(job.id, job);
      prune();
      const copy = new Uint8Array(bytes);
      keepFile(job, copy);
      await options.sink.audit(officer, "plan_import_upload", `${job.id} ${job.fileName} (${kind}, ${bytes.length} byte)`);
      // One failed read never stops the ones queued after it.
      queue = queue.then(() => read(job, copy)).catch(() => undefined);
      return job;
    },
    get: (id) => jobs.get(id),
    async publish(id, decisions, officer) {
      const job = mustBe(id, "ready");
      const { plan, report } = job.result!;
      const registry = options.registry();
      const kept: Assignment[] = [];
      let edited = 0;
      let rejected = 0;
      plan.assignments.forEach((a, i) => {
        const d = decisions.get(i);
        if (d?.status === "rejected") {
          rejected++;
          return;
        }
        const role = d?.role ?? a.role;
        const agencyId = d?.agencyId === undefined ? a.agencyId : d.agencyId;
        if (role === a.role && agencyId === a.agencyId) {
          kept.push(a);
          return;
        }
        edited++;
        const agency = agencyId ? registry.agency(agencyId) : undefined;
        kept.push({ ...a, role, agencyId: agency ? agency.id : null, note: `Sửa khi duyệt bởi ${officer} (edited in review by ${officer})` });
      });
      job.state = "published"; // claimed before the await, so a double submit cannot publish twice
      try {
        const final = { ...plan, assignments: kept };
        job.outcome = await options.sink.publish(final, { ...report, counts: { ...report.counts, assignments: kept.length } });
      } catch (error) {
        job.state = "ready";
        throw error;
      }
      job.published = { accepted: kept.length, edited, rejected };
      forget(job.id);
      await options.sink.audit(officer, "plan_import_publish", `${job.id} ${job.outcome.documentNumber} v${job.outcome.version} (${job.outcome.status}): ${kept.length} nhận, ${edited} sửa, ${rejected} loại`);
      return job;
    },
    async discard(id, officer) {
      const job = jobs.get(id);
      if (!job) throw new ImportStateError("missing");
      if (job.state !== "ready" && job.state !== "failed") throw new ImportStateError(job.state);
      job.state = "discarded";
      job.result = null;
      forget(job.id);
      await options.sink.audit(officer, "plan_import_discard", `${job.id} ${job.fileName}`);
      return job;
    },
    idle: () => queue,
  };
}

/** The file name as shown and recorded: no path, no control characters, at most 120 characters. */
function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 120) || "tai-lieu";
}
