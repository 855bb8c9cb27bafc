/**
 * The case page and its actions. Each first checks the case's province against the
 * officer's (404 for another province, a malformed or unknown code alike), then reads
 * through the queue's audited `show`, so every view of a narrative is on record.
 * Successful actions redirect back to the page; refusals show the page with the reason.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { describeRefusal } from "../../intake/cases/case-messages.ts";
import { FINAL_STATUSES, type CaseActionResult, type CaseStatus } from "../../intake/cases/case-types.ts";
import { caseworkTextsFor } from "./casework-texts.ts";
import type { ReferralResult } from "../../intake/cases/referral-service.ts";
import type { ClosureRequest } from "../../intake/cases/casework-service.ts";
import { renderForm01Text, exportForm01 } from "../../intake/cases/form01-export.ts";
import { suggestReferrals } from "../../intake/cases/referral-suggestions.ts";
import { MAX_NOTE_LENGTH, casePage, form01Page } from "./case-page.ts";
import { registerClosingRoutes } from "./closing-routes.ts";
import { BASE, type PageFrame } from "./dashboard-layout.ts";
import { guard, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import type { Texts } from "./dashboard-texts.ts";
import { mayReadNarrative, maySee, roleAtLeast, type OfficerAccount } from "./officer-account-types.ts";
import type { DashboardContext } from "./dashboard-context.ts";


type Body = Record<string, unknown>;
const text = (body: Body, key: string) => (typeof body[key] === "string" ? (body[key] as string).trim() : "");

export function registerCaseRoutes(scope: FastifyInstance, context: DashboardContext): void {
  const signedIn = { preHandler: guard(context.auth, "officer", context.refuse) };
  const supervisorOnly = { preHandler: guard(context.auth, "supervisor", context.refuse) };
  const notFound = (request: FastifyRequest, reply: FastifyReply) => context.refuse(request, reply, 404, (t) => t.caseNotFound);

  /** The canonical code when this officer may see the case; null otherwise (not found or another province). */
  const visibleCode = async (request: FastifyRequest): Promise<string | null> => (await visibleCase(request))?.code ?? null;
  const visibleCase = async (request: FastifyRequest) => {
    const code = String((request.params as { code?: string }).code ?? "").slice(0, 20);
    const place = await context.scope.placeOf(code);
    return place !== undefined && maySee(sessionOf(request).account, place.provinceId) ? { code, ...place } : null;
  };

  /** `known`: the case's place as just read (a GET); after an action it is read again, since the holder may have changed. */
  const render = async (request: FastifyRequest, reply: FastifyReply, code: string, flash: PageFrame["flash"], status = 200, known?: { assigneeId: string | null }, closing?: ClosureRequest) => {
    const { account } = sessionOf(request);
    const place = known ?? (await context.scope.placeOf(code));
    const narrativeAllowed = mayReadNarrative(account, place?.assigneeId ?? null);
    // A page shown again with a refusal (status 400, 409) is the view already recorded, not another one.
    const shown = await context.queue.show(account.username, code, narrativeAllowed ? "narrative" : "summary", { audit: status < 400 });
    if (!shown.ok) return notFound(request, reply);
    const c = shown.value.case;
    // The page view is audited once ("show"); the lists it is made of are not audited again.
    const referrals = await context.referrals.list(account.username, code, { audit: false });
    const audit = await context.queue.auditTrail(account.username, code, 500, { audit: false });
    const suggestions = suggestReferrals({ provinceId: c.provinceId, category: c.category, commune: c.commune, risk: c.risk, childAgeBand: c.childAgeBand, now: context.now() }, context.knowledge.plans(), context.knowledge.registry);
    const accounts = await context.auth.listAccounts();
    const assignees = roleAtLeast(account.role, "supervisor") ? accounts.filter((a) => !a.disabledAt && a.role !== "admin" && maySee(a, c.provinceId)).map((a) => ({ username: a.username, displayName: a.displayName })) : null;
    const names = new Map(accounts.map((a) => [a.username, a.displayName]));
    const data = { detail: shown.value, referrals: referrals.ok ? referrals.value : [], audit, now: context.now(), suggestions, assignees, narrativeAllowed, closing, names, ...(await caseworkOf(c.id)) };
    return sendHtml(reply, casePage(uiOf(request), sessionOf(request), data, flash, `${BASE}/cases/${code}`), status);
  };

  /** The casework parts of the page: closings and reopenings, and the provinces a child may move to. */
  const caseworkOf = async (caseId: string) => ({ closures: await context.casework.closures(caseId), provinces: context.provinces, tasks: await context.casework.tasks(caseId), messages: await context.casework.messages(caseId) });

  /** Active officers and supervisors who cover the province: the ones a case may be given to. */
  const assignable = async (provinceId: string | null): Promise<OfficerAccount[]> =>
    (await context.auth.listAccounts()).filter((a) => !a.disabledAt && a.role !== "admin" && maySee(a, provinceId));

  scope.get("/cases/:code/form01", signedIn, async (request, reply) => {
    const found = await visibleCase(request);
    const { account } = sessionOf(request);
    if (!found || !mayReadNarrative(account, found.assigneeId)) return notFound(request, reply);
    const exported = await exportForm01({ queue: context.queue, referrals: context.referrals, clock: context.now }, account.username, found.code);
    if (!exported.ok) return notFound(request, reply);
    const text = renderForm01Text(exported.value);
    if ((request.query as Record<string, unknown>).format === "txt") {
      return reply.type("text/plain; charset=utf-8").header("content-disposition", `attachment; filename="mau-01-${exported.value.caseCode}.txt"`).send(text);
    }
    return sendHtml(reply, form01Page(uiOf(request), sessionOf(request), exported.value.caseCode, text));
  });

  scope.get("/cases/:code", signedIn, async (request, reply) => {
    const found = await visibleCase(request);
    if (!found) return notFound(request, reply);
    const ok = (request.query as Record<string, unknown>).ok;
    // "You claimed this case" only to the one who holds it (a link passed on, or a later visit, says nothing).
    const claimedByOther = ok === "claim" && found.assigneeId !== sessionOf(request).account.username;
    const done = typeof ok === "string" && !claimedByOther ? uiOf(request).t.done[ok] ?? caseworkTextsFor(uiOf(request).lang).done[ok] : undefined;
    return render(request, reply, found.code, done ? { kind: "ok", text: done } : undefined, 200, found);
  });

  /** Runs one action on a visible case and answers with a redirect or the page with the refusal. */
  const action = (name: string, run: (officer: string, code: string, body: Body, request: FastifyRequest) => Promise<CaseActionResult | ReferralResult | { ok: false; reason: "input"; text: (t: Texts) => string } | null>) =>
    scope.post(`/cases/:code/${name}`, name === "reassign" ? supervisorOnly : signedIn, async (request, reply) => {
      const code = await visibleCode(request);
      if (!code) return notFound(request, reply);
      const result = await run(sessionOf(request).account.username, code, (request.body ?? {}) as Body, request);
      if (result === null) return notFound(request, reply);
      if (result.ok) return reply.redirect(`${BASE}/cases/${encodeURIComponent(code)}?ok=${name.split("/")[0]}`, 303);
      const message = result.reason === "input" ? result.text(uiOf(request).t) : describeRefusal(result);
      return render(request, reply, code, { kind: "error", text: message }, result.reason === "not_found" ? 404 : result.reason === "input" || result.reason === "invalid_input" ? 400 : 409);
    });

  action("claim", (officer, code) => context.queue.claim(officer, code));
  action("release", (officer, code) => context.queue.release(officer, code));
  action("note", async (officer, code, body) => {
    const note = text(body, "text");
    if (!note) return { ok: false, reason: "input", text: (t) => t.emptyNote };
    if (note.length > MAX_NOTE_LENGTH) return { ok: false, reason: "input", text: (t) => t.longNote(note.length, MAX_NOTE_LENGTH) };
    return context.queue.note(officer, code, note);
  });
  action("status", async (officer, code, body) => {
    // Closing takes a reason, an outcome and a confirmation: not a bare status move.
    if (FINAL_STATUSES.has(text(body, "to") as CaseStatus)) return { ok: false, reason: "input", text: (t) => caseworkTextsFor(t.lang).problems.closure_reason! };
    return context.queue.changeStatus(officer, code, text(body, "to"));
  });
  action("reclassify", (officer, code, body) => context.queue.reclassify(officer, code, { risk: text(body, "risk"), category: text(body, "category"), reason: text(body, "reason") }));
  action("reassign", async (officer, code, body) => {
    const to = text(body, "to");
    const place = await context.scope.placeOf(code);
    if (!(await assignable(place?.provinceId ?? null)).some((a) => a.username === to)) return { ok: false, reason: "input", text: (t) => t.badAssignee };
    return context.queue.reassign(officer, code, to);
  });
  registerClosingRoutes(scope, context, { action, visibleCase, notFound, render });
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
