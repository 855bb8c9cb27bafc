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
  ])("a wrong value %j stops start-up naming %s and what it expects", (env, variable) => {
    const error = (() => { try { loadConfig(env, emptyDir()); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toContain(variable);
    expect((error as Error).message.split("\n")).toHaveLength(1);
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
