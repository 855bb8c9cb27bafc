/**
 * Start-up warnings of the real application, one log line each, Vietnamese then English: no
 * officer alert channel, a province the bot serves without an officer account, a plan past its
 * end date still answering, DATA_DIR on tmpfs. Each goes away once its cause is fixed.
 */
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { startApplication, type Application } from "../../src/application.ts";
import { createOfficerAccountRepository } from "../../src/db/officer-account-repository.ts";
import { createOfficerAuth, registryTodayProvince } from "../../src/officer/dashboard/officer-auth-service.ts";
import { mountTypeOf } from "../../src/server/startup-warnings.ts";
import { createTelegramFake, type TelegramFake } from "../fakes/telegram-bot-api-server.ts";
import { captureLogger, type CapturedLogger } from "../channels/channel-test-support.ts";
import { tempDir } from "../support/test-databases.ts";

const TOKEN = "123456:warn-test-token-AAAAAAAAAAAAAA";
let app: Application | undefined;
let fake: TelegramFake | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await app?.stop();
  app = undefined;
  await fake?.close();
  fake = undefined;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function start(dir: string, env: Record<string, string> = {}): Promise<CapturedLogger> {
  dirs.push(dir);
  const logs = captureLogger();
  app = await startApplication(loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dir, ...env }, dir), logs.logger);
  return logs;
}

/** The warn lines of a start (pino level 40), as their messages. */
function warnings(logs: CapturedLogger): string[] {
  return logs.text().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level === 40).map((l) => l.msg);
}

describe("start-up warnings", () => {
  it("a bare start warns of no officer alert channel, provinces with no officer, and plans past their end date, one line each in both languages", { timeout: 60_000 }, async () => {
    const lines = warnings(await start(tempDir("bvte-warn-")));
    const alert = lines.filter((l) => l.includes("Chưa cấu hình kênh báo cho cán bộ"));
    expect(alert).toHaveLength(1);
    expect(alert[0]).toContain("No officer alert channel configured");
    const provinces = lines.filter((l) => l.startsWith("Tỉnh chưa có tài khoản cán bộ"));
    expect(provinces).toHaveLength(1);
    expect(provinces[0]).toMatch(/Provinces with no officer account/);
    const served = app!.knowledge.plans().map((p) => p.province.provinceId).filter(Boolean);
    expect(served.length).toBeGreaterThan(0);
    const today = new Date().toISOString().slice(0, 10);
    const ended = app!.knowledge.plans().filter((p) => p.period.end !== null && p.period.end < today);
    const planLines = lines.filter((l) => l.startsWith("Kế hoạch đã hết thời gian thực hiện"));
    expect(planLines).toHaveLength(ended.length > 0 ? 1 : 0);
    for (const p of ended) expect(planLines[0]).toContain(p.documentNumber);
    for (const line of [...alert, ...provinces, ...planLines]) expect(line).not.toContain("\n");
  });

  it("with an officers' Telegram chat and an account for every province, those two warnings are gone", { timeout: 60_000 }, async () => {
    const dir = tempDir("bvte-warn-");
    await start(dir);
    const auth = createOfficerAuth({ store: createOfficerAccountRepository(app!.database.client), todayProvinceId: registryTodayProvince(app!.knowledge.registry) });
    await auth.addAccount({ username: "quantri", role: "admin", provinces: ["*"], password: "mat-khau-rat-dai-2026" });
    await app!.stop();
    app = undefined;
    fake = await createTelegramFake({ token: TOKEN });
    const lines = warnings(await start(dir, { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url, OFFICER_TELEGRAM_CHAT_ID: "-100123456" }));
    expect(lines.filter((l) => l.includes("Chưa cấu hình kênh báo cho cán bộ"))).toEqual([]);
    expect(lines.filter((l) => l.startsWith("Tỉnh chưa có tài khoản cán bộ"))).toEqual([]);
  });

  it.skipIf(mountTypeOf("/dev/shm", fs.readFileSync("/proc/mounts", "utf8")) !== "tmpfs")("warns when DATA_DIR is on tmpfs, and not when it is on disk", { timeout: 60_000 }, async () => {
    const onTmpfs = fs.mkdtempSync("/dev/shm/bvte-warn-");
    const lines = warnings(await start(onTmpfs));
    expect(lines.filter((l) => l.startsWith("DATA_DIR") && l.includes("tmpfs") && l.includes("lost at the next reboot"))).toHaveLength(1);
    await app!.stop();
    app = undefined;
    const onDisk = tempDir("bvte-warn-");
    const diskLines = warnings(await start(onDisk));
    expect(diskLines.filter((l) => l.startsWith("DATA_DIR")).length).toBe(mountTypeOf(onDisk, fs.readFileSync("/proc/mounts", "utf8")) === "tmpfs" ? 1 : 0);
  });
});
