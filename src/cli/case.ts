/**
 * The officers' terminal until the dashboard exists. Every command names who acts
 * (--officer), and every read and write is audited under that name:
 *   npm run --silent case -- list [--json] [--all] [--mine] [--risk emergency] --officer NAME
 *   npm run --silent case -- show CODE [--json] --officer NAME        (shows the narrative; audited)
 *   npm run --silent case -- claim|release CODE --officer NAME
 *   npm run --silent case -- note CODE "text" --officer NAME
 *   npm run --silent case -- status CODE triaged|referred|in_progress|closed|duplicate|not_actionable --officer NAME
 *   npm run --silent case -- refer CODE --target hotline_111 --method phone [--ref 111-CASE-NO] [--name "UBND xã ..."] --officer NAME
 *   npm run --silent case -- referral REFERRAL_ID acknowledged|accepted|declined|completed [--ref X] --officer NAME
 *   npm run --silent case -- close CODE --reason resolved|referred_accepted|no_concern|duplicate|unreachable|moved_province --note "outcome" [--duplicate-of CODE] [--moved-to PROVINCE] --officer NAME
 *   npm run --silent case -- audit [CODE] --officer NAME
 *   npm run --silent case -- escalate --officer NAME                  (marks missed deadlines, prints alerts)
 *   npm run --silent case -- suggest CODE [--json] --officer NAME     (referral targets from the plans, cited, with 2025 successors)
 *   npm run --silent case -- form01 CODE [--json] [--body "UBND xã ..."] --officer NAME  (Form 01 of Decree 56; shows the narrative; audited)
 * Exit status: 0 done, 1 refused (the reason is printed), 2 wrong usage.
 */
import { wantsHelp } from "./cli-help.ts";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { openCaseServicesForCli, type CaseServices } from "../db/case-services.ts";
import { createPlanRepository } from "../db/plan-repository.ts";
import { exportForm01, renderForm01Text } from "../intake/cases/form01-export.ts";
import { describeRefusal, statusVi } from "../intake/cases/case-messages.ts";
import { CLOSURE_REASONS } from "../intake/cases/casework-service.ts";
import { floodSourceLabel } from "../intake/cases/flood-guard.ts";
import { formatSuggestions, suggestReferrals } from "../intake/cases/referral-suggestions.ts";
import { redFlagText } from "../intake/triage/red-flags.ts";
import { createKnowledgeService } from "../qa/knowledge-service.ts";
import type { Registry } from "../kb/registry/registry.ts";
import type { ParsedPlan } from "../kb/types.ts";
import type { CaseDetailView, CaseRefusal, CaseSummary } from "../intake/cases/case-types.ts";
import type { ReferralRefusal } from "../intake/cases/referral-service.ts";
import type { ReferralRecord } from "../intake/cases/referral-types.ts";

const USAGE = "Cách dùng (usage): npm run --silent case -- list|show|claim|release|note|status|refer|referral|close|audit|escalate|suggest|form01 ... --officer NAME [--json]";

class UsageError extends Error {
  override readonly name = "UsageError";
}

interface Cli {
  command: string;
  args: string[];
  officer: string;
  json: boolean;
  flags: Record<string, string | boolean | undefined>;
}

function parseCli(argv: string[]): Cli {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: {
      officer: { type: "string" }, json: { type: "boolean" }, all: { type: "boolean" }, mine: { type: "boolean" }, risk: { type: "string" },
      target: { type: "string" }, method: { type: "string" }, ref: { type: "string" }, name: { type: "string" }, as: { type: "string" }, body: { type: "string" },
      reason: { type: "string" }, note: { type: "string" }, "duplicate-of": { type: "string" }, "moved-to": { type: "string" },
    },
  });
  const [command, ...args] = positionals;
  if (!command) throw new UsageError(USAGE);
  const officer = values.officer?.trim();
  if (!officer) throw new UsageError("Thiếu --officer NAME: mọi thao tác đều được ghi nhật ký theo tên người làm (every action is audited under a name).");
  return { command, args, officer, json: values.json === true, flags: values };
}

const arg = (cli: Cli, index: number, what: string): string => {
  const value = cli.args[index];
  if (!value) throw new UsageError(`Thiếu ${what} (missing ${what}). ${USAGE}`);
  return value;
};

type Outcome = { ok: true; value?: unknown } | CaseRefusal | ReferralRefusal | { ok: false; reason: "casework"; problem: string };

/** The knowledge base, loaded only by the commands that read plans. */
type KnowledgeLoader = () => Promise<{ plans: ParsedPlan[]; registry: Registry }>;

/** Runs one command; returns the text to print and whether it was refused. */
async function runCaseCommand(cli: Cli, services: CaseServices, knowledge: KnowledgeLoader): Promise<{ output: string; refused: boolean }> {
  const result = await dispatch(cli, services, knowledge);
  if (typeof result === "string") return { output: result, refused: false };
  if (!result.ok) {
    const text = result.reason === "casework" ? `Không thực hiện được (refused): ${result.problem}` : describeRefusal(result);
    return { output: cli.json ? JSON.stringify(result) : text, refused: true };
  }
  return { output: cli.json ? JSON.stringify(result.value ?? { ok: true }) : "Xong (done).", refused: false };
}

async function dispatch(cli: Cli, s: CaseServices, knowledge: KnowledgeLoader): Promise<Outcome | string> {
  const { officer } = cli;
  switch (cli.command) {
    case "list": {
      const cases = await s.queue.list(officer, { includeFinal: cli.flags.all === true, assigneeId: cli.flags.mine ? officer : undefined, risk: cli.flags.risk as string | undefined });
      return cli.json ? JSON.stringify(cases) : formatList(cases, new Date());
    }
    case "show": {
      const shown = await s.queue.show(officer, arg(cli, 0, "CODE"));
      if (!shown.ok) return shown;
      const referrals = await s.referrals.list(officer, shown.value.case.code);
      const list = referrals.ok ? referrals.value : [];
      return cli.json ? JSON.stringify({ ...shown.value, referrals: list }) : formatCase(shown.value, list);
    }
    case "claim":
      return s.queue.claim(officer, arg(cli, 0, "CODE"));
    case "release":
      return s.queue.release(officer, arg(cli, 0, "CODE"));
    case "note":
      return s.queue.note(officer, arg(cli, 0, "CODE"), cli.args.slice(1).join(" ").trim() || arg(cli, 1, "nội dung ghi chú (note text)"));
    case "status":
      return s.queue.changeStatus(officer, arg(cli, 0, "CODE"), arg(cli, 1, "STATUS"));
    case "close": {
      // As on the dashboard: a reason from the list and an outcome note, never a bare close.
      const reason = cli.flags.reason as string | undefined;
      const note = (cli.flags.note as string | undefined)?.trim();
      if (!reason || !(CLOSURE_REASONS as readonly string[]).includes(reason) || !note) {
        throw new UsageError(`Đóng hồ sơ cần --reason (${CLOSURE_REASONS.join("|")}) và --note "kết quả" (closing needs a reason and an outcome note).`);
      }
      const closed = await s.casework.close(officer, arg(cli, 0, "CODE"), {
        reason, note, duplicateOf: (cli.flags["duplicate-of"] as string | undefined) ?? null, movedTo: (cli.flags["moved-to"] as string | undefined) ?? null,
      });
      return closed;
    }
    case "refer":
      return s.referrals.refer(officer, arg(cli, 0, "CODE"), {
        target: (cli.flags.target as string | undefined) ?? "", method: (cli.flags.method as string | undefined) ?? "phone",
        targetName: (cli.flags.name as string | undefined) ?? null, externalRef: (cli.flags.ref as string | undefined) ?? null,
      });
    case "referral":
      return s.referrals.update(officer, arg(cli, 0, "REFERRAL_ID"), arg(cli, 1, "STATUS"), (cli.flags.ref as string | undefined) ?? null);
    case "audit": {
      const trail = await s.queue.auditTrail(officer, cli.args[0] ?? null);
      return cli.json ? JSON.stringify(trail) : trail.map((e) => `${e.at.toISOString()}  ${e.officer}  ${e.action}  ${e.caseCode ?? "-"}  ${e.detail ?? ""}`).join("\n");
    }
    case "escalate": {
      const alerts = await s.queue.escalateOverdue();
      return cli.json ? JSON.stringify(alerts) : alerts.map((a) => `${a.code}  ${a.risk}  ${a.kind}  hạn (due) ${a.dueAt.toISOString()}`).join("\n") || "Không có hạn nào bị trễ (nothing overdue).";
    }
    case "suggest": {
      const shown = await s.queue.show(officer, arg(cli, 0, "CODE"), "summary");
      if (!shown.ok) return shown;
      const c = shown.value.case;
      const { plans, registry } = await knowledge();
      const result = suggestReferrals({ provinceId: c.provinceId, category: c.category, commune: c.commune, risk: c.risk, childAgeBand: c.childAgeBand }, plans, registry);
      return cli.json ? JSON.stringify({ caseCode: c.code, ...result }) : formatSuggestions(result, c.code);
    }
    case "form01": {
      const exported = await exportForm01({ queue: s.queue, referrals: s.referrals }, officer, arg(cli, 0, "CODE"), cli.flags.body as string | undefined);
      if (!exported.ok) return exported;
      return cli.json ? JSON.stringify(exported.value) : renderForm01Text(exported.value);
    }
    default:
      throw new UsageError(USAGE);
  }
}

const RISK_VI: Readonly<Record<string, string>> = { emergency: "KHẨN CẤP", high: "cao", medium: "trung bình", low: "thấp" };

function waited(from: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - from.getTime()) / 60_000));
  return minutes < 120 ? `${minutes} phút` : minutes < 48 * 60 ? `${Math.round(minutes / 60)} giờ` : `${Math.round(minutes / 1440)} ngày`;
}

/** One line per case, most urgent first; "!" marks a missed deadline, "(nháp)" an emergency draft not yet confirmed, "⚑" a suspected flood. */
function formatList(cases: CaseSummary[], now: Date): string {
  if (cases.length === 0) return "Hàng đợi trống (the queue is empty).";
  return cases.map((c) => {
    const breach = c.ackBreachedAt || c.actionBreachedAt ? " ! QUÁ HẠN (overdue)" : "";
    const draft = c.submitted ? "" : " (nháp: người báo chưa xác nhận)";
    const flood = c.floodGroup ? ` ⚑ nghi ngờ hàng loạt (suspected flood), nguồn ${floodSourceLabel(c.floodGroup)}` : "";
    return `${c.code}  ${RISK_VI[c.risk] ?? c.risk}  ${statusVi(c.status)}  ${c.category}  ${c.provinceName ?? "?"}${c.commune ? `, ${c.commune}` : ""}  chờ ${waited(c.createdAt, now)}  ${c.assigneeId ? `phụ trách: ${c.assigneeId}` : "chưa ai nhận"}${breach}${draft}${flood}`;
  }).join("\n");
}

function formatCase(view: CaseDetailView, referrals: Array<ReferralRecord & { deliveryProblem: string | null }>): string {
  const c = view.case;
  const lines = [
    `Hồ sơ (case) ${c.code}: ${RISK_VI[c.risk] ?? c.risk}, ${c.category}, trạng thái ${statusVi(c.status)}${c.assigneeId ? `, phụ trách ${c.assigneeId}` : ""}`,
    `Dấu hiệu (red flags): ${c.redFlags.map((f) => redFlagText(f)).join("; ") || "-"}`,
    ...c.reasons.map((r) => `  - ${r}`),
    `Nơi xảy ra: ${c.provinceName ?? "?"}${c.commune ? `, ${c.commune}` : ""}${c.details.locationText ? ` (người báo ghi: ${c.details.locationText})` : ""}`,
    `Trẻ: tuổi ${c.childAgeBand ?? "?"}${c.details.childAgeText ? ` (${c.details.childAgeText})` : ""}, giới tính ${c.childSex ?? "?"}; khi nào: ${c.details.when ?? "?"}; đang ở cùng người gây hại: ${c.details.withPersonNow ?? "?"}`,
    `Người báo: ${c.reporterRelation ?? "?"}${c.details.reporterRelationText ? ` (${c.details.reporterRelationText})` : ""}, ${c.anonymous ? "ẩn danh" : `liên hệ ${c.contact ?? "-"}`}, đồng ý liên hệ: ${c.consentToContact ?? "?"}; kênh ${c.channel}`,
    `Hạn tiếp nhận (acknowledge by) ${c.ackDueAt.toISOString()}${c.ackBreachedAt ? " QUÁ HẠN" : ""}; hạn xử lý (act by) ${c.actionDueAt.toISOString()}${c.actionBreachedAt ? " QUÁ HẠN" : ""}`,
    "", "Nội dung (narrative):", c.narrative || "(trống)", ...c.details.extraNotes.map((n) => `  + ${n}`),
    ...(c.attachments.length ? [`Tệp đính kèm: ${c.attachments.map((a) => a.kind).join(", ")}`] : []),
    ...view.additions.map((a) => `Bổ sung ${a.createdAt.toISOString()}: ${a.text ?? ""}${a.attachments.length ? ` [+${a.attachments.length} tệp]` : ""}`),
    ...view.notes.map((n) => `Ghi chú ${n.createdAt.toISOString()} ${n.officer}: ${n.text}`),
    ...referrals.map((r) => `Chuyển tuyến ${r.id}: ${r.target}${r.targetName ? ` (${r.targetName})` : ""} qua ${r.method}, ${r.status}${r.externalRef ? `, mã của nơi nhận ${r.externalRef}` : ""}${r.deliveryProblem ? `; LỖI GỬI: ${r.deliveryProblem}` : ""}`),
  ];
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const cli = parseCli(argv);
  const { services, database } = await openCaseServicesForCli(loadConfig());
  try {
    const knowledge: KnowledgeLoader = async () => {
      const service = await createKnowledgeService({ store: createPlanRepository(database.client) });
      return { plans: service.plans(), registry: service.registry };
    };
    const { output, refused } = await runCaseCommand(cli, services, knowledge);
    process.stdout.write(`${output}\n`);
    return refused ? 1 : 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    console.error(error instanceof Error ? error.message.split("\n")[0] : String(error));
    process.exitCode = usage ? 2 : 1;
  },
);
