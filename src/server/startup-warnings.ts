/**
 * What an operator must hear at start, one line each, Vietnamese first then English: a setup
 * that starts but fails the people it serves. No officer alert channel (citizens are told
 * officers are alerted at once); a province the bot serves with no officer account to see its
 * cases; a plan past its end date still answering; DATA_DIR on tmpfs (the database and the
 * encryption key would vanish at the next reboot).
 */
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config.ts";
import type { Db } from "../db/database.ts";
import type { ParsedPlan } from "../kb/types.ts";
import type { Registry } from "../kb/registry/registry.ts";
import { ALL_PROVINCES } from "../officer/dashboard/officer-account-types.ts";

export interface StartupWarningDeps {
  config: Pick<Config, "officerTelegramChatId" | "telegram" | "dataDir">;
  db: Pick<Db, "officerAccount">;
  plans: readonly ParsedPlan[];
  registry: Pick<Registry, "province">;
  /** Today as YYYY-MM-DD. */
  today: string;
  /** The mount table (/proc/mounts format); read from the system when not given. */
  mounts?: string;
}

export async function startupWarnings(deps: StartupWarningDeps): Promise<string[]> {
  const lines: string[] = [];
  if (!deps.config.officerTelegramChatId || deps.config.telegram.mode === "off") {
    lines.push("Chưa cấu hình kênh báo cho cán bộ (OFFICER_TELEGRAM_CHAT_ID cùng TELEGRAM_BOT_TOKEN): tin báo khẩn cấp chỉ nằm trong hàng đợi, không ai được báo ngay. "
      + "(No officer alert channel configured: emergency reports only wait in the queue and nobody is alerted at once.)");
  }

  const todayOf = (id: string) => {
    const province = deps.registry.province(id);
    return province ? (province.today?.provinceId ?? province.id) : id;
  };
  const served = [...new Set(deps.plans.map((p) => p.province.provinceId).filter((id): id is string => id !== null).map(todayOf))].sort();
  const accounts = await deps.db.officerAccount.findMany({ where: { disabledAt: null }, select: { provincesJson: true } });
  const covered = new Set(accounts.flatMap((a) => readProvinces(a.provincesJson)));
  const uncovered = covered.has(ALL_PROVINCES) ? [] : served.filter((id) => !covered.has(id));
  if (uncovered.length > 0) {
    lines.push(`Tỉnh chưa có tài khoản cán bộ nào xem được tin báo: ${uncovered.join(", ")} (npm run officer -- add). `
      + `(Provinces with no officer account to see their reports: ${uncovered.join(", ")}.)`);
  }

  const ended = deps.plans.filter((p) => p.period.end !== null && p.period.end < deps.today).map((p) => `${p.documentNumber} (${p.period.end})`);
  if (ended.length > 0) {
    lines.push(`Kế hoạch đã hết thời gian thực hiện vẫn đang dùng để trả lời: ${ended.join(", ")}; hãy nạp kế hoạch mới (npm run ingest). `
      + `(Plans past their end date still answer questions: ${ended.join(", ")}; ingest the new plans.)`);
  }

  const fsType = mountTypeOf(deps.config.dataDir, deps.mounts ?? readMounts());
  if (fsType === "tmpfs" || fsType === "ramfs") {
    lines.push(`DATA_DIR (${deps.config.dataDir}) nằm trên ${fsType}: cơ sở dữ liệu và khoá mã hoá sẽ mất khi khởi động lại máy. `
      + `(DATA_DIR is on ${fsType}: the database and the encryption key are lost at the next reboot.)`);
  }
  return lines;
}

function readProvinces(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === "string") : [];
  } catch {
    return [];
  }
}

function readMounts(): string {
  try {
    return fs.readFileSync("/proc/mounts", "utf8");
  } catch {
    return "";
  }
}

/** The file system type of the mount holding `dir` (the longest mount point that contains it), or null when unknown. */
export function mountTypeOf(dir: string, mounts: string): string | null {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    real = path.resolve(dir);
  }
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split("\n")) {
    const [, rawPoint, type] = line.split(" ");
    if (!rawPoint || !type) continue;
    const point = rawPoint.replace(/\\040/g, " ");
    const inside = point === "/" || real === point || real.startsWith(`${point}/`);
    if (inside && (!best || point.length > best.point.length)) best = { point, type };
  }
  return best?.type ?? null;
}
