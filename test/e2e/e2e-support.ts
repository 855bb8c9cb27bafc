/**
 * Helpers for whole-product tests: the real application started from an environment (as
 * `npm start` would, with PORT 0 and a temporary DATA_DIR over a test database), a web chat
 * client, the reporter's answers for a complete report, the case queue read the way an
 * officer reads it, and a clock that lets a reporter "type at human speed" without waiting.
 */
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { vi } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createLogger } from "../../src/core/logger.ts";
import { createFieldCipher, resolveEncryptionKey } from "../../src/core/field-cipher.ts";
import { startApplication, type Application } from "../../src/application.ts";
import { createCaseServices } from "../../src/db/case-services.ts";
import type { CaseRecord, CaseSummary } from "../../src/intake/cases/case-types.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";
import { tempDir, type TestDatabase } from "../support/test-databases.ts";

/** A narrative with a word found nowhere else, to search the database files for plaintext. */
export const NARRATIVE_MARKER = "Quyxzanthuvy";
export const NARRATIVE = `Bé trai hàng xóm tên ${NARRATIVE_MARKER} bị cha dượng đánh bằng roi mây nhiều ngày, người bầm tím`;

/**
 * The answers of a complete report after /report, one per question: not in danger now, the
 * narrative, then the gaps it leaves (where, age, when, who the reporter is), anonymous, and
 * send at the summary. Every answer is typed text, as a reporter may write. The narrative
 * must not state the place, the age, the time or the reporter (the flow would not ask them).
 */
export function reportAnswers(narrative = NARRATIVE): string[] {
  return ["không", narrative, "xã Ia Grai, Gia Lai", "8 tuổi", "tuần trước", "hàng xóm", "ẩn danh", "gửi"];
}

/** Case codes as the product prints them ("TE-" and six characters, e.g. TE-7K3M9Q). */
export const CASE_CODE = /\b(TE-[A-Z0-9]{6})\b/;

export function caseCodeIn(text: string): string | null {
  return CASE_CODE.exec(text)?.[1] ?? null;
}

export interface RunningApp {
  app: Application;
  dataDir: string;
  env: Record<string, string>;
}

/**
 * Starts the real application with loadConfig over `env` (PORT 0, loopback, DATA_DIR a
 * fresh directory unless given) and the test database's connection.
 */
const dataDirs = new Set<string>();

/** Removes the DATA_DIRs startApp made (call after the applications stopped). */
export function removeDataDirs(): void {
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  dataDirs.clear();
}

export async function startApp(db: TestDatabase, env: Record<string, string> = {}, dataDir = tempDir("bvte-e2e-")): Promise<RunningApp> {
  dataDirs.add(dataDir);
  const full = { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "silent", ...databaseEnv(db), ...env };
  const config = loadConfig(full, dataDir);
  const app = await startApplication(config, createLogger({ level: "silent", pretty: false }));
  return { app, dataDir, env: full };
}

/** DATABASE_URL for a test database (file: for SQLite, the URL for PostgreSQL). */
export function databaseEnv(db: TestDatabase): { DATABASE_URL: string } {
  return { DATABASE_URL: db.config.kind === "sqlite" ? `file:${db.config.file}` : db.config.url };
}

/** The open cases as an officer lists them, over the running application's database and key. */
export async function listCases(running: RunningApp, officer = "can-bo-e2e"): Promise<CaseSummary[]> {
  const key = resolveEncryptionKey({ configuredKey: undefined, dataDir: running.dataDir });
  const services = createCaseServices(running.app.database, {
    cipher: createFieldCipher(key.key),
    settings: loadConfig(running.env, running.dataDir).cases,
  });
  return services.queue.list(officer, { includeFinal: true, limit: 10_000 });
}

/** One case as an officer opens it (decrypted: narrative, contact, details), or null. */
export async function showCase(running: RunningApp, code: string, officer = "can-bo-e2e"): Promise<CaseRecord | null> {
  const key = resolveEncryptionKey({ configuredKey: undefined, dataDir: running.dataDir });
  const services = createCaseServices(running.app.database, {
    cipher: createFieldCipher(key.key),
    settings: loadConfig(running.env, running.dataDir).cases,
  });
  const shown = await services.queue.show(officer, code);
  return shown.ok ? shown.value.case : null;
}

/** A person in the web chat: each call posts one message with a fresh message id. */
export function webReporter(url: string, sessionId = `s-${randomBytes(8).toString("hex")}`) {
  let n = 0;
  let lastId = "";
  const post = async (base: string, messageId: string, text: string, choice?: string) => {
    const body = { sessionId, messageId, ...(text ? { text } : {}), ...(choice ? { choice } : {}) };
    const res = await fetch(`${base}/api/chat/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const json = (await res.json()) as { replies?: Reply[] };
    return { status: res.status, replies: json.replies ?? [] };
  };
  return {
    sessionId,
    async send(text: string, choice?: string): Promise<{ status: number; replies: Reply[] }> {
      lastId = `m-${++n}-${randomBytes(4).toString("hex")}`;
      return post(url, lastId, text, choice);
    },
    /** The browser's retry: the last message again with the same id (to another address after a restart). */
    resendLast(text: string, to = url): Promise<{ status: number; replies: Reply[] }> {
      return post(to, lastId, text);
    },
  };
}

export function repliesText(replies: Reply[]): string {
  return replies.map((r) => r.text).join("\n");
}

/**
 * Lets the test's reporter write at human speed (one message every few seconds) without
 * waiting: only Date is faked, and it still advances with real time. The product's per-user
 * rate limit then sees what it would see from a person typing.
 */
export function useHumanClock(): { pause(seconds?: number): void; restore(): void } {
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  return {
    pause: (seconds = 3) => vi.setSystemTime(Date.now() + seconds * 1000),
    restore: () => vi.useRealTimers(),
  };
}

/** All bytes of a SQLite database: the main file, the WAL and the rollback journal if any. */
export function sqliteBytes(file: string): Buffer {
  const parts = [file, `${file}-wal`, `${file}-journal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f));
  return Buffer.concat(parts);
}

/** The rows of the tables that hold reports and conversations, as PostgreSQL prints them. */
export async function postgresRowsText(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = ["Conversation", "ProcessedMessage", "ReportDraftRecord", "IntakeCase", "CaseAddition", "CaseAudit", "OutboxMessage"];
    const out: string[] = [];
    for (const table of tables) {
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${table}" t`);
      out.push(...rows.rows.map((r) => r.row));
    }
    return out.join("\n");
  } finally {
    await client.end();
  }
}

/** Answers every question of a report as a person would (a pause before each), returning the last reply's text. */
export async function answerReport(say: (text: string) => Promise<string>, clock: { pause(): void }, answers = reportAnswers()): Promise<string> {
  let last = "";
  for (const text of answers) {
    clock.pause();
    last = await say(text);
  }
  return last;
}

/** Waits until a protocol fake has sent the chat at least one more message, and then no new one for a moment. */
export async function settle<M extends { chat_id: unknown }>(
  fake: { sentMessages: M[]; waitForMessages(chatId: never, n: number, timeoutMs: number): Promise<unknown> },
  chatId: M["chat_id"],
  before: number,
): Promise<M[]> {
  await fake.waitForMessages(chatId as never, before + 1, 8000);
  const forChat = () => fake.sentMessages.filter((m) => m.chat_id === chatId);
  let count = -1;
  while (forChat().length !== count) {
    count = forChat().length;
    await new Promise((r) => setTimeout(r, 250));
  }
  return forChat().slice(before);
}
