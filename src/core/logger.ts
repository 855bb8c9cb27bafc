/**
 * pino, JSON by default and pretty in development. Children's data and secrets never reach
 * a log line: known fields are redacted by path, and every logged string is scrubbed of
 * bot tokens, API keys and phone numbers in case one slipped into a message or an error.
 */
import { pino, type Logger, type LoggerOptions } from "pino";

export type { Logger };

/** Field names whose values are never logged, at any depth we know of. */
const SECRET_FIELDS = [
  "token", "botToken", "apiKey", "password", "secret", "authorization", "cookie",
  "text", "narrative", "contact", "phone", "caption", "body", "report", "reportText",
];

export const REDACT_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((f) => `*.${f}`),
  ...SECRET_FIELDS.map((f) => `*.*.${f}`),
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-bot-api-secret-token"]',
  "req.headers.authorization",
  "req.headers.cookie",
  "config.encryptionKey",
];

const SCRUBBERS: ReadonlyArray<[RegExp, string]> = [
  [/\b\d{5,}:[A-Za-z0-9_-]{16,}\b/g, "[token]"], // Telegram / Zalo bot tokens
  [/\bbot\d{5,}:[^/\s]+/g, "bot[token]"],
  [/\bsk-[A-Za-z0-9_-]{10,}\b/g, "[api-key]"],
  [/(?<![\d.])(?:\+?84|0)(?:[\s.-]?\d){8,10}(?!\d|\.\d)/g, "[phone]"],
];

/** Replaces tokens, keys and phone numbers inside a string. */
export function scrubSecrets(value: string): string {
  let s = value;
  for (const [pattern, replacement] of SCRUBBERS) s = s.replace(pattern, replacement);
  return s;
}

export interface LoggerSettings {
  level: LoggerOptions["level"];
  pretty: boolean;
  /** Where JSON lines go; defaults to stdout. Tests pass a stream to read what was logged. */
  destination?: pino.DestinationStream;
}

/** Creates the root logger; feature code takes `logger.child({ ids })` from it. */
export function createLogger(settings: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === "string" ? scrubSecrets(a) : a)) as Parameters<typeof method>;
        return method.apply(this, scrubbed);
      },
    },
    serializers: { err: serializeError, error: serializeError },
  };
  if (settings.destination) return pino(options, settings.destination);
  if (settings.pretty) {
    return pino({ ...options, transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:standard" } } });
  }
  return pino(options);
}

function serializeError(error: unknown): Record<string, unknown> {
  const base = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    if (key === "config" || key === "request" || key === "response") continue; // axios carries URLs with tokens
    out[key] = typeof value === "string" ? scrubSecrets(value) : value;
  }
  return out;
}
