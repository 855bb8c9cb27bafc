/**
 * Sign-in, sign-out and the admins' accounts page. The sign-in form carries its own CSRF
 * token (a cookie and a field that must match), since there is no session yet to derive one.
 */
import type { FastifyInstance } from "fastify";
import { AccountInputError, DEVICE_COOKIE_DAYS } from "./officer-auth-service.ts";
import { AccountExistsError } from "./officer-account-types.ts";
import { accountsPage, loginPage } from "./account-pages.ts";
import { BASE } from "./dashboard-layout.ts";
import { DEVICE_COOKIE, LOGIN_COOKIE, SESSION_COOKIE, guard, newLoginCsrf, readCookie, sameToken, sendHtml, sessionOf, setCookie, uiOf } from "./dashboard-http.ts";
import type { DashboardContext } from "./dashboard-context.ts";

export function registerAccountRoutes(scope: FastifyInstance, context: DashboardContext): void {
  const { auth } = context;
  scope.get("/login", async (request, reply) => {
    const token = readCookie(request, SESSION_COOKIE);
    if (token && (await auth.resume(token))) return reply.redirect(BASE, 303);
    const csrf = newLoginCsrf();
    setCookie(reply, LOGIN_COOKIE, csrf, 3600, `${BASE}/login`);
    const expired = (request.query as Record<string, unknown>).expired === "1";
    const ui = uiOf(request);
    return sendHtml(reply, loginPage(ui, csrf, expired ? ui.t.expired : undefined));
  });

  scope.post("/login", async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!sameToken(body._csrf, readCookie(request, LOGIN_COOKIE))) return context.refuse(request, reply, 403, (t) => t.badCsrf);
    const result = await auth.login(String(body.username ?? "").slice(0, 60), String(body.password ?? ""), request.ip, readCookie(request, DEVICE_COOKIE));
    if (!result.ok) {
      const csrf = newLoginCsrf();
      setCookie(reply, LOGIN_COOKIE, csrf, 3600, `${BASE}/login`);
      const ui = uiOf(request);
      if (result.reason === "invalid") return sendHtml(reply, loginPage(ui, csrf, ui.t.loginFailed), 401);
      reply.header("retry-after", String(result.retryAfterSeconds));
      return sendHtml(reply, loginPage(ui, csrf, ui.t.loginThrottled(result.retryAfterSeconds)), 429);
    }
    setCookie(reply, LOGIN_COOKIE, "", 0, `${BASE}/login`);
    // This browser is now known for this account: its next sign-ins skip the account's wait.
    setCookie(reply, DEVICE_COOKIE, result.deviceToken, DEVICE_COOKIE_DAYS * 86_400, `${BASE}/login`);
    // The browser keeps the cookie for the session's absolute life; the server ends it earlier when it sits idle.
    setCookie(reply, SESSION_COOKIE, result.token, auth.policy.absoluteHours * 3600);
    return reply.redirect(BASE, 303);
  });

  scope.post("/logout", { preHandler: guard(auth, "officer", context.refuse) }, async (request, reply) => {
    const token = readCookie(request, SESSION_COOKIE);
    if (token) await auth.logout(token);
    setCookie(reply, SESSION_COOKIE, "", 0);
    return reply.redirect(`${BASE}/login`, 303);
  });

  const admin = { preHandler: guard(auth, "admin", context.refuse) };
  scope.get("/admin/accounts", admin, async (request, reply) => sendHtml(reply, accountsPage(uiOf(request), sessionOf(request), await auth.listAccounts(), context.now(), undefined)));

  scope.post("/admin/accounts", admin, async (request, reply) => {
    const session = sessionOf(request);
    const ui = uiOf(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    try {
      const account = await auth.addAccount({
        username: String(body.username ?? ""), displayName: String(body.displayName ?? ""), role: String(body.role ?? ""),
        provinces: String(body.provinces ?? "").split(","), password: String(body.password ?? ""),
      });
      return sendHtml(reply, accountsPage(ui, session, await auth.listAccounts(), context.now(), { kind: "ok", text: ui.t.created(account.username) }));
    } catch (error) {
      if (!(error instanceof AccountInputError || error instanceof AccountExistsError)) throw error;
      return sendHtml(reply, accountsPage(ui, session, await auth.listAccounts(), context.now(), { kind: "error", text: error.message }), 400);
    }
  });

  scope.post("/admin/accounts/:username/:action", admin, async (request, reply) => {
    const { username, action } = request.params as { username: string; action: string };
    if (action !== "disable" && action !== "enable") return context.refuse(request, reply, 404, (t) => t.accountNotFound);
    if (username === sessionOf(request).account.username) return context.refuse(request, reply, 403, (t) => t.noSelfDisable);
    const done = action === "disable" ? await auth.disable(username) : await auth.enable(username);
    if (!done) return context.refuse(request, reply, 404, (t) => t.accountNotFound);
    return reply.redirect(`${BASE}/admin/accounts`, 303);
  });
}
