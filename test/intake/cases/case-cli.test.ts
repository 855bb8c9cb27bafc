import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/db/database.ts";
import { testDatabases, tempDir } from "../../support/test-databases.ts";
import { draft, openQueue, type QueueHarness } from "./case-test-support.ts";

/** Runs an officer CLI as a separate process against the harness database (same key as the test cipher). */
function run(h: QueueHarness, script: "case" | "retention", args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const config = h.target.config;
  const env = {
    PATH: process.env.PATH ?? "", DATA_DIR: tempDir(), ENCRYPTION_KEY: "07".repeat(32), LOG_LEVEL: "silent",
    DATABASE_URL: config.kind === "sqlite" ? `file:${config.file}` : config.url,
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, `src/cli/${script}.ts`), ...args], { cwd: PROJECT_ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe.each(testDatabases)("the officers' terminal on $name", (factory) => {
  let h: QueueHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("'case list --json --all' lists every case, the 201st and newest low one too (it stopped silently at 200)", { timeout: 120_000 }, async () => {
    h = await openQueue(factory);
    for (let i = 0; i < 200; i++) await h.intake.submit(draft({ dangerNow: "yes", narrative: `Bố đang đánh con lần ${i}` }));
    const { caseCode } = await h.intake.submit(draft());
    const list = await run(h, "case", ["list", "--json", "--all", "--officer", "An"]);
    expect(list.status).toBe(0);
    const cases = JSON.parse(list.stdout) as Array<{ code: string }>;
    expect(cases).toHaveLength(201);
    expect(cases.map((c) => c.code)).toContain(caseCode);
  });

  it("an officer lists, opens, claims, notes, refers and closes a case from the terminal, and all of it is audited under their name", { timeout: 60_000 }, async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(draft({ dangerNow: "yes", narrative: "Bố đang đánh con bằng gậy" }));
    await h.intake.submit(draft());
    const list = await run(h, "case", ["list", "--json", "--officer", "An"]);
    expect(list.status).toBe(0);
    const cases = JSON.parse(list.stdout) as Array<{ code: string; risk: string }>;
    expect(cases.map((c) => c.code)[0]).toBe(caseCode);
    expect(list.stdout).not.toContain("gậy");
    expect((await run(h, "case", ["claim", caseCode, "--officer", "An"])).status).toBe(0);
    const taken = await run(h, "case", ["claim", caseCode, "--officer", "Bình"]);
    expect(taken).toMatchObject({ status: 1 });
    expect(taken.stdout).toContain("An");
    expect((await run(h, "case", ["note", caseCode, "Đã", "gọi", "113", "--officer", "An"])).status).toBe(0);
    const refer = await run(h, "case", ["refer", caseCode, "--target", "hotline_111", "--method", "phone", "--ref", "111-2026-9", "--officer", "An"]);
    expect(refer.status).toBe(0);
    const shown = await run(h, "case", ["show", caseCode, "--json", "--officer", "An"]);
    const view = JSON.parse(shown.stdout) as { case: { narrative: string; status: string }; notes: Array<{ text: string }>; referrals: Array<{ externalRef: string }> };
    expect(view).toMatchObject({ case: { narrative: "Bố đang đánh con bằng gậy", status: "referred" }, notes: [{ text: "Đã gọi 113" }], referrals: [{ externalRef: "111-2026-9" }] });
    const human = await run(h, "case", ["show", caseCode, "--officer", "An"]);
    expect(human.stdout).toContain("Bố đang đánh con bằng gậy");
    expect((await run(h, "case", ["close", caseCode, "--reason", "referred_accepted", "--note", "111 đã nhận và cử người đến", "--officer", "An"])).status).toBe(0);
    const late = await run(h, "case", ["note", caseCode, "muộn", "--officer", "An"]);
    expect(late.status).toBe(1);
    expect(late.stdout).toContain("đã đóng");
    const trail = await h.queue.auditTrail("test", caseCode);
    expect(trail.filter((e) => e.officer !== "test").map((e) => `${e.officer}:${e.action}`).reverse()).toEqual([
      "An:claim", "Bình:claim", "An:note", "An:refer", "An:show", "An:referral_list", "An:show", "An:referral_list", "An:close", "An:note",
    ]);
  });

  it("a command without --officer is refused before anything is read", { timeout: 30_000 }, async () => {
    h = await openQueue(factory);
    const result = await run(h, "case", ["list"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--officer");
    expect((await h.queue.auditTrail("test", null)).map((e) => e.officer)).toEqual(["test"]);
  });

  it("retention purges only cases closed longer ago than the limit and says which", { timeout: 30_000 }, async () => {
    h = await openQueue(factory);
    h.clock.now = new Date(Date.now() - 400 * 86_400_000);
    const old = await h.intake.submit(draft());
    await h.queue.changeStatus("An", old.caseCode, "duplicate");
    h.clock.now = new Date();
    const recent = await h.intake.submit(draft());
    await h.queue.changeStatus("An", recent.caseCode, "duplicate");
    const result = await run(h, "retention", ["--days", "365", "--json"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ days: 365, purged: [old.caseCode] });
  });
});
