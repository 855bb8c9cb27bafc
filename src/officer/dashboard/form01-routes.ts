/**
 * Form 01 as documents: the A4 print view and the DOCX download. Like the case page, each
 * checks the case's province first (404 for another province as for an unknown code) and who
 * may read the report (the holder, supervisors, any officer of the province while unclaimed);
 * the export goes through the queue's audited read ("form 01 exported").
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { exportForm01, form01Document } from "../../intake/cases/form01-export.ts";
import { guard, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import { FORM01_CSS, FORM01_JS, form01PrintPage } from "./form01-print-page.ts";
import { newCaseTexts } from "./new-case-texts.ts";
import { maySee, roleAtLeast, type OfficerAccount } from "./officer-account-types.ts";
import type { DashboardContext } from "./dashboard-context.ts";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function registerForm01Routes(scope: FastifyInstance, context: DashboardContext): void {
  const signedIn = { preHandler: guard(context.auth, "officer", context.refuse) };
  scope.get("/assets/form01.css", async (_request, reply) => reply.type("text/css; charset=utf-8").send(FORM01_CSS));
  scope.get("/assets/form01.js", async (_request, reply) => reply.type("text/javascript; charset=utf-8").send(FORM01_JS));

  /** The record when this officer may read the case's report; null (answered 404) otherwise. */
  const exported = async (request: FastifyRequest, reply: FastifyReply) => {
    const code = String((request.params as { code?: string }).code ?? "").slice(0, 20);
    const { account } = sessionOf(request);
    const place = await context.scope.placeOf(code);
    if (!place || !maySee(account, place.provinceId) || !mayReadReport(account, place.assigneeId)) {
      context.refuse(request, reply, 404, (t) => t.caseNotFound);
      return null;
    }
    const result = await exportForm01({ queue: context.queue, referrals: context.referrals, clock: context.now }, account.username, code);
    if (!result.ok) {
      context.refuse(request, reply, 404, (t) => t.caseNotFound);
      return null;
    }
    // The person in charge by name, as colleagues and the receiving body know them, with the username beside it.
    const assignee = result.value.actionsTaken.assignee;
    const holder = assignee ? (await context.auth.listAccounts()).find((a) => a.username === assignee) : undefined;
    if (!holder || holder.displayName === holder.username) return result.value;
    return { ...result.value, actionsTaken: { ...result.value.actionsTaken, assignee: `${holder.displayName} (${holder.username})` } };
  };

  scope.get("/cases/:code/form01/print", signedIn, async (request, reply) => {
    const form = await exported(request, reply);
    if (!form) return reply;
    const ui = uiOf(request);
    return sendHtml(reply, form01PrintPage(form01Document(form), newCaseTexts(ui.lang), ui.lang));
  });

  scope.get("/cases/:code/form01/docx", signedIn, async (request, reply) => {
    const form = await exported(request, reply);
    if (!form) return reply;
    const { form01Docx } = await import("../../intake/cases/form01-docx.ts"); // the docx library, loaded by the first download
    const file = await form01Docx(form);
    return reply.type(DOCX_TYPE).header("content-disposition", `attachment; filename="mau-01-${form.caseCode}.docx"`).send(file);
  });
}

function mayReadReport(account: OfficerAccount, assigneeId: string | null): boolean {
  return assigneeId === null || assigneeId === account.username || roleAtLeast(account.role, "supervisor");
}
