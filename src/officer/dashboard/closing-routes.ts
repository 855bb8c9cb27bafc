/**
 * Closing a case (a reason, an outcome, then a confirmation step), reopening it with a reason,
 * the supervisors' closures per officer, and follow-up tasks (add, mark done). Registered by case-routes.ts with its helpers, so
 * the province check and the refusal pages are the case page's own.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { describeRefusal } from "../../intake/cases/case-messages.ts";
import type { CaseActionResult } from "../../intake/cases/case-types.ts";
import type { CaseworkResult, ClosureRequest } from "../../intake/cases/casework-service.ts";
import { closeConfirmPage, parseLocalInput } from "./case-page.ts";
import { composeReporterMessage } from "./reporter-phrases.ts";
import { caseworkTextsFor } from "./casework-texts.ts";
import { CLOSURE_PERIODS, closuresPage } from "./closures-page.ts";
import { BASE, type PageFrame } from "./dashboard-layout.ts";
import { guard, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import type { Texts } from "./dashboard-texts.ts";
import { ALL_PROVINCES, mayReadNarrative, maySee } from "./officer-account-types.ts";
import type { DashboardContext } from "./dashboard-context.ts";

type Body = Record<string, unknown>;
type InputRefusal = { ok: false; reason: "input"; text: (t: Texts) => string };
const text = (body: Body, key: string) => (typeof body[key] === "string" ? (body[key] as string).trim() : "");

/** What case-routes.ts lends: its action runner, the province check, and the page with a flash. */
export interface CaseRouteKit {
  action(name: string, run: (officer: string, code: string, body: Body, request: FastifyRequest) => Promise<CaseActionResult | InputRefusal | null>): unknown;
  visibleCase(request: FastifyRequest): Promise<{ code: string; provinceId: string | null; assigneeId: string | null } | null>;
  notFound(request: FastifyRequest, reply: FastifyReply): unknown;
  /** `closing`: the closing form as typed, shown again with the refusal. */
  render(request: FastifyRequest, reply: FastifyReply, code: string, flash: PageFrame["flash"], status?: number, known?: { assigneeId: string | null }, closing?: ClosureRequest): Promise<unknown>;
}

/** A casework refusal as the page shows it: its own words for casework problems, the queue's for the rest. */
export function caseworkOutcome(result: CaseworkResult): CaseActionResult | InputRefusal {
  if (result.ok || result.reason !== "casework") return result;
  const problem = result.problem;
  return { ok: false, reason: "input", text: (t) => caseworkTextsFor(t.lang).problems[problem] ?? problem };
}

export function registerClosingRoutes(scope: FastifyInstance, context: DashboardContext, kit: CaseRouteKit): void {
  const signedIn = { preHandler: guard(context.auth, "officer", context.refuse) };
  const supervisorOnly = { preHandler: guard(context.auth, "supervisor", context.refuse) };

  scope.post("/cases/:code/close", signedIn, async (request, reply) => {
    const found = await kit.visibleCase(request);
    if (!found) return kit.notFound(request, reply);
    const body = (request.body ?? {}) as Body;
    const closing: ClosureRequest = { reason: text(body, "reason"), note: text(body, "note"), duplicateOf: text(body, "duplicateOf").slice(0, 20) || null, movedTo: text(body, "movedTo").slice(0, 100) || null };
    const ui = uiOf(request);
    const refuse = (result: CaseActionResult | InputRefusal, status: number) =>
      kit.render(request, reply, found.code, { kind: "error", text: result.ok ? "" : result.reason === "input" ? result.text(ui.t) : describeRefusal(result) }, status, undefined, closing);
    // A duplicate of a case in a province this officer does not cover is "not found", as the case itself would be.
    if (closing.reason === "duplicate" && closing.duplicateOf) {
      const place = await context.scope.placeOf(closing.duplicateOf);
      if (!place || !maySee(sessionOf(request).account, place.provinceId)) return refuse(caseworkOutcome({ ok: false, reason: "casework", problem: "duplicate_unknown" }), 400);
    }
    if (text(body, "confirm") !== "yes") {
      const preview = await context.casework.previewClose(found.code, closing);
      if (!preview.ok) return refuse(caseworkOutcome(preview), preview.reason === "closed" ? 409 : 400);
      return sendHtml(reply, closeConfirmPage(ui, sessionOf(request), found.code, closing, preview.value, context.provinces));
    }
    const result = await context.casework.close(sessionOf(request).account.username, found.code, closing);
    if (result.ok) return reply.redirect(`${BASE}/cases/${encodeURIComponent(found.code)}?ok=close`, 303);
    return refuse(caseworkOutcome(result), result.reason === "casework" ? 400 : 409);
  });

  kit.action("reopen", async (officer, code, body) => caseworkOutcome(await context.casework.reopen(officer, code, text(body, "reason"))));
  kit.action("tasks", async (officer, code, body) =>
    caseworkOutcome(await context.casework.addTask(officer, code, { kind: text(body, "kind"), dueAt: parseLocalInput(text(body, "due")), note: text(body, "note") })));
  // Writing to the reporter: by those who may read the report (the holder, supervisors, anyone while nobody holds it).
  kit.action("message", async (officer, code, body, request) => {
    const place = await context.scope.placeOf(code);
    if (!place || !mayReadNarrative(sessionOf(request).account, place.assigneeId)) return { ok: false, reason: "not_assignee", assigneeId: place?.assigneeId ?? null };
    const shown = await context.casework.reporterLanguage(code);
    const text = composeReporterMessage(typeof body.phrase === "string" ? body.phrase : "", typeof body.text === "string" ? body.text : "", shown === "en" ? "en" : "vi");
    if (text === null) return { ok: false, reason: "input", text: (t) => caseworkTextsFor(t.lang).messageNeedsText };
    return caseworkOutcome(await context.casework.writeToReporter(officer, code, text));
  });
  kit.action("task/:id/done", async (officer, code, _body, request) => caseworkOutcome(await context.casework.completeTask(officer, code, String((request.params as { id?: string }).id ?? "").slice(0, 40))));

  scope.get("/closures", supervisorOnly, async (request, reply) => {
    const session = sessionOf(request);
    const asked = Number((request.query as Record<string, unknown>).days);
    const days = (CLOSURE_PERIODS as readonly number[]).includes(asked) ? asked : 30;
    const since = new Date(context.now().getTime() - days * 86_400_000);
    const provinces = session.account.provinces.includes(ALL_PROVINCES) ? null : session.account.provinces;
    const counts = await context.casework.closureCounts(session.account.username, since, provinces);
    return sendHtml(reply, closuresPage(uiOf(request), session, days, counts));
  });
}
