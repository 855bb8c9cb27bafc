/**
 * The HTTP plumbing of the dashboard that fastify does not give without plugins: cookies,
 * form bodies, security headers, and the guard that checks session, CSRF and role before
 * any handler runs.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { BASE, uiFor, type Ui } from "./dashboard-layout.ts";
import type { Texts } from "./dashboard-texts.ts";
import type { SafeHtml } from "./html.ts";
import { roleAtLeast, type OfficerRole } from "./officer-account-types.ts";
import type { OfficerAuth, SignedIn } from "./officer-auth-service.ts";

export const SESSION_COOKIE = "bvte_officer";
export const LOGIN_COOKIE = "bvte_login";
/** A signed "this browser signed in as NAME before" (see issueDeviceToken), sent only to the login form. */
export const DEVICE_COOKIE = "bvte_device";
export const LANG_COOKIE = "bvte_lang";
const sessions = new WeakMap<FastifyRequest, SignedIn>();

/** A cookie's value; a malformed one (a bad %-escape) reads as absent, never as a server error. */
export function readCookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Secure, http-only, SameSite=Strict, limited to the dashboard's path; maxAge 0 deletes. */
export function setCookie(reply: FastifyReply, name: string, value: string, maxAgeSeconds: number, path = BASE): void {
  const cookie = `${name}=${encodeURIComponent(value)}; Path=${path}; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; HttpOnly; Secure; SameSite=Strict`;
  const existing = reply.getHeader("set-cookie");
  reply.header("set-cookie", existing ? [...(Array.isArray(existing) ? existing : [String(existing)]), cookie] : cookie);
}

/** The language the officer chose with the toggle (Vietnamese unless English was chosen). */
export function uiOf(request: FastifyRequest): Ui {
  return uiFor(readCookie(request, LANG_COOKIE) === "en" ? "en" : "vi");
}

/** The path and query of a request, for the language toggle to come back to. */
export function pathOf(request: FastifyRequest): string {
  return request.url.slice(0, 300);
}

/** True for a path inside the dashboard ("/officer", "/officer/cases/X?ok=1"), so a redirect to it cannot leave the site. */
export function insideDashboard(path: string): boolean {
  return /^\/officer(?:[/?][^\\\s]*)?$/.test(path) && !path.startsWith("/officer//");
}

export function newLoginCsrf(): string {
  return randomBytes(24).toString("base64url");
}

export function sameToken(a: unknown, b: unknown): boolean {
  if (typeof a !== "string" || typeof b !== "string" || a.length === 0) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Form bodies (application/x-www-form-urlencoded) as plain objects, and headers every dashboard answer carries. */
export function installPlumbing(scope: FastifyInstance): void {
  scope.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string", bodyLimit: 64 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  scope.addHook("onSend", async (_request, reply) => {
    reply.header("content-security-policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    reply.header("x-content-type-options", "nosniff");
    reply.header("x-frame-options", "DENY");
    reply.header("referrer-policy", "no-referrer");
    reply.header("cache-control", "no-store");
  });
}

export function sendHtml(reply: FastifyReply, page: SafeHtml, status = 200): FastifyReply {
  return reply.code(status).type("text/html; charset=utf-8").send(page.value);
}

/** The signed-in session a guarded handler runs for. */
export function sessionOf(request: FastifyRequest): SignedIn {
  const session = sessions.get(request);
  if (!session) throw new Error("dashboard handler ran without its guard");
  return session;
}

/** Answers with the refusal page in the officer's language. */
export type Refusal = (request: FastifyRequest, reply: FastifyReply, status: 403 | 404, text: (t: Texts) => string) => FastifyReply;

/**
 * A preHandler: no or expired session -> login page (pages) or 401 (API, file downloads and POST);
 * a POST without the session's CSRF token -> 403; a role below `needed` -> 403. With `csrf: false`
 * it can run in onRequest, before any body is read (an upload is refused to a stranger before a
 * byte of it is buffered); the preHandler then checks the token in the body.
 */
export function guard(auth: OfficerAuth, needed: OfficerRole, refuse: Refusal, options: { csrf: boolean } = { csrf: true }) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = readCookie(request, SESSION_COOKIE);
    const session = token ? await auth.resume(token) : null;
    // Files (exports) are refused like the API: a download must fail plainly, not save the sign-in page as a spreadsheet.
    const isApi = request.url.startsWith(`${BASE}/api/`) || request.url.startsWith(`${BASE}/export/`) || request.url.startsWith(`${BASE}/audit.csv`);
    if (!session) {
      if (token) setCookie(reply, SESSION_COOKIE, "", 0);
      if (request.method === "GET" && !isApi) return reply.redirect(`${BASE}/login${token ? "?expired=1" : ""}`, 303);
      return reply.code(401).type("application/json").send({ error: "not_signed_in" });
    }
    if (request.method === "POST" && options.csrf) {
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (!auth.checkCsrf(session, body._csrf ?? request.headers["x-csrf-token"])) return refuse(request, reply, 403, (t) => t.badCsrf);
    }
    if (!roleAtLeast(session.account.role, needed)) return refuse(request, reply, 403, (t) => t.noRight);
    sessions.set(request, session);
    return undefined;
  };
}
