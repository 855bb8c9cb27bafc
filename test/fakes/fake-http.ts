/**
 * Plumbing shared by the fake API servers: a node:http server on 127.0.0.1 with a random
 * port, body parsing for the encodings bot libraries really send (JSON, form-urlencoded,
 * multipart, query string), JSON replies, and a waiter for "n things have happened".
 * The fakes are real HTTP servers so the production clients run unchanged against them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A parsed request body: plain fields plus uploaded files (multipart only). */
export interface ParsedBody {
  fields: Record<string, unknown>;
  files: Record<string, { filename: string; data: Buffer }>;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void> | void;

/** A started fake server: its root URL and a close that also drops open long polls. */
export interface StartedServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Starts `handler` on 127.0.0.1 at a free port. Handler errors become HTTP 500 with the message. */
export async function startServer(handler: RequestHandler): Promise<StartedServer> {
  const server = createServer((req, res) => {
    readBody(req)
      .then((body) => handler(req, res, body))
      .catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { ok: false, error_code: 500, description: String(error) });
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Writes a JSON reply unless the client already went away. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const text = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** Parses query string and body into one field map; later sources win, as on Telegram. */
export function parseRequest(req: IncomingMessage, body: Buffer): ParsedBody {
  const url = new URL(req.url ?? "/", "http://fake");
  const fields: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const type = req.headers["content-type"] ?? "";
  if (body.length === 0) return { fields, files: {} };
  if (type.includes("application/json")) {
    const parsed: unknown = JSON.parse(body.toString("utf8"));
    if (parsed !== null && typeof parsed === "object") Object.assign(fields, parsed);
    return { fields, files: {} };
  }
  if (type.includes("application/x-www-form-urlencoded")) {
    Object.assign(fields, Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
    return { fields, files: {} };
  }
  const boundary = /boundary=("?)([^";]+)\1/i.exec(type)?.[2];
  if (type.includes("multipart/form-data") && boundary) {
    const parsed = parseMultipart(body, boundary);
    Object.assign(fields, parsed.fields);
    return { fields, files: parsed.files };
  }
  return { fields, files: {} };
}

/**
 * A lenient multipart parser. grammY writes `content-disposition:form-data;name="x"` with no
 * spaces and unquoted file names, which stricter parsers refuse, so this one reads both.
 */
export function parseMultipart(body: Buffer, boundary: string): ParsedBody {
  const result: ParsedBody = { fields: {}, files: {} };
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) break;
    addPart(result, body.subarray(partStart, next));
    start = next;
  }
  return result;
}

function addPart(result: ParsedBody, raw: Buffer): void {
  const part = raw.subarray(raw.indexOf("\r\n") === 0 ? 2 : 0);
  const headerEnd = part.indexOf("\r\n\r\n");
  if (headerEnd === -1) return;
  const headers = part.subarray(0, headerEnd).toString("utf8");
  let data = part.subarray(headerEnd + 4);
  if (data.subarray(-2).toString() === "\r\n") data = data.subarray(0, -2);
  const name = /name="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  if (!name) return;
  const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  if (filename !== undefined) result.files[name] = { filename, data: Buffer.from(data) };
  else result.fields[name] = data.toString("utf8");
}

/** Reads a field that may arrive as a JSON string (form and multipart bodies) or as an object. */
export function jsonField(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Number fields arrive as strings in form bodies; this reads both. */
export function numberField(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/**
 * Resolves once `read()` returns at least `n` items, re-checking whenever `notify` fires.
 * On timeout it rejects with what did arrive, so a failing test shows the actual replies.
 */
export function waitUntil<T>(
  read: () => T[],
  n: number,
  timeoutMs: number,
  subscribe: (listener: () => void) => () => void,
  label: string,
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const items = read();
      if (items.length < n) return false;
      cleanup();
      resolve(items);
      return true;
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${label}: expected ${n}, got ${read().length}: ${JSON.stringify(read()).slice(0, 2000)}`));
    }, timeoutMs);
    const unsubscribe = subscribe(() => void check());
    const cleanup = (): void => {
      clearTimeout(timer);
      unsubscribe();
    };
    check();
  });
}

/** A tiny listener set; the fakes call `emit` whenever something a test may wait for happens. */
export function createSignal(): { emit(): void; subscribe(listener: () => void): () => void } {
  const listeners = new Set<() => void>();
  return {
    emit: () => listeners.forEach((l) => l()),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Resolves after `ms`, or at once when `signal` aborts; used for long polls. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
