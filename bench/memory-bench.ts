/**
 * Memory and start-up of the product as `npm start` runs it (issue 15). The command of
 * package.json's `start` script is run in a child process with the default configuration (a fresh
 * DATA_DIR, SQLite, no DATABASE_URL, no channel tokens), twice on the same DATA_DIR: a first start
 * (new database: migrations, every shipped plan ingested) and a warm start (database current).
 * For each start it prints the time from spawn to a 200 from /readyz, and the resident memory
 * (VmRSS from /proc/PID/status) of the node process that serves (the descendant running
 * dist/main.mjs or src/main.ts, so a wrapper or npm is not counted) once ready, with the CPU time it
 * had used by then (user + system: a figure that does not grow when other processes load the machine), after the first question and
 * the first complete report through the web-chat API, and at its peak during and after a burst of
 * web-chat updates (knowledge-base questions, stories that open a report, danger messages,
 * commands, oversized, malformed and invalid bodies; many sessions at once).
 *
 * Run: `npm run bench:memory -- [updates=10000] [concurrency=32]`; `--heap-snapshot` also writes a
 * heap snapshot of the app once ready on the warm start (a .heapsnapshot file in the repository).
 */
import { execSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Agent, request } from "node:http";
import net from "node:net";
import { fileURLToPath } from "node:url";

const ARGS = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const UPDATES = Number(ARGS[0] ?? 10_000);
const CONCURRENCY = Number(ARGS[1] ?? 32);
const HEAP_SNAPSHOT = process.argv.includes("--heap-snapshot");
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** What `npm start` runs (without npm itself), from package.json: `prestart` (the build) once, then `start` for each run. */
const SCRIPTS = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: { start: string; prestart?: string } }).scripts;
const START = SCRIPTS.start;
/** The entry module the serving process runs (dist/main.mjs when compiled, src/main.ts under tsx). */
const ENTRY = /\b(?:dist|src)\/main\.(?:mjs|js|ts)\b/;

/** The app under test, ended if this process ends early (an error, Ctrl-C). */
let running: ChildProcess | null = null;
process.on("exit", () => running?.kill("SIGKILL"));
process.on("SIGINT", () => process.exit(130));
process.on("SIGTERM", () => process.exit(143));

interface ChatReply { text: string; choices?: { id: string; label: string }[] }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function parentOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

/** The node process that serves: the deepest descendant of `root` whose command line runs the entry module. */
function servingPid(root: number): number {
  let best = root;
  let bestDepth = -1;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!ENTRY.test(fs.readFileSync(`/proc/${entry}/cmdline`, "utf8"))) continue;
      let depth = 0;
      for (let p = Number(entry); p > 1; p = parentOf(p), depth++) {
        if (p === root && depth > bestDepth) {
          best = Number(entry);
          bestDepth = depth;
          break;
        }
      }
    } catch {
      // Gone, or not ours.
    }
  }
  return best;
}

/** CPU time (user + system) a process has used, in seconds. */
function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const progress = (line: string) => process.stderr.write(`[bench:memory] ${line}\n`);
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function status(url: string): Promise<number> {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0;
  }
}

function post(url: string, body: string, agent?: Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", () => resolve({ status: 0, body: "" }));
    req.end(body);
  });
}

let messageCounter = 0;
async function say(base: string, sessionId: string, input: string | { choice: string }): Promise<ChatReply[]> {
  const body = { sessionId, messageId: `message-${++messageCounter}`, ...(typeof input === "string" ? { text: input } : { choice: input.choice }) };
  const res = await post(`${base}/api/chat/messages`, JSON.stringify(body));
  if (res.status !== 200) throw new Error(`web chat answered ${res.status}: ${res.body.slice(0, 200)}`);
  return (JSON.parse(res.body) as { replies: ChatReply[] }).replies;
}

/** A reporter who tells a story and then takes the plainest answer to every question until a case code comes back. */
async function walkReport(base: string, sessionId: string): Promise<string> {
  let replies = await say(base, sessionId, "Hàng xóm đánh bé trai 8 tuổi ở xã Ia Grai, Gia Lai nhiều ngày, bé bị bầm tím");
  const preferred = ["menu:report", "submit", "no", "anonymous", "yes", "skip", "unknown"];
  for (let step = 0; step < 25; step++) {
    const code = replies.map((r) => /TE-[A-Z0-9]{6}/.exec(r.text)?.[0]).find(Boolean);
    if (code) return code;
    const choices = replies.flatMap((r) => r.choices ?? []);
    const pick = preferred.map((id) => choices.find((c) => c.id === id)).find(Boolean) ?? choices[0];
    replies = await say(base, sessionId, pick ? { choice: pick.id } : "bỏ qua");
  }
  throw new Error(`no case code after 25 answers; last replies: ${JSON.stringify(replies).slice(0, 300)}`);
}

/** One web-chat body of the burst: valid messages of every kind, and malformed ones. */
function burstBody(i: number): string {
  const sessionId = `burst-session-${i % 2_000}`;
  const messageId = `burst-message-${i}`;
  const text = (t: string) => JSON.stringify({ sessionId, messageId, text: t });
  switch (i % 10) {
    case 0: return text("/start");
    case 1: return text("Sở nào chủ trì phòng chống xâm hại trẻ em ở Gia Lai?");
    case 2: return text("Hàng xóm đánh bé trai 8 tuổi nhiều ngày, bé bị bầm tím");
    case 3: return text("Ai chịu trách nhiệm truyền thông về bảo vệ trẻ em tại Đắk Lắk?");
    case 4: return text("x".repeat(4096));
    case 5: return text(String.fromCodePoint(...Array.from({ length: 200 }, (_, k) => 0x300 + ((i * 31 + k * 17) % 0x2000))));
    case 6: return JSON.stringify({ sessionId: 5, text: ["not", "text"] });
    case 7: return JSON.stringify({ sessionId, messageId, choice: ["ask", "report", "menu:report", "zz"][i % 4] });
    case 8: return i % 20 === 8 ? "{not json" : text("Công an tỉnh có nhiệm vụ gì trong kế hoạch bảo vệ trẻ em?");
    default: return text("Kinh phí thực hiện kế hoạch bảo vệ trẻ em lấy từ đâu?");
  }
}

interface StartFigures {
  readyMs: number;
  readyCpuS: number;
  afterStart: number;
  firstQuestionMs: number;
  afterQuestion: number;
  reportMs: number;
  afterReport: number;
  burstPeak: number;
  afterBurst: number;
  burstPerSecond: number;
  burstStatuses: Record<string, number>;
}

async function runOnce(dataDir: string, snapshot: boolean): Promise<StartFigures> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "error", DATABASE_URL: "",
    ...(snapshot ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --heapsnapshot-signal=SIGUSR2`.trim() } : {}),
  };
  for (const name of ["TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_SECRET", "ZALO_BOT_TOKEN", "ZALO_WEBHOOK_SECRET", "OPENAI_API_KEY", "OFFICER_TELEGRAM_CHAT_ID", "REDIS_URL"]) delete env[name];
  const began = performance.now();
  const app: ChildProcess = spawn("sh", ["-c", `exec ${START}`], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  running = app;
  let readyMs = -1;
  while (performance.now() - began < 120_000) {
    if ((await status(`${base}/readyz`)) === 200) {
      readyMs = performance.now() - began;
      break;
    }
    await sleep(10);
  }
  if (readyMs < 0) throw new Error("the application did not become ready in 120 s");
  const pid = servingPid(app.pid!);
  const readyCpuS = cpuSeconds(pid);
  progress(`ready in ${(readyMs / 1000).toFixed(2)} s, ${readyCpuS.toFixed(2)} s of CPU (pid ${pid})`);
  await sleep(2_000);
  const afterStart = rssKb(pid);
  if (snapshot) {
    process.kill(pid, "SIGUSR2");
    await sleep(8_000);
  }

  let t = performance.now();
  const answer = await say(base, "bench-question-session", "Sở nào chủ trì phòng chống xâm hại trẻ em ở Gia Lai?");
  const firstQuestionMs = performance.now() - t;
  if (!answer.some((r) => r.text.length > 40)) throw new Error(`no answer to the first question: ${JSON.stringify(answer).slice(0, 200)}`);
  await sleep(500);
  const afterQuestion = rssKb(pid);
  t = performance.now();
  await walkReport(base, "bench-report-session");
  const reportMs = performance.now() - t;
  await sleep(500);
  const afterReport = rssKb(pid);

  progress(`question ${firstQuestionMs.toFixed(0)} ms, report ${reportMs.toFixed(0)} ms; burst of ${UPDATES}`);
  let burstPeak = afterReport;
  const sampler = setInterval(() => (burstPeak = Math.max(burstPeak, rssKb(pid))), 100);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  const statuses = new Map<number, number>();
  const burstBegan = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < UPDATES) {
      const i = next++;
      if (i > 0 && i % 1000 === 0) progress(`${i} updates sent`);
      const res = await post(`${base}/api/chat/messages`, burstBody(i), agent);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  }));
  const burstPerSecond = UPDATES / ((performance.now() - burstBegan) / 1000);
  await sleep(3_000);
  clearInterval(sampler);
  const afterBurst = rssKb(pid);
  agent.destroy();

  app.kill("SIGTERM");
  await new Promise((r) => app.once("exit", r));
  return { readyMs, readyCpuS, afterStart, firstQuestionMs, afterQuestion, reportMs, afterReport, burstPeak, afterBurst, burstPerSecond, burstStatuses: Object.fromEntries(statuses) };
}

function print(label: string, f: StartFigures): void {
  console.log(`${label}`);
  console.log(`  time to ready (spawn → /readyz 200):  ${(f.readyMs / 1000).toFixed(2)} s  (CPU used by then: ${f.readyCpuS.toFixed(2)} s)`);
  console.log(`  resident once ready (+2 s):            ${mb(f.afterStart)}`);
  console.log(`  first question answered in ${f.firstQuestionMs.toFixed(0)} ms; resident after it: ${mb(f.afterQuestion)}`);
  console.log(`  first report (story → code) in ${f.reportMs.toFixed(0)} ms; resident after it: ${mb(f.afterReport)}`);
  console.log(`  resident peak under ${UPDATES} web-chat updates: ${mb(f.burstPeak)}  (${f.burstPerSecond.toFixed(0)} updates/s, statuses ${JSON.stringify(f.burstStatuses)})`);
  console.log(`  resident 3 s after the burst:          ${mb(f.afterBurst)}`);
}

async function main(): Promise<void> {
  if (SCRIPTS.prestart) execSync(SCRIPTS.prestart, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bvte-bench-memory-"));
  try {
    const first = await runOnce(dataDir, false);
    const warm = await runOnce(dataDir, HEAP_SNAPSHOT);
    console.log(`memory bench: \`${START}\`, SQLite in a new DATA_DIR, no tokens, ${os.cpus().length} cores, Node ${process.version}, ${CONCURRENCY} concurrent clients`);
    print("first start (new database: migrations, shipped plans ingested)", first);
    print("warm start (same DATA_DIR)", warm);
    console.log("  goals (issue 15): ≤150 MB after start, ≤250 MB under the burst, ready ≤1.5 s warm");
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
