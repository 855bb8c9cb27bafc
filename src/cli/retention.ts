/**
 * `npm run retention -- [--days N] [--officer NAME]`: deletes closed, duplicate and
 * not_actionable cases whose closing is older than N days (default CASE_RETENTION_DAYS,
 * 365), with their notes, additions, referrals and drafts, and drafts abandoned for as
 * long that never became a case, and conversations idle for as long (delivery ids are kept
 * DELIVERY_MEMORY_DAYS). Each purged case and the run
 * itself are written to the audit trail (which keeps codes, never report text).
 */
import { wantsHelp } from "./cli-help.ts";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { openCaseServicesForCli } from "../db/case-services.ts";
import { purgeConversations } from "../db/conversation-repository.ts";

const USAGE = "Cách dùng (usage): npm run --silent retention -- [--days N] [--officer NAME] [--json]: xoá các vụ việc đã đóng quá hạn lưu giữ (mặc định CASE_RETENTION_DAYS), có ghi nhật ký (deletes closed cases past the retention period, audited)";

async function main(argv: string[]): Promise<number> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { values } = parseArgs({ args: argv, strict: true, options: { days: { type: "string" }, officer: { type: "string" }, json: { type: "boolean" } } });
  const { services, settings, database } = await openCaseServicesForCli(loadConfig());
  try {
    const days = values.days === undefined ? settings.retentionDays : Number(values.days);
    if (!Number.isInteger(days) || days < 1) {
      console.error("--days: một số nguyên dương (a positive whole number of days)");
      return 2;
    }
    const { codes, drafts } = await services.queue.purgeClosed(values.officer?.trim() || "retention", days);
    const chats = await purgeConversations(database.client, new Date(Date.now() - days * 86_400_000));
    const text = `Đã xoá ${codes.length} hồ sơ đã đóng, ${drafts} bản nháp bỏ dở và ${chats.conversations} cuộc trò chuyện không hoạt động quá ${days} ngày ` +
      `(purged ${codes.length} closed cases, ${drafts} abandoned drafts and ${chats.conversations} conversations idle for more than ${days} days)`;
    console.log(values.json ? JSON.stringify({ days, purged: codes, abandonedDrafts: drafts, conversations: chats.conversations, deliveries: chats.deliveries }) : `${text}${codes.length ? `: ${codes.join(", ")}` : ""}`);
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message.split("\n")[0] : String(error));
    process.exitCode = 1;
  },
);
