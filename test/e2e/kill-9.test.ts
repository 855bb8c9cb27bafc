/**
 * Crash safety: the application runs as a real process (`node --import tsx src/main.ts`),
 * many reporters complete reports through the web chat API at once, the process is killed
 * with SIGKILL in the middle, started again over the same database, and every case code the
 * API acknowledged must be in the officers' queue (read with the case CLI). Zero lost.
 */
import { spawn, execFile, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabases, tempDir, type TestDatabase } from "../support/test-databases.ts";
import { caseCodeIn, databaseEnv, repliesText, reportAnswers, webReporter } from "./e2e-support.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const REPORTERS = 24;
/** The kill comes once this many reports were acknowledged: the other reporters are then mid-report. */
const KILL_WHEN_ACKNOWLEDGED = REPORTERS / 2;
const exec = promisify(execFile);

interface AppProcess {
  child: ChildProcess;
  url: string;
}

/** Starts src/main.ts and resolves with its URL from the JSON log line "server listening". */
function startProcess(env: Record<string, string>): Promise<AppProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT, env: { ...process.env, ...env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", LOG_PRETTY: "false" }, stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "server listening" within 30 s; stderr: ${stderr}`)), 30_000);
    child.once("exit", (code) => reject(new Error(`exited with ${code} before listening; stderr: ${stderr}`)));
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      const record = parseJson(line);
      if (record?.msg === "server listening" && typeof record.url === "string") {
        clearTimeout(timer);
        resolve({ child, url: record.url });
      }
    });
  });
}

function parseJson(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** One reporter after another on a worker: returns the codes the API acknowledged before the process died. */
async function reportUntilDown(url: string, acknowledged: string[], worker: number): Promise<void> {
  for (let round = 0; ; round++) {
    const reporter = webReporter(url, `kill9-${worker}-${round}-${Date.now().toString(36)}`);
    try {
      for (const text of ["/report", ...reportAnswers(`Cháu bé số ${worker}-${round} bị cha dượng đánh bằng roi mây, người bầm tím`)]) {
        const last = await sendPolitely(reporter, text);
        const code = caseCodeIn(last);
        if (code) acknowledged.push(code);
      }
    } catch {
      return; // the process is gone: whatever was not acknowledged is not counted
    }
  }
}

/** Sends one answer; when the product asks to slow down (or holds the message back), waits and sends it again. */
async function sendPolitely(reporter: ReturnType<typeof webReporter>, text: string): Promise<string> {
  for (;;) {
    const res = await reporter.send(text);
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    const body = repliesText(res.replies);
    if (res.replies.length > 0 && !/quá nhanh/.test(body)) return body;
    await new Promise((r) => setTimeout(r, 2100));
  }
}

async function killHard(app: AppProcess): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = new Promise((resolve) => app.child.once("exit", resolve));
  app.child.kill("SIGKILL");
  await exited;
}

describe.each(testDatabases)("kill -9 in the middle of reports on $name", (factory) => {
  let db: TestDatabase;
  const running: AppProcess[] = [];
  let dataDir: string | undefined;
  afterEach(async () => {
    for (const app of running) await killHard(app);
    await db.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("loses no report the API acknowledged", async () => {
    db = await factory.create();
    dataDir = tempDir("bvte-kill9-");
    // Many reporters from one loopback address, as fast as they can: the per-address abuse limits are not what this test is about.
    const env = { DATA_DIR: dataDir, ...databaseEnv(db), WEB_SESSIONS_PER_HOUR: "1000000", WEB_MESSAGES_PER_MINUTE: "1000000", WEB_MESSAGES_PER_10_SECONDS: "1000000" };
    const first = await startProcess(env);
    running.push(first);

    const acknowledged: string[] = [];
    const workers = Array.from({ length: REPORTERS }, (_, i) => reportUntilDown(first.url, acknowledged, i));
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < KILL_WHEN_ACKNOWLEDGED && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    await killHard(first);
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_WHEN_ACKNOWLEDGED);

    const second = await startProcess(env);
    running.push(second);
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    const { stdout } = await exec(process.execPath, ["--import", "tsx", "src/cli/case.ts", "list", "--json", "--all", "--officer", "kiem-tra-kill9"], {
      cwd: ROOT, env: { ...process.env, ...env, LOG_LEVEL: "silent" }, maxBuffer: 16 * 1024 * 1024,
    });
    const listed = new Set((JSON.parse(stdout) as Array<{ code: string }>).map((c) => c.code));
    const lost = acknowledged.filter((code) => !listed.has(code));
    expect(lost).toEqual([]);
  }, 150_000);
});
