import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../src/config.ts";
import { PROJECT_ROOT } from "../../src/db/database.ts";
import { createPlanDraftRepository } from "../../src/db/plan-draft-repository.ts";
import { createPlanRepository } from "../../src/db/plan-repository.ts";
import { createKnowledgeService } from "../../src/qa/knowledge-service.ts";
import { createOpenAiFake, type OpenAiFake } from "../fakes/openai-server.ts";
import { tempDir, testDatabases, useMigratedDatabase } from "../support/test-databases.ts";

/** A plan in a layout the rules parser reads no assignments from ("+ Trách nhiệm chính thuộc về ..."). */
const PLAN = [
  "ỦY BAN NHÂN DÂN",
  "TỈNH QUẢNG TRỊ",
  "",
  "Số: 77/KH-UBND",
  "Quảng Trị, ngày 10 tháng 3 năm 2026",
  "",
  "KẾ HOẠCH",
  "Phòng, chống đuối nước trẻ em tỉnh Quảng Trị năm 2026",
  "",
  "Giao việc như sau, theo thứ tự ưu tiên:",
  "+ Trách nhiệm chính thuộc về Sở Văn hóa, Thể thao và Du lịch: tổ chức các lớp dạy bơi an toàn cho học sinh tiểu học trong dịp hè năm 2026.",
  "+ Công an tỉnh đảm nhận tuần tra các điểm sông, hồ nguy hiểm trong dịp hè năm 2026.",
  "",
].join("\n");

const SWIM = "Trách nhiệm chính thuộc về Sở Văn hóa, Thể thao và Du lịch: tổ chức các lớp dạy bơi an toàn cho học sinh tiểu học trong dịp hè năm 2026.";
const PATROL = "Công an tỉnh đảm nhận tuần tra các điểm sông, hồ nguy hiểm trong dịp hè năm 2026.";
const DRAFTER_REPLY = { json: { assignments: [
  { agencyAsWritten: "Sở Văn hóa, Thể thao và Du lịch", role: "responsible", quote: SWIM },
  { agencyAsWritten: "Công an tỉnh", role: "responsible", quote: PATROL },
] } };
const ASK_SWIM = "Sở Văn hóa, Thể thao và Du lịch có nhiệm vụ gì về dạy bơi cho trẻ em Quảng Trị?";
const ASK_PATROL = "Công an tỉnh có nhiệm vụ gì về tuần tra sông hồ ở Quảng Trị?";

/** Each run is a new process; on PostgreSQL one currently lingers ~10 s after its migration check. */
const CLI_TIMEOUT = 120_000;

interface Run { code: number; stdout: string; stderr: string }

/** Runs `npm run ingest -- ...` as a separate process (asynchronously, so the fake keeps answering). */
function ingest(args: string[], env: Record<string, string>): Promise<Run> {
  const base = { ...process.env };
  for (const key of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "DATABASE_URL"]) delete base[key];
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/ingest.ts"), ...args], { cwd: PROJECT_ROOT, env: { ...base, LOG_LEVEL: "warn", ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const databaseUrl = (config: DatabaseConfig) => (config.kind === "sqlite" ? `file:${config.file}` : config.url);

describe.each(testDatabases)("npm run ingest -- --draft with review, on $name", (factory) => {
  const database = useMigratedDatabase(factory);
  let fake: OpenAiFake;
  let planFile: string;
  beforeEach(async () => {
    fake = await createOpenAiFake();
    planFile = path.join(tempDir(), "quang-tri-duoi-nuoc.txt");
    fs.writeFileSync(planFile, PLAN);
  });
  afterEach(async () => {
    await fake.close();
  });

  const withModel = () => ({ DATABASE_URL: databaseUrl(database.target.config), OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: "sk-test-fake-key-123456", OPENAI_MODEL: fake.model });
  const answer = async (question: string) => {
    const service = await createKnowledgeService({ store: createPlanRepository(database.db.client), today: () => "2026-11-23" });
    return service.answer(question);
  };

  it("stores the drafts unreviewed, prints them numbered with their quotes, and answers do not use them", async () => {
    await database.open();
    fake.script([DRAFTER_REPLY]);
    const run = await ingest(["--draft", planFile], withModel());
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("77/KH-UBND: mới (new plan)");
    expect(run.stdout).toMatch(/1\. \[\w+\] unreviewed .*Sở Văn hóa, Thể thao và Du lịch \[so-vhttdl\]/);
    expect(run.stdout).toContain(`“${SWIM}”`);
    expect(run.stdout).toMatch(/2\. \[\w+\] unreviewed/);

    const drafts = await createPlanDraftRepository(database.db.client).list({ documentNumber: "77/KH-UBND" });
    expect(drafts.map((d) => [d.status, d.quote, d.planVersion])).toEqual([["unreviewed", SWIM, 1], ["unreviewed", PATROL, 1]]);
    const before = await answer(ASK_SWIM);
    expect(before.citations.map((c) => c.quote)).not.toContain(SWIM);
  }, CLI_TIMEOUT);

  it("after approval the answer cites the approved assignment; the rejected one stays out", async () => {
    await database.open();
    fake.script([DRAFTER_REPLY]);
    expect((await ingest(["--draft", planFile], withModel())).code).toBe(0);
    const [swim, patrol] = await createPlanDraftRepository(database.db.client).list({ documentNumber: "77/KH-UBND" });

    const env = { DATABASE_URL: databaseUrl(database.target.config) };
    const approved = await ingest(["--review", "approve", swim!.id, "--officer", "Nguyễn Thị Lan"], env);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain("approved 1 drafts");
    const rejected = await ingest(["--review", "reject", patrol!.id, "--officer", "Nguyễn Thị Lan"], env);
    expect(rejected.code).toBe(0);

    const swimAnswer = await answer(ASK_SWIM);
    expect(swimAnswer.found).toBe(true);
    expect(swimAnswer.citations).toContainEqual(expect.objectContaining({ document: "77/KH-UBND", quote: SWIM }));
    const patrolAnswer = await answer(ASK_PATROL);
    expect(patrolAnswer.citations.map((c) => c.quote)).not.toContain(PATROL);

    const listed = await ingest(["--review", "list", "77/KH-UBND"], env);
    expect(listed.stdout).toMatch(/1\. \[\w+\] approved, Nguyễn Thị Lan \d{4}-\d{2}-\d{2}/);
    expect(listed.stdout).toMatch(/2\. \[\w+\] rejected, Nguyễn Thị Lan/);
  }, CLI_TIMEOUT);

  it("without a configured model --draft exits 2 with one clear line and stores nothing", async () => {
    await database.open();
    const run = await ingest(["--draft", planFile], { DATABASE_URL: databaseUrl(database.target.config) });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining("OPENAI_API_KEY")]);
    expect(await createPlanRepository(database.db.client).currentPlans()).toEqual([]);
    expect(fake.requests).toEqual([]);
  }, CLI_TIMEOUT);

  it("when the model answers only errors, the plan is stored, no draft is, and the exit code says so", async () => {
    await database.open();
    fake.script([{ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }]);
    const run = await ingest(["--draft", planFile], withModel());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("đoạn mô hình không đọc được: 1");
    expect((await createPlanRepository(database.db.client).currentPlans()).map((p) => p.documentNumber)).toEqual(["77/KH-UBND"]);
    expect(await createPlanDraftRepository(database.db.client).list()).toEqual([]);
  }, CLI_TIMEOUT);

  it("approving without an officer name is a usage error, and an unknown id changes nothing", async () => {
    await database.open();
    const env = { DATABASE_URL: databaseUrl(database.target.config) };
    expect((await ingest(["--review", "approve", "abc"], env)).code).toBe(2);
    const unknown = await ingest(["--review", "approve", "no-such-id", "--officer", "Lan"], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no such draft");
  }, CLI_TIMEOUT);
});
