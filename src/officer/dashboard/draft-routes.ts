/**
 * The administrators' review of plan facts a language model drafted: approve or reject;
 * only approved drafts join the answers. Approval goes through the same `reviewDrafts` as
 * `npm run ingest -- --review`, so the quote is re-checked against the plan's text, and the
 * knowledge base is reloaded at once so the bot answers from the approved facts right away.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { DraftReviewError, reviewDrafts, type StoredDraft } from "../../kb/plan-drafts.ts";
import { guard, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import { DRAFT_FILTERS, DRAFTS_PATH, draftsPage, type DraftFilter, type DraftPageView } from "./draft-page.ts";
import { draftTexts } from "./draft-texts.ts";
import type { DashboardContext } from "./officer-dashboard.ts";

type Decision = "approved" | "rejected";
const DECISIONS: Readonly<Record<string, Decision>> = { approve: "approved", reject: "rejected" };
const MAX_IDS = 500;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** GET /officer/admin/drafts (the list, ?status=) and POST /officer/admin/drafts/review (decision + ticked ids); admins only. */
export function registerDraftRoutes(scope: FastifyInstance, context: DashboardContext): void {
  const admin = { preHandler: guard(context.auth, "admin", context.refuse) };
  scope.get("/admin/drafts", admin, async (request, reply) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    return showPage(context, request, reply, readFilter(query.status), doneFlash(request, query), 200);
  });
  scope.post("/admin/drafts/review", admin, async (request, reply) => review(context, request, reply));
}

async function review(context: DashboardContext, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const dt = draftTexts(uiOf(request).lang);
  const body = (request.body ?? {}) as Record<string, unknown>;
  const decision = DECISIONS[String(body.decision ?? "")];
  if (!decision) return showError(context, request, reply, dt.badDecision, 400);
  const ids = selectedIds(body);
  if (ids.length === 0) return showError(context, request, reply, dt.noneSelected, 400);
  const reviewed = (await context.drafts.get(ids)).filter((d) => d.status !== "unreviewed");
  if (reviewed.length > 0) return showError(context, request, reply, dt.alreadyReviewed(reviewed.map((d) => d.id).join(", ")), 409);
  try {
    await reviewDrafts(context.drafts, ids, decision, sessionOf(request).account.username, context.now());
  } catch (error) {
    if (!(error instanceof DraftReviewError)) throw error;
    return showError(context, request, reply, dt.refused(error.message), 409);
  }
  await context.knowledge.reload();
  return reply.redirect(`${DRAFTS_PATH}?done=${decision}&n=${ids.length}`, 303);
}

/**
 * The ticked drafts: each checkbox is its own field `id_<draftId>=on` (the form parser keeps
 * only the last value of a repeated key, so one name per draft is the robust choice); a
 * single `id` field with comma-separated ids is accepted too, for scripts.
 */
export function selectedIds(body: Record<string, unknown>): string[] {
  const ticked = Object.entries(body).filter(([k, v]) => k.startsWith("id_") && v === "on").map(([k]) => k.slice(3));
  const listed = typeof body.id === "string" ? body.id.split(",").map((s) => s.trim()) : [];
  return [...new Set([...ticked, ...listed])].filter((id) => ID.test(id)).slice(0, MAX_IDS);
}

function readFilter(value: unknown): DraftFilter {
  return DRAFT_FILTERS.find((f) => f === value) ?? "unreviewed";
}

function doneFlash(request: FastifyRequest, query: Record<string, unknown>): DraftPageView["flash"] {
  const done = query.done;
  if (done !== "approved" && done !== "rejected") return undefined;
  const n = Math.max(0, Math.min(MAX_IDS, Number.parseInt(String(query.n ?? "0"), 10) || 0));
  return { kind: "ok", text: draftTexts(uiOf(request).lang).done[done](n) };
}

function showError(context: DashboardContext, request: FastifyRequest, reply: FastifyReply, text: string, status: 400 | 409): Promise<FastifyReply> {
  return showPage(context, request, reply, "unreviewed", { kind: "error", text }, status);
}

async function showPage(context: DashboardContext, request: FastifyRequest, reply: FastifyReply, filter: DraftFilter, flash: DraftPageView["flash"], status: number): Promise<FastifyReply> {
  const ui = uiOf(request);
  const drafts: StoredDraft[] = await context.drafts.list(filter === "all" ? {} : { status: filter });
  const { registry } = context.knowledge;
  const titles = new Map(context.knowledge.plans().map((p) => [p.checksum, p.title]));
  const view: DraftPageView = {
    drafts, filter, flash,
    agencyName: (id) => { const a = registry.agency(id); return a ? (ui.lang === "en" ? a.english : a.name) : undefined; },
    planTitle: (checksum) => titles.get(checksum),
  };
  return sendHtml(reply, draftsPage(ui, sessionOf(request), view), status);
}
