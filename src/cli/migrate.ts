/**
 * `npm run db:migrate`: applies pending migrations to the configured database and prints
 * what it did. `-- --mark-rolled-back NAME` records that an operator repaired a half-applied
 * migration by hand, so the next start can apply it again.
 */
import { wantsHelp } from "./cli-help.ts";
import { loadConfig } from "../config.ts";
import { StartupError } from "../core/errors.ts";
import { openDatabase } from "../db/database.ts";

const USAGE = "Cách dùng (usage): npm run --silent db:migrate [-- --mark-rolled-back TÊN_MIGRATION]: áp dụng migration còn thiếu cho cơ sở dữ liệu đang cấu hình (applies pending migrations)";

async function main(argv: string[]): Promise<void> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    const flag = argv.indexOf("--mark-rolled-back");
    if (flag >= 0) {
      const name = argv[flag + 1];
      if (!name) throw new StartupError("Thiếu tên migration (missing migration name) after --mark-rolled-back");
      const marked = await database.markRolledBack(name);
      console.log(marked ? `Đã đánh dấu hoàn tác (marked rolled back): ${name}` : `Không có migration dở nào tên (no failed migration named) ${name}`);
      if (!marked) process.exitCode = 1;
      return;
    }
    const applied = await database.migrate();
    const state = await database.readiness();
    console.log(`${database.describe()}: ${applied.length ? `áp dụng (applied) ${applied.join(", ")}` : "không có migration mới (nothing to apply)"}; ${state.applied}/${state.expected}`);
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message.split("\n")[0] : String(error));
  process.exit(1);
});
