/**
 * The whole configuration: one zod schema over the environment (and an optional `.env`),
 * parsed once at start and split by mode. Nothing is required for the embedded default;
 * a wrong value stops start-up with a message naming the variable and what it expects.
 */
import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { z } from "zod";
import { ConfigError } from "./core/errors.ts";
import { CaseSettingsError, parseCaseSettings, type CaseSettings } from "./intake/cases/case-settings.ts";
import type { FloodLimits } from "./intake/cases/flood-guard.ts";

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const booleanText = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((v) => v === "true" || v === "1" || v === "yes");

const httpUrl = (what: string) =>
  optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), { message: `${what}: một URL http(s):// (an http(s) URL)` });

const perWindow = (fallback: number) => z.coerce.number({ message: "một số nguyên dương (a positive whole number)" }).int().min(1).max(1_000_000).default(fallback);

/** TRUST_PROXY: "true" (any proxy) or a comma-separated list of the proxies' addresses or CIDRs. */
const trustProxyText = optionalText.refine((v) => v === undefined || /^(true|false|[0-9A-Fa-f.:/]*[.:][0-9A-Fa-f.:/]*(\s*,\s*[0-9A-Fa-f.:/]*[.:][0-9A-Fa-f.:/]*)*)$/.test(v), {
  message: "true, false hoặc danh sách địa chỉ/CIDR của proxy, cách nhau bởi dấu phẩy, ví dụ 10.0.0.0/8 (or a comma-separated list of proxy addresses or CIDRs)",
});

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number({ message: "một số cổng 0-65535 (a port number)" }).int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^(postgres|postgresql|file):/.test(v), {
    message: "postgres://USER@HOST:PORT/DB, postgresql://..., file:PATH (SQLite) hoặc để trống (or empty for embedded SQLite)",
  }),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_PRETTY: booleanText,
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  TELEGRAM_BOT_TOKEN: optionalText.refine((v) => v === undefined || /^\d+:[\w-]{20,}$/.test(v), {
    message: "dạng 123456:ABC... do @BotFather cấp (a token from @BotFather)",
  }),
  TELEGRAM_API_ROOT: httpUrl("TELEGRAM_API_ROOT"),
  TELEGRAM_SENDS_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(30),
  TELEGRAM_WEBHOOK_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), { message: "một URL https:// công khai (a public https URL)" }),
  TELEGRAM_WEBHOOK_SECRET: optionalText.refine((v) => v === undefined || /^[A-Za-z0-9_-]{8,256}$/.test(v), {
    message: "8-256 ký tự A-Z a-z 0-9 _ - (8-256 characters of A-Z, a-z, 0-9, _ and -)",
  }),
  ZALO_BOT_TOKEN: optionalText.refine((v) => v === undefined || /^\d+:\S{8,}$/.test(v), { message: "dạng <bot_id>:<secret> (as <bot_id>:<secret>)" }),
  ZALO_API_BASE: z.string().url({ message: "một URL http(s) (an http(s) URL)" }).default("https://bot-api.zaloplatforms.com"),
  ZALO_WEBHOOK_SECRET: optionalText.refine((v) => v === undefined || (v.length >= 8 && v.length <= 256), { message: "8-256 ký tự (8-256 characters)" }),
  OFFICER_TELEGRAM_CHAT_ID: optionalText.refine((v) => v === undefined || /^-?\d+$/.test(v), { message: "một mã chat số, ví dụ -1001234567890 (a numeric chat id)" }),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: httpUrl("OPENAI_BASE_URL"),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  LLM_REPORT_ASSIST: booleanText,
  REDIS_URL: optionalText.refine((v) => v === undefined || /^rediss?:\/\/\S+$/.test(v), { message: "redis://HOST:6379 hoặc rediss://... (a redis:// or rediss:// URL)" }),
  TRUST_PROXY: trustProxyText,
  WEB_LIMITS_EXEMPT: optionalText.refine((v) => v === undefined || v === "none" || /^[0-9A-Fa-f.:/]*[.:][0-9A-Fa-f.:/]*(\s*,\s*[0-9A-Fa-f.:/]*[.:][0-9A-Fa-f.:/]*)*$/.test(v), {
    message: "none, hoặc danh sách địa chỉ/CIDR không bị giới hạn, cách nhau bởi dấu phẩy (or a comma-separated list of exempt addresses or CIDRs)",
  }),
  WEB_SESSIONS_PER_HOUR: perWindow(30),
  WEB_MESSAGES_PER_MINUTE: perWindow(60),
  WEB_MESSAGES_PER_10_SECONDS: perWindow(20),
  WEB_CHAT_EXIT_URL: z.string().regex(/^https?:\/\/[^\s"'<>]+$/, { message: "một URL http(s):// của trang trung tính, ví dụ tin tức hoặc thời tiết (an http(s) URL of a neutral page)" }).default("https://www.google.com.vn"),
  REPORTS_PER_SOURCE_PER_DAY: perWindow(10),
  DANGER_REPORTS_PER_SOURCE_PER_HOUR: perWindow(3),
  FLOOD_ALERT_WINDOW_SECONDS: z.coerce.number({ message: "số giây 1-3600 (seconds, 1-3600)" }).int().min(1).max(3600).default(120),
  ENCRYPTION_KEY: optionalText.refine((v) => v === undefined || /^[0-9a-fA-F]{64}$/.test(v) || /^[A-Za-z0-9+/]{43}=$/.test(v), {
    message: "32 byte: 64 ký tự hex hoặc base64 44 ký tự (32 bytes as 64 hex characters or 44 base64 characters)",
  }),
});

export type Env = z.infer<typeof envSchema>;

export type DatabaseConfig =
  | { kind: "sqlite"; file: string }
  | { kind: "postgresql"; url: string };

export type TelegramConfig =
  | { mode: "off" }
  | { mode: "polling"; token: string; apiRoot: string | undefined; sendsPerSecond: number }
  | { mode: "webhook"; token: string; apiRoot: string | undefined; sendsPerSecond: number; webhookUrl: string; webhookSecret: string };

export type ZaloConfig = { mode: "off" } | { mode: "on"; token: string; apiBase: string; webhookSecret: string | undefined };

export type LlmConfig =
  | { enabled: false }
  | {
      enabled: true;
      apiKey: string | undefined;
      baseUrl: string | undefined;
      model: string;
      /** Send submitted reports to the model for a second opinion on risk (LLM_REPORT_ASSIST; off by default: reports are sensitive data). */
      reportAssist: boolean;
    };

/** Web-chat limits per address (HTTP 429 past them, except for danger messages and reports in progress). */
export interface WebChatLimits {
  /** Addresses and CIDRs never limited: the host itself by default (health checks, tools on the same machine). */
  exempt: string[];
  sessionsPerHour: number;
  messagesPerMinute: number;
  /** The burst: messages within 10 seconds. */
  messagesPer10Seconds: number;
}

/** Limits against floods of sessions, messages and reports from one source. */
export interface AbuseConfig {
  /** Shared counters for every instance (REDIS_URL); each instance counts alone without it. */
  redisUrl: string | undefined;
  web: WebChatLimits;
  /** Past these a report is still stored, but marked as a suspected flood and alerted in a batch. */
  flood: FloodLimits;
  /** How long suspected-flood cases of one source are gathered into one officer alert. */
  floodAlertWindowMs: number;
}

export interface Config {
  nodeEnv: Env["NODE_ENV"];
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  log: { level: Env["LOG_LEVEL"]; pretty: boolean };
  shutdownTimeoutMs: number;
  telegram: TelegramConfig;
  zalo: ZaloConfig;
  officerTelegramChatId: string | undefined;
  llm: LlmConfig;
  encryptionKey: string | undefined;
  /** Fastify's trustProxy: which proxies' X-Forwarded-For names the client address (none by default). */
  trustProxy: boolean | string[];
  abuse: AbuseConfig;
  /** Where the web chat's "Thoát nhanh" (quick exit) button leaves for: a neutral page. */
  webChatExitUrl: string;
  /** Case deadlines, retention and referral webhooks (src/intake/cases/case-settings.ts). */
  cases: CaseSettings;
}

/** Reads KEY=VALUE lines of a `.env` file; values already in the environment win. */
export function readDotEnv(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  return parseEnv(fs.readFileSync(file, "utf8")) as Record<string, string>;
}

/** Parses the environment into a Config, or throws ConfigError naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const merged = { ...readDotEnv(path.join(cwd, ".env")), ...env };
  const result = envSchema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? "?"), issue.message);
  }
  return { ...toConfig(result.data, cwd), cases: caseSettings(merged) };
}

function caseSettings(env: Record<string, string | undefined>): CaseSettings {
  try {
    return parseCaseSettings(env);
  } catch (error) {
    if (error instanceof CaseSettingsError) throw new ConfigError(error.variable, error.expected);
    throw error;
  }
}

function toConfig(env: Env, cwd: string): Omit<Config, "cases"> {
  const dataDir = path.resolve(cwd, env.DATA_DIR);
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    dataDir,
    database: databaseConfig(env.DATABASE_URL, dataDir),
    log: { level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    telegram: telegramConfig(env),
    zalo: env.ZALO_BOT_TOKEN
      ? { mode: "on", token: env.ZALO_BOT_TOKEN, apiBase: env.ZALO_API_BASE.replace(/\/+$/, ""), webhookSecret: env.ZALO_WEBHOOK_SECRET }
      : { mode: "off" },
    officerTelegramChatId: env.OFFICER_TELEGRAM_CHAT_ID,
    llm:
      env.OPENAI_API_KEY || env.OPENAI_BASE_URL
        ? { enabled: true, apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL, model: env.OPENAI_MODEL, reportAssist: env.LLM_REPORT_ASSIST }
        : { enabled: false },
    encryptionKey: env.ENCRYPTION_KEY,
    trustProxy: trustProxy(env.TRUST_PROXY),
    webChatExitUrl: env.WEB_CHAT_EXIT_URL,
    abuse: {
      redisUrl: env.REDIS_URL,
      web: { exempt: exemptAddresses(env.WEB_LIMITS_EXEMPT), sessionsPerHour: env.WEB_SESSIONS_PER_HOUR, messagesPerMinute: env.WEB_MESSAGES_PER_MINUTE, messagesPer10Seconds: env.WEB_MESSAGES_PER_10_SECONDS },
      flood: { reportsPerDay: env.REPORTS_PER_SOURCE_PER_DAY, dangerReportsPerHour: env.DANGER_REPORTS_PER_SOURCE_PER_HOUR },
      floodAlertWindowMs: env.FLOOD_ALERT_WINDOW_SECONDS * 1000,
    },
  };
}

/** Behind a reverse proxy or load balancer, set TRUST_PROXY so limits count each client, not the proxy. */
function exemptAddresses(value: string | undefined): string[] {
  if (value === undefined) return ["127.0.0.1", "::1"];
  return value === "none" ? [] : value.split(",").map((part) => part.trim()).filter(Boolean);
}

function trustProxy(value: string | undefined): boolean | string[] {
  if (value === undefined || value === "false") return false;
  if (value === "true") return true;
  return value.split(",").map((part) => part.trim()).filter(Boolean);
}

function databaseConfig(url: string | undefined, dataDir: string): DatabaseConfig {
  if (!url) return { kind: "sqlite", file: path.join(dataDir, "bao-ve-tre-em.sqlite") };
  if (url.startsWith("file:")) return { kind: "sqlite", file: path.resolve(dataDir, url.slice("file:".length)) };
  return { kind: "postgresql", url };
}

function telegramConfig(env: Env): TelegramConfig {
  const token = env.TELEGRAM_BOT_TOKEN;
  if (!token) return { mode: "off" };
  const sendsPerSecond = env.TELEGRAM_SENDS_PER_SECOND;
  if (!env.TELEGRAM_WEBHOOK_URL) return { mode: "polling", token, apiRoot: env.TELEGRAM_API_ROOT, sendsPerSecond };
  if (!env.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError("TELEGRAM_WEBHOOK_SECRET", "bắt buộc khi đặt TELEGRAM_WEBHOOK_URL (required with TELEGRAM_WEBHOOK_URL)");
  }
  return { mode: "webhook", token, apiRoot: env.TELEGRAM_API_ROOT, sendsPerSecond, webhookUrl: env.TELEGRAM_WEBHOOK_URL, webhookSecret: env.TELEGRAM_WEBHOOK_SECRET };
}
