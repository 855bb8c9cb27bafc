/**
 * Dashboard accounts from the terminal (the first admin has to come from somewhere):
 *   npm run --silent officer -- add USERNAME --role officer|supervisor|admin --provinces phu-yen,dak-lak [--name "Nguyễn Văn An"] [--generate]
 *   npm run --silent officer -- list [--json]
 *   npm run --silent officer -- disable|enable USERNAME
 *   npm run --silent officer -- reset USERNAME [--generate]
 * The password is read from the first line of standard input (never from the command line,
 * where other users could see it in the process list), or made up with --generate and printed once.
 * --provinces takes registry ids (content/registry/provinces.json) or * for every province; an old
 * province (phu-yen) is stored as the one it merged into in 2025 (dak-lak), where its cases are filed.
 * Exit status: 0 done, 1 refused (the reason is printed), 2 wrong usage.
 */
import { wantsHelp } from "./cli-help.ts";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { StartupError } from "../core/errors.ts";
import { openDatabase } from "../db/database.ts";
import { createOfficerAccountRepository } from "../db/officer-account-repository.ts";
import { loadRegistry } from "../kb/registry/registry.ts";
import { createOfficerAuth, registryTodayProvince, type OfficerAuth } from "../officer/dashboard/officer-auth-service.ts";
import type { OfficerAccount } from "../officer/dashboard/officer-account-types.ts";

const USAGE = "Cách dùng (usage): npm run --silent officer -- provinces [--json] | add USERNAME --role officer|supervisor|admin --provinces ID[,ID] [--name NAME] [--generate] | list [--json] | disable|enable USERNAME | reset USERNAME [--generate]";

class UsageError extends Error {
  override readonly name = "UsageError";
}

type Flags = { role?: string; provinces?: string; name?: string; generate?: boolean; json?: boolean };

async function readPassword(generate: boolean | undefined): Promise<{ password: string; generated: boolean }> {
  if (generate) return { password: randomBytes(12).toString("base64url"), generated: true };
  if (process.stdin.isTTY) process.stderr.write("Mật khẩu (password), rồi Enter: ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (Buffer.concat(chunks).includes(10)) break;
  }
  const password = Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  if (!password) throw new UsageError("Không có mật khẩu trên stdin; dùng --generate để tạo (no password on stdin; use --generate).");
  return { password, generated: false };
}

function describe(a: OfficerAccount): string {
  const state = a.disabledAt ? "đã khoá hẳn (disabled)" : a.lockedUntil && a.lockedUntil > new Date() ? `tạm khoá đến (locked until) ${a.lockedUntil.toISOString()}` : "hoạt động (active)";
  return `${a.username}\t${a.role}\t${a.provinces.join(",")}\t${a.displayName}\t${state}`;
}

async function run(auth: OfficerAuth, command: string, username: string | undefined, flags: Flags): Promise<number> {
  if (command === "list") {
    const accounts = await auth.listAccounts();
    console.log(flags.json ? JSON.stringify(accounts, null, 2) : accounts.map(describe).join("\n") || "Chưa có tài khoản (no accounts).");
    return 0;
  }
  if (!username) throw new UsageError(USAGE);
  if (command === "add") {
    if (!flags.role || !flags.provinces) throw new UsageError("add cần --role và --provinces (add needs --role and --provinces).");
    const { password, generated } = await readPassword(flags.generate);
    const account = await auth.addAccount({ username, displayName: flags.name, role: flags.role, provinces: flags.provinces.split(","), password });
    console.log(`Đã tạo (created): ${describe(account)}${generated ? `\nMật khẩu (password, shown once): ${password}` : ""}`);
    return 0;
  }
  if (command === "reset") {
    const { password, generated } = await readPassword(flags.generate);
    const done = await auth.resetPassword(username, password);
    console.log(done ? `Đã đặt lại mật khẩu, các phiên cũ đã kết thúc (password reset, sessions ended)${generated ? `: ${password}` : "."}` : `Không có tài khoản (no account) ${username}`);
    return done ? 0 : 1;
  }
  if (command === "disable" || command === "enable") {
    const done = command === "disable" ? await auth.disable(username) : await auth.enable(username);
    console.log(done ? `${command === "disable" ? "Đã vô hiệu hoá (disabled)" : "Đã mở lại (enabled)"}: ${username}` : `Không có tài khoản (no account) ${username}`);
    return done ? 0 : 1;
  }
  throw new UsageError(USAGE);
}

/**
 * The province ids --provinces takes, with today's name and the old ones merged into it in 2025
 * (an account given an old id covers today's province).
 */
function listProvinces(json: boolean): number {
  const registry = loadRegistry();
  const rows = registry.provinces.map((p) => ({ id: p.id, name: p.name, today: p.today ? { id: p.today.provinceId, name: p.today.name, since: p.today.effective } : null }));
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return 0;
  }
  const lines = rows.map((r) => (r.today && r.today.id !== r.id ? `${r.id}\t${r.name}\t→ nay là (now) ${r.today.name} [${r.today.id}] từ (since) ${r.today.since}` : `${r.id}\t${r.name}`));
  console.log(lines.join("\n"));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: { role: { type: "string" }, provinces: { type: "string" }, name: { type: "string" }, generate: { type: "boolean" }, json: { type: "boolean" } },
  });
  const [command, username] = positionals;
  if (!command) throw new UsageError(USAGE);
  if (command === "provinces") return listProvinces(values.json === true);
  const database = await openDatabase(loadConfig().database);
  try {
    const state = await database.readiness();
    if (state.pending.length > 0) throw new StartupError(`Cơ sở dữ liệu chưa cập nhật (database not migrated): chạy (run) npm run db:migrate; pending: ${state.pending.join(", ")}`);
    const auth = createOfficerAuth({ store: createOfficerAccountRepository(database.client), todayProvinceId: registryTodayProvince(loadRegistry()) });
    return await run(auth, command, username, values);
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
    const usage = error instanceof UsageError || String((error as { code?: unknown }).code ?? "").startsWith("ERR_PARSE_ARGS");
    process.exitCode = usage ? 2 : 1;
  },
);
