/**
 * The case page and its actions. Each first checks the case's province against the
 * officer's (404 for another province, a malformed or unknown code alike), then reads
 * through the queue's audited `show`, so every view of a narrative is on record.
 * Successful actions redirect back to the page; refusals show the page with the reason.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { describeRefusal } from "../../intake/cases/case-messages.ts";
import type { CaseActionResult } from "../../intake/cases/case-types.ts";
import type { ReferralResult } from "../../intake/cases/referral-service.ts";
import { MAX_NOTE_LENGTH, casePage } from "./case-page.ts";
import { BASE, type PageFrame } from "./dashboard-layout.ts";
import { guard, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import type { Texts } from "./dashboard-texts.ts";
import { maySee } from "./officer-account-types.ts";
import type { DashboardContext } from "./officer-dashboard.ts";


type Body = Record<string, unknown>;
const text = (body: Body, key: string) => (typeof body[key] === "string" ? (body[key] as string).trim() : "");

export function registerCaseRoutes(scope: FastifyInstance, context: DashboardContext): void {
  const signedIn = { preHandler: guard(context.auth, "officer", context.refuse) };
  const notFound = (request: FastifyRequest, reply: FastifyReply) => context.refuse(request, reply, 404, (t) => t.caseNotFound);

  /** The canonical code when this officer may see the case; null otherwise (not found or another province). */
  const visibleCode = async (request: FastifyRequest): Promise<string | null> => {
    const code = String((request.params as { code?: string }).code ?? "").slice(0, 20);
    const province = await context.scope.provinceOf(code);
    return province !== undefined && maySee(sessionOf(request).account, province) ? code : null;
  };

  const render = async (request: FastifyRequest, reply: FastifyReply, code: string, flash: PageFrame["flash"], status = 200) => {
    const officer = sessionOf(request).account.username;
    const shown = await context.queue.show(officer, code);
    if (!shown.ok) return notFound(request, reply);
    const referrals = await context.referrals.list(officer, code);
    const audit = await context.queue.auditTrail(officer, code, 500);
    const data = { detail: shown.value, referrals: referrals.ok ? referrals.value : [], audit, now: context.now() };
    return sendHtml(reply, casePage(uiOf(request), sessionOf(request), data, flash, `${BASE}/cases/${code}`), status);
  };

  scope.get("/cases/:code", signedIn, async (request, reply) => {
    const code = await visibleCode(request);
    if (!code) return notFound(request, reply);
    const ok = (request.query as Record<string, unknown>).ok;
    const done = typeof ok === "string" ? uiOf(request).t.done[ok] : undefined;
    return render(request, reply, code, done ? { kind: "ok", text: done } : undefined);
  });

  /** Runs one action on a visible case and answers with a redirect or the page with the refusal. */
  const action = (name: string, run: (officer: string, code: string, body: Body, request: FastifyRequest) => Promise<CaseActionResult | ReferralResult | { ok: false; reason: "input"; text: (t: Texts) => string } | null>) =>
    scope.post(`/cases/:code/${name}`, signedIn, async (request, reply) => {
      const code = await visibleCode(request);
      if (!code) return notFound(request, reply);
      const result = await run(sessionOf(request).account.username, code, (request.body ?? {}) as Body, request);
      if (result === null) return notFound(request, reply);
      if (result.ok) return reply.redirect(`${BASE}/cases/${encodeURIComponent(code)}?ok=${name.split("/")[0]}`, 303);
      const message = result.reason === "input" ? result.text(uiOf(request).t) : describeRefusal(result);
      return render(request, reply, code, { kind: "error", text: message }, result.reason === "not_found" ? 404 : result.reason === "input" ? 400 : 409);
    });

  action("claim", (officer, code) => context.queue.claim(officer, code));
  action("release", (officer, code) => context.queue.release(officer, code));
  action("note", async (officer, code, body) => {
    const note = text(body, "text");
    if (!note) return { ok: false, reason: "input", text: (t) => t.emptyNote };
    if (note.length > MAX_NOTE_LENGTH) return { ok: false, reason: "input", text: (t) => t.longNote(note.length, MAX_NOTE_LENGTH) };
    return context.queue.note(officer, code, note);
  });
  action("status", (officer, code, body) => context.queue.changeStatus(officer, code, text(body, "to")));
  action("refer", (officer, code, body) =>
    context.referrals.refer(officer, code, { target: text(body, "target"), method: text(body, "method"), targetName: text(body, "targetName").slice(0, 200) || null, externalRef: text(body, "externalRef").slice(0, 100) || null }));
  action("referrals/:id", async (officer, code, body, request) => {
    const id = String((request.params as { id?: string }).id ?? "");
    const listed = await context.referrals.list(officer, code);
    // A referral of another case, even one this officer may see, is not found from this page.
    if (!listed.ok || !listed.value.some((r) => r.id === id)) return null;
    return context.referrals.update(officer, id, text(body, "to"), text(body, "externalRef").slice(0, 100) || null);
  });
}
