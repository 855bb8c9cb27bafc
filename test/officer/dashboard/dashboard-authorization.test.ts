/**
 * The authorization walk: every dashboard route (the list is checked against what the
 * dashboard actually registered, so a new route cannot be forgotten) is tried without a
 * session, with a forged or missing CSRF token, by an officer of another province, with a
 * tampered case id, and by an officer on the admin pages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, openDashboard, phuYenCase, post, signIn, type DashboardHarness, type Signed } from "./dashboard-test-support.ts";

interface RouteCase {
  method: "GET" | "POST";
  route: string;
  /** Who may use it at all. */
  needs: "public" | "officer" | "supervisor" | "admin";
  caseScoped: boolean;
  fields?: Record<string, string>;
}

const ROUTES: RouteCase[] = [
  { method: "GET", route: "/officer/login", needs: "public", caseScoped: false },
  { method: "POST", route: "/officer/login", needs: "public", caseScoped: false },
  { method: "GET", route: "/officer/assets/dashboard.css", needs: "public", caseScoped: false },
  { method: "GET", route: "/officer/assets/dashboard.js", needs: "public", caseScoped: false },
  { method: "GET", route: "/officer/assets/favicon.svg", needs: "public", caseScoped: false },
  { method: "GET", route: "/officer/assets/alerts.js", needs: "public", caseScoped: false },
  { method: "GET", route: "/officer/assets/form01.css", needs: "public", caseScoped: false },
  { method: "GET", route: "/officer/assets/form01.js", needs: "public", caseScoped: false },
  { method: "GET", route: "/officer/assets/new-case.css", needs: "public", caseScoped: false },
  { method: "GET", route: "/officer/lang/:lang", needs: "public", caseScoped: false },
  { method: "POST", route: "/officer/logout", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/api/queue", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/api/events", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/export/cases.csv", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/export/cases.xlsx", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/cases/:code", needs: "officer", caseScoped: true },
  { method: "POST", route: "/officer/cases/:code/claim", needs: "officer", caseScoped: true },
  { method: "POST", route: "/officer/cases/:code/release", needs: "officer", caseScoped: true },
  { method: "POST", route: "/officer/cases/:code/note", needs: "officer", caseScoped: true, fields: { text: "ghi chú" } },
  { method: "POST", route: "/officer/cases/:code/status", needs: "officer", caseScoped: true, fields: { to: "triaged" } },
  { method: "POST", route: "/officer/cases/:code/refer", needs: "officer", caseScoped: true, fields: { target: "hotline_111", method: "phone", externalRef: "111-1" } },
  { method: "POST", route: "/officer/cases/:code/referrals/:id", needs: "officer", caseScoped: true, fields: { to: "acknowledged" } },
  { method: "POST", route: "/officer/cases/:code/reclassify", needs: "officer", caseScoped: true, fields: { risk: "emergency", category: "physical_violence", reason: "lý do" } },
  { method: "GET", route: "/officer/cases/:code/form01", needs: "officer", caseScoped: true },
  { method: "GET", route: "/officer/cases/:code/form01/docx", needs: "officer", caseScoped: true },
  { method: "GET", route: "/officer/cases/:code/form01/print", needs: "officer", caseScoped: true },
  { method: "GET", route: "/officer/cases/new", needs: "officer", caseScoped: false },
  { method: "POST", route: "/officer/cases/new", needs: "officer", caseScoped: false, fields: { source: "phone", narrative: "Bé bị đánh ở nhà hàng xóm", dangerNow: "no", withPersonNow: "no", province: "dak-lak", risk: "auto" } },
  { method: "POST", route: "/officer/cases/:code/close", needs: "officer", caseScoped: true, fields: { reason: "resolved", note: "kết quả" } },
  { method: "POST", route: "/officer/cases/:code/reopen", needs: "officer", caseScoped: true, fields: { reason: "lý do" } },
  { method: "GET", route: "/officer/closures", needs: "supervisor", caseScoped: false },
  { method: "POST", route: "/officer/cases/:code/tasks", needs: "officer", caseScoped: true, fields: { kind: "call_back", due: "2031-01-01T09:00" } },
  { method: "POST", route: "/officer/cases/:code/task/:id/done", needs: "officer", caseScoped: true },
  { method: "POST", route: "/officer/cases/:code/message", needs: "officer", caseScoped: true, fields: { phrase: "received", text: "" } },
  { method: "POST", route: "/officer/cases/:code/reassign", needs: "supervisor", caseScoped: true, fields: { to: "an" } },
  { method: "GET", route: "/officer/audit", needs: "supervisor", caseScoped: false },
  { method: "GET", route: "/officer/audit.csv", needs: "supervisor", caseScoped: false },
  { method: "GET", route: "/officer/breaches", needs: "supervisor", caseScoped: false },
  { method: "GET", route: "/officer/reports", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/reports/periodic", needs: "supervisor", caseScoped: false },
  { method: "GET", route: "/officer/reports/periodic.docx", needs: "supervisor", caseScoped: false },
  { method: "GET", route: "/officer/reports/periodic.xlsx", needs: "supervisor", caseScoped: false },
  { method: "GET", route: "/officer/kb", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/kb/plans/:doc", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/kb/agencies/:agency", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/kb/tasks", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/kb/successors", needs: "officer", caseScoped: false },
  { method: "GET", route: "/officer/admin/accounts", needs: "admin", caseScoped: false },
  { method: "POST", route: "/officer/admin/accounts", needs: "admin", caseScoped: false, fields: { username: "moi", role: "officer", provinces: "ha-noi", password: "mat-khau-moi-2026" } },
  { method: "POST", route: "/officer/admin/accounts/:username/:action", needs: "admin", caseScoped: false },
  { method: "GET", route: "/officer/admin/drafts", needs: "admin", caseScoped: false },
  { method: "POST", route: "/officer/admin/drafts/review", needs: "admin", caseScoped: false, fields: { decision: "approve", id: "x" } },
  { method: "GET", route: "/officer/admin/documents", needs: "admin", caseScoped: false },
  { method: "POST", route: "/officer/admin/documents", needs: "admin", caseScoped: false },
  { method: "GET", route: "/officer/admin/documents/:id", needs: "admin", caseScoped: false },
  { method: "POST", route: "/officer/admin/documents/:id/publish", needs: "admin", caseScoped: false },
  { method: "POST", route: "/officer/admin/documents/:id/discard", needs: "admin", caseScoped: false },
];

let h: DashboardHarness;
let code: string;
let referralId: string;
let an: Signed;
let binh: Signed;
let chi: Signed;
/** A supervisor of Hà Nội: "another province" for the supervisors' case routes. */
let hanoiSupervisor: Signed;

const urlOf = (r: RouteCase, caseCode = code) => r.route.replace(":code", caseCode).replace(":doc", encodeURIComponent("26/KH-UBND")).replace(":agency", "so-y-te").replace(":id", referralId).replace(":username", "an").replace(":action", "disable");
const send = (r: RouteCase, who: Signed | null, csrf: string | null, caseCode = code) =>
  r.method === "GET"
    ? h.app.inject({ method: "GET", url: urlOf(r, caseCode), headers: who ? { cookie: who.cookie } : {} })
    : post(h.app, urlOf(r, caseCode), who, { ...(csrf === null ? {} : { _csrf: csrf }), ...r.fields });
const guarded = ROUTES.filter((r) => r.needs !== "public");

beforeAll(async () => {
  h = await openDashboard();
  code = await phuYenCase(h.services, "Bé bị đánh ở nhà");
  const referred = await h.services.referrals.refer("setup", code, { target: "police", method: "phone" });
  if (!referred.ok) throw new Error(referred.reason);
  referralId = referred.value.id;
  [an, binh, chi] = [await signIn(h.app, "an"), await signIn(h.app, "binh"), await signIn(h.app, "chi")];
  await h.auth.addAccount({ username: "giamsat-hn", role: "supervisor", provinces: ["ha-noi"], password: PASSWORD });
  hanoiSupervisor = await signIn(h.app, "giamsat-hn");
});
afterAll(() => h?.close());

describe("every dashboard route refuses whoever has no right to it", () => {
  it("the walk covers every route the dashboard registers", () => {
    const registered = new Set(h.routes.map((r) => r.replace(/\/$/, "/")));
    const walked = new Set(ROUTES.map((r) => `${r.method} ${r.route}`));
    const missing = [...registered].filter((r) => !walked.has(r) && !walked.has(r.replace(/^GET \/officer$/, "GET /officer/")));
    expect(registered.size).toBeGreaterThanOrEqual(ROUTES.length);
    expect(missing).toEqual([]);
  });

  it.each(guarded)("$method $route without a session: the login page (pages) or 401 (API, files), and nothing done", async (r) => {
    const res = await send(r, null, "whatever");
    if (r.method === "GET" && !/\/api\/|\/export\/|\.csv$/.test(r.route)) {
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe("/officer/login");
    } else {
      expect(res.statusCode).toBe(401);
    }
  });

  it.each(guarded.filter((r) => r.method === "POST"))("$method $route with a forged or missing CSRF token: 403", async (r) => {
    const admin = await signIn(h.app, "quantri");
    for (const csrf of ["forged-token", null, an.csrf]) {
      const res = await send(r, admin, csrf);
      expect(res.statusCode, `csrf ${csrf}`).toBe(403);
    }
  });

  it.each(guarded.filter((r) => r.caseScoped))("$method $route by an officer of another province: 404, the same answer as for a case that does not exist", async (r) => {
    const outsider = r.needs === "supervisor" ? hanoiSupervisor : binh;
    const other = await send(r, outsider, outsider.csrf);
    const missing = await send(r, outsider, outsider.csrf, "TE-ZZZZZZ");
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(other.body).toBe(missing.body);
    expect(other.body).not.toContain("Bé bị đánh");
  });

  it.each(guarded.filter((r) => r.caseScoped))("$method $route with a tampered case id: 404", async (r) => {
    for (const tampered of ["TE-HNZ8E", "..%2F..%2Fadmin", "TE-AAAAAA'--", "%3Cscript%3E", "x".repeat(90)]) {
      const res = await send(r, chi, chi.csrf, tampered);
      expect(res.statusCode, tampered).toBe(404);
      expect(res.body).not.toContain("<script>");
    }
  });

  it.each(guarded.filter((r) => r.needs === "admin"))("$method $route by an officer or a supervisor: 403", async (r) => {
    expect((await send(r, an, an.csrf)).statusCode).toBe(403);
    expect((await send(r, chi, chi.csrf)).statusCode).toBe(403);
    expect((await h.auth.listAccounts()).map((a) => a.username)).not.toContain("moi");
    expect((await h.auth.listAccounts()).find((a) => a.username === "an")?.disabledAt).toBeNull();
  });

  it.each(guarded.filter((r) => r.needs === "supervisor"))("$method $route by an officer: 403", async (r) => {
    expect((await send(r, an, an.csrf)).statusCode).toBe(403);
    expect((await send(r, chi, chi.csrf)).statusCode).toBe(r.method === "GET" ? 200 : 303);
  });

  it("a referral id of another case is not found from this case's page", async () => {
    const second = await phuYenCase(h.services, "Một vụ khác");
    const res = await post(h.app, `/officer/cases/${second}/referrals/${referralId}`, an, { _csrf: an.csrf, to: "acknowledged" });
    expect(res.statusCode).toBe(404);
  });

  it("an officer of another province leaves no audited read of the narrative behind", async () => {
    const trail = await h.services.queue.auditTrail("test", code);
    expect(trail.filter((e) => e.officer === "binh" || e.officer === "giamsat-hn")).toEqual([]);
    expect((await h.services.queue.show("test", code)).ok).toBe(true);
  });
});
