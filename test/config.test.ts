import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { ConfigError } from "../src/core/errors.ts";
import { tempDir } from "./support/test-databases.ts";

const emptyDir = () => tempDir("bvte-cfg-");

describe("configuration", () => {
  it("needs nothing for the embedded default: SQLite under ./data, port 3000, channels and model off", () => {
    const cwd = emptyDir();
    const config = loadConfig({}, cwd);
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: "sqlite", file: path.join(cwd, "data", "bao-ve-tre-em.sqlite") });
    expect(config.telegram.mode).toBe("off");
    expect(config.zalo.mode).toBe("off");
    expect(config.llm.enabled).toBe(false);
  });

  it("DATABASE_URL=postgres://... switches to PostgreSQL", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://app@db.example:5432/bvte" }, emptyDir());
    expect(config.database).toEqual({ kind: "postgresql", url: "postgres://app@db.example:5432/bvte" });
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://root@localhost/x" }, "DATABASE_URL"],
    [{ TELEGRAM_BOT_TOKEN: "not-a-token" }, "TELEGRAM_BOT_TOKEN"],
    [{ TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", TELEGRAM_WEBHOOK_URL: "https://bot.example/tg" }, "TELEGRAM_WEBHOOK_SECRET"],
    [{ ENCRYPTION_KEY: "short" }, "ENCRYPTION_KEY"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ REDIS_URL: "localhost:6379" }, "REDIS_URL"],
    [{ TRUST_PROXY: "yes please" }, "TRUST_PROXY"],
    [{ WEB_SESSIONS_PER_HOUR: "0" }, "WEB_SESSIONS_PER_HOUR"],
    [{ DANGER_REPORTS_PER_SOURCE_PER_HOUR: "three" }, "DANGER_REPORTS_PER_SOURCE_PER_HOUR"],
    [{ FLOOD_ALERT_WINDOW_SECONDS: "7200" }, "FLOOD_ALERT_WINDOW_SECONDS"],
  ])("a wrong value %j stops start-up naming %s and what it expects", (env, variable) => {
    const error = (() => { try { loadConfig(env, emptyDir()); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toContain(variable);
    expect((error as Error).message.split("\n")).toHaveLength(1);
  });

  it("abuse limits: in memory and no proxy trusted by default; Redis, proxies and limits from the environment", () => {
    const defaults = loadConfig({}, emptyDir());
    expect(defaults.trustProxy).toBe(false);
    expect(defaults.abuse).toEqual({
      redisUrl: undefined, web: { exempt: ["127.0.0.1", "::1"], sessionsPerHour: 30, messagesPerMinute: 60, messagesPer10Seconds: 20 },
      flood: { reportsPerDay: 10, dangerReportsPerHour: 3 }, floodAlertWindowMs: 120_000,
    });
    const set = loadConfig({ REDIS_URL: "redis://cache:6379/2", TRUST_PROXY: "10.0.0.0/8, 192.168.1.5", WEB_SESSIONS_PER_HOUR: "5", FLOOD_ALERT_WINDOW_SECONDS: "600", WEB_LIMITS_EXEMPT: "none" }, emptyDir());
    expect(set.trustProxy).toEqual(["10.0.0.0/8", "192.168.1.5"]);
    expect(set.abuse).toMatchObject({ redisUrl: "redis://cache:6379/2", web: { sessionsPerHour: 5, exempt: [] }, floodAlertWindowMs: 600_000 });
    expect(loadConfig({ WEB_LIMITS_EXEMPT: "10.1.0.0/16, 192.168.1.5" }, emptyDir()).abuse.web.exempt).toEqual(["10.1.0.0/16", "192.168.1.5"]);
    expect(loadConfig({ TRUST_PROXY: "true" }, emptyDir()).trustProxy).toBe(true);
  });

  it("a wrong token value is not repeated in the error message", () => {
    const error = (() => { try { loadConfig({ TELEGRAM_BOT_TOKEN: "123:leaky-secret" }, emptyDir()); } catch (e) { return e as Error; } })();
    expect(error?.message).not.toContain("leaky-secret");
  });

  it("Telegram polls without a webhook URL and uses the webhook with one", () => {
    const token = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token }, emptyDir()).telegram.mode).toBe("polling");
    const hook = loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_URL: "https://bot.example/tg", TELEGRAM_WEBHOOK_SECRET: "s3cret-value" }, emptyDir());
    expect(hook.telegram).toMatchObject({ mode: "webhook", webhookSecret: "s3cret-value" });
  });

  it("reads .env, and the real environment wins over it", () => {
    const cwd = emptyDir();
    fs.writeFileSync(path.join(cwd, ".env"), "PORT=4100\nDATA_DIR=./store\n");
    expect(loadConfig({}, cwd)).toMatchObject({ port: 4100, dataDir: path.join(cwd, "store") });
    expect(loadConfig({ PORT: "4200" }, cwd).port).toBe(4200);
  });
});
