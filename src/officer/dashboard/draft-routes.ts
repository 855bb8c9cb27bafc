/**
 * The administrators' review of plan facts a language model drafted: approve or reject;
 * only approved drafts join the answers. Approval goes through the same `reviewDrafts` as
 * `npm run ingest -- --review`, so the quote is re-checked against the plan's text, and the
 * knowledge base is reloaded at once so the bot answers from the approved facts right away.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ImportStateError, type Decision as ImportDecision, type DocumentImports } from "../../kb/ingest/document-imports.ts";
import { DocumentRejected } from "../../kb/ingest/read-plan-document.ts";
import type { Role } from "../../kb/types.ts";
import { DraftReviewError, reviewDrafts, type StoredDraft } from "../../kb/plan-drafts.ts";
import { guard, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import { layout } from "./dashboard-layout.ts";
import { DRAFT_FILTERS, DRAFTS_PATH, draftsPage, importPage, UPLOAD_PATH, uploadPage, type DraftFilter, type DraftPageView } from "./draft-page.ts";
import { draftTexts, importTexts } from "./draft-texts.ts";
import { html } from "./html.ts";
import type { DashboardContext } from "./dashboard-context.ts";

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
  if (context.documents) registerImportRoutes(scope, context, context.documents);
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
    uploads: context.documents !== undefined,
  };
  return sendHtml(reply, draftsPage(ui, sessionOf(request), view), status);
}

// ---- plans uploaded as documents ----

/**
 * GET /officer/admin/documents (the upload form), POST it (multipart: the file and the CSRF
 * token), GET /officer/admin/documents/:id (progress while read, then the review), POST
 * .../publish and .../discard; admins only, every step audited by the imports' sink.
 */
function registerImportRoutes(scope: FastifyInstance, context: DashboardContext, imports: DocumentImports): void {
  const admin = { preHandler: guard(context.auth, "admin", context.refuse) };
  const maxBytes = imports.limits.maxBytes;
  scope.get("/admin/documents", admin, async (request, reply) => sendHtml(reply, uploadPage(uiOf(request), sessionOf(request), maxBytes)));
  // The upload in its own scope: only here is a multipart body accepted, up to the size limit.
  void scope.register(async (upload) => {
    upload.addContentTypeParser("multipart/form-data", { parseAs: "buffer", bodyLimit: maxBytes + 64 * 1024 }, (request, body, done) => {
      try {
        done(null, parseMultipart(body as Buffer, String(request.headers["content-type"] ?? "")));
      } catch (error) {
        done(error instanceof MultipartError ? error : new MultipartError(String(error)), undefined);
      }
    });
    upload.setErrorHandler(async (error: FastifyError, request, reply) => {
      const it = importTexts(uiOf(request).lang);
      const tooLarge = error.code === "FST_ERR_CTP_BODY_TOO_LARGE" || error.statusCode === 413;
      if (!tooLarge && !(error instanceof MultipartError)) throw error; // not about the upload itself: the dashboard's handler
      const text = tooLarge ? it.tooLarge(Math.floor(maxBytes / 1024 / 1024)) : it.refused(it.noFile);
      return sendHtml(reply, layout({ ui: uiOf(request), title: it.uploadTitle, path: UPLOAD_PATH }, html`<p role="alert">${text}</p><p><a href="${UPLOAD_PATH}">${it.back}</a></p>`), tooLarge ? 413 : 400);
    });
    // Who may upload is checked in onRequest, before the body is read; the CSRF token in the body after.
    const signedInAdmin = { onRequest: guard(context.auth, "admin", context.refuse, { csrf: false }), ...admin };
    upload.post("/admin/documents", signedInAdmin, async (request, reply) => {
      const ui = uiOf(request);
      const it = importTexts(ui.lang);
      const body = (request.body ?? {}) as MultipartBody;
      if (!body.file || body.file.bytes.length === 0) return sendHtml(reply, uploadPage(ui, sessionOf(request), maxBytes, { kind: "error", text: it.noFile }), 400);
      try {
        const job = await imports.start(body.file.bytes, body.file.name, sessionOf(request).account.username);
        return reply.redirect(`${UPLOAD_PATH}/${job.id}`, 303);
      } catch (error) {
        if (!(error instanceof DocumentRejected)) throw error;
        const status = error.code === "too_large" ? 413 : error.code === "unknown_type" ? 415 : 400;
        return sendHtml(reply, uploadPage(ui, sessionOf(request), maxBytes, { kind: "error", text: it.refused(error.message) }), status);
      }
    });
  });
  scope.get("/admin/documents/:id", admin, async (request, reply) => {
    const job = imports.get((request.params as { id: string }).id);
    if (!job) return context.refuse(request, reply, 404, () => importTexts(uiOf(request).lang).missing);
    if (job.state === "queued" || job.state === "reading") reply.header("Refresh", "3");
    return sendHtml(reply, importPage(uiOf(request), sessionOf(request), job, context.knowledge.registry));
  });
  scope.post("/admin/documents/:id/publish", admin, async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const job = imports.get(id);
    const count = job?.result?.plan.assignments.length ?? 0;
    try {
      await imports.publish(id, readDecisions((request.body ?? {}) as Record<string, unknown>, count), sessionOf(request).account.username);
    } catch (error) {
      return importRefusal(context, request, reply, error);
    }
    await context.knowledge.reload();
    return reply.redirect(`${UPLOAD_PATH}/${id}`, 303);
  });
  scope.post("/admin/documents/:id/discard", admin, async (request, reply) => {
    const id = (request.params as { id: string }).id;
    try {
      await imports.discard(id, sessionOf(request).account.username);
    } catch (error) {
      return importRefusal(context, request, reply, error);
    }
    return reply.redirect(`${UPLOAD_PATH}/${id}`, 303);
  });
}

function importRefusal(context: DashboardContext, request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply | Promise<FastifyReply> {
  if (!(error instanceof ImportStateError)) throw error;
  const it = importTexts(uiOf(request).lang);
  if (error.state === "missing") return context.refuse(request, reply, 404, () => it.missing);
  const ui = uiOf(request);
  return sendHtml(reply, layout({ ui, title: it.uploadTitle, session: sessionOf(request), path: UPLOAD_PATH }, html`<p role="alert">${it.wrongState}</p><p><a href="${UPLOAD_PATH}">${it.back}</a></p>`), 409);
}

const ROLE_VALUES: ReadonlySet<string> = new Set(["lead", "coordinate", "responsible", "requested"]);

/** The review form's fields: d_<i> accept|reject, role_<i>, agency_<i> ("" for none) for each assignment index. */
export function readDecisions(body: Record<string, unknown>, count: number): Map<number, ImportDecision> {
  const decisions = new Map<number, ImportDecision>();
  for (let i = 0; i < count; i++) {
    const role = body[`role_${i}`];
    const agency = body[`agency_${i}`];
    decisions.set(i, {
      status: body[`d_${i}`] === "reject" ? "rejected" : "accepted",
      ...(typeof role === "string" && ROLE_VALUES.has(role) ? { role: role as Role } : {}),
      ...(typeof agency === "string" ? { agencyId: agency === "" ? null : agency.slice(0, 100) } : {}),
    });
  }
  return decisions;
}

/** A body that is not the multipart form the upload page sends. */
class MultipartError extends Error {
  override name = "MultipartError";
}

interface MultipartBody {
  _csrf?: string;
  file?: { name: string; bytes: Uint8Array };
}

/**
 * A multipart/form-data body: the text fields (only `_csrf` is read) and the first file.
 * Small on purpose: one form, one file; anything malformed is refused by the error handler.
 */
export function parseMultipart(body: Buffer, contentType: string): MultipartBody {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) throw new MultipartError("multipart without boundary");
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const out: MultipartBody = {};
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const headerEnd = body.indexOf("\r\n\r\n", start);
    const next = body.indexOf(delimiter, start);
    if (headerEnd < 0 || next < 0) throw new MultipartError("malformed multipart");
    const headers = body.subarray(start, headerEnd).toString("utf8");
    const content = body.subarray(headerEnd + 4, next - 2); // the part ends with CRLF before the delimiter
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
    if (filename !== undefined && !out.file) out.file = { name: filename, bytes: new Uint8Array(content) };
    else if (name === "_csrf") out._csrf = content.toString("utf8");
    at = next;
  }
  return out;
}
