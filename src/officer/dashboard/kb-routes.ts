/**
 * The knowledge-base browser: plans, agencies, duties by agency and by task, 2025
 * successors, and the bot's own answers with their quotes. Plans are public documents, so
 * every officer may browse every plan: the pages need a session, not a province.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { DashboardContext } from "./dashboard-context.ts";
import { guard, pathOf, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import { agencyPage, dutiesOf, kbHomePage, planPage, successorsPage, tasksPage, type KbView } from "./kb-pages.ts";
import { kbTexts } from "./kb-texts.ts";

/** Longest question the ask form passes to the answerer (the bot's own messages are shorter). */
export const MAX_QUESTION = 500;

/** Registers GET /kb, /kb/plans/:doc, /kb/agencies/:id, /kb/tasks and /kb/successors, each for any signed-in officer. */
export function registerKnowledgeRoutes(scope: FastifyInstance, context: DashboardContext): void {
  const officer = { preHandler: guard(context.auth, "officer", context.refuse) };
  const viewOf = (request: FastifyRequest): KbView => {
    const ui = uiOf(request);
    return { ui, kt: kbTexts(ui.lang), session: sessionOf(request), path: pathOf(request), registry: context.knowledge.registry };
  };
  scope.get("/kb", officer, async (request, reply) => {
    const question = queryText(request.query, "q", MAX_QUESTION).trim();
    const answer = question ? context.knowledge.answer(question) : null;
    return sendHtml(reply, kbHomePage(viewOf(request), { question, answer, plans: context.knowledge.plans() }));
  });
  scope.get("/kb/plans/:doc", officer, async (request, reply) => {
    const doc = (request.params as { doc: string }).doc;
    const plan = context.knowledge.plans().find((p) => p.documentNumber === doc);
    if (!plan) return context.refuse(request, reply, 404, (t) => t.notFound);
    return sendHtml(reply, planPage(viewOf(request), plan));
  });
  scope.get("/kb/agencies/:agency", officer, async (request, reply) => {
    const agency = context.knowledge.registry.agency((request.params as { agency: string }).agency);
    if (!agency) return context.refuse(request, reply, 404, (t) => t.notFound);
    return sendHtml(reply, agencyPage(viewOf(request), agency, dutiesOf(context.knowledge.plans(), agency.id)));
  });
  scope.get("/kb/tasks", officer, async (request, reply) => {
    const only = queryText(request.query, "plan", 100);
    return sendHtml(reply, tasksPage(viewOf(request), context.knowledge.plans(), only === "" ? null : only));
  });
  scope.get("/kb/successors", officer, async (request, reply) => sendHtml(reply, successorsPage(viewOf(request))));
}

/** One query parameter as text, cut to `max` characters; a repeated or missing one reads as "". */
function queryText(query: unknown, key: string, max: number): string {
  const value = ((query ?? {}) as Record<string, unknown>)[key];
  return typeof value === "string" ? value.slice(0, max) : "";
}
