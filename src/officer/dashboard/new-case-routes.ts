/**
 * "Tiếp nhận mới": GET shows the form, POST (session and CSRF checked by the guard) validates
 * it, records the case through the officer intake (same triage, deadlines and alert as a chat
 * report) and opens the new case; a refused form comes back with what was typed and why.
 * Only the officer's own provinces can be chosen, so the new case is always in their queue.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { OfficerIntake } from "../../intake/cases/officer-intake-service.ts";
import { BASE } from "./dashboard-layout.ts";
import { guard, pathOf, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import { parseNewCase, rawForm } from "./new-case-form.ts";
import { blankForm, newCasePage, NEW_CASE_CSS, NEW_CASE_PATH, type NewCaseFormState } from "./new-case-page.ts";
import { newCaseTexts } from "./new-case-texts.ts";
import { ALL_PROVINCES } from "./officer-account-types.ts";
import type { SignedIn } from "./officer-auth-service.ts";
import type { DashboardContext } from "./dashboard-context.ts";

export function registerNewCaseRoutes(scope: FastifyInstance, context: DashboardContext & { officerIntake: OfficerIntake }): void {
  const signedIn = { preHandler: guard(context.auth, "officer", context.refuse) };
  const provincesOf = (session: SignedIn): Array<[string, string]> =>
    context.provinces.filter((p) => session.account.provinces.includes(ALL_PROVINCES) || session.account.provinces.includes(p.id)).map((p) => [p.id, p.name]);

  const show = (request: FastifyRequest, reply: FastifyReply, state: NewCaseFormState, status = 200) =>
    sendHtml(reply, newCasePage(uiOf(request), sessionOf(request), state, pathOf(request)), status);

  scope.get("/assets/new-case.css", async (_request, reply) => reply.type("text/css; charset=utf-8").send(NEW_CASE_CSS));

  scope.get("/cases/new", signedIn, async (request, reply) => {
    const provinces = provincesOf(sessionOf(request));
    return show(request, reply, { values: blankForm(provinces), errors: new Map(), formError: null, provinces });
  });

  scope.post("/cases/new", signedIn, async (request, reply) => {
    const ui = uiOf(request);
    const session = sessionOf(request);
    const provinces = provincesOf(session);
    const values = rawForm(request.body);
    const parsed = parseNewCase(values, provinces.map(([id]) => id), ui.lang, context.now());
    if (!parsed.ok) return show(request, reply, { values, errors: parsed.errors, formError: null, provinces }, 400);
    const result = await context.officerIntake.record(session.account.username, parsed.report);
    if (!result.ok) {
      const n = newCaseTexts(ui.lang);
      const from = ui.l.risk(result.triageRisk);
      const formError = result.problem === "emergency_locked" ? n.errors.emergency_locked(from) : n.errors.reason_missing(from, ui.l.risk(parsed.report.risk));
      return show(request, reply, { values, errors: new Map(), formError, provinces }, 400);
    }
    return reply.redirect(`${BASE}/cases/${encodeURIComponent(result.code)}?ok=created`, 303);
  });
}

export { NEW_CASE_PATH };
