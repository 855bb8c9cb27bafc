/**
 * `npm run report -- --province gia-lai --from 2026-01-01 --to 2026-06-30 --out bao-cao.docx
 * [--xlsx bang-so-lieu.xlsx] [--officer NAME]`: the periodic report of a province for a period
 * as the administrative document (DOCX) and its tables (XLSX), from the configured database
 * and the plans of the knowledge base. Figures only, small cells protected; every generation is
 * written to the audit trail.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { wantsHelp } from "./cli-help.ts";
import { loadConfig } from "../config.ts";
import { createFieldCipher, resolveEncryptionKey } from "../core/field-cipher.ts";
import { openCaseServicesForCli } from "../db/case-services.ts";
import { createCaseRepository } from "../db/case-repository.ts";
import { createReportDataRepository } from "../db/case-statistics-repository.ts";
import { createPlanRepository } from "../db/plan-repository.ts";
import { loadShippedPlans } from "../kb/knowledge-base.ts";
import { loadRegistry } from "../kb/registry/registry.ts";
import { ReportPeriodError } from "../reports/report-figures.ts";
import { UnknownProvinceError } from "../reports/periodic-report.ts";
import { generateReportFiles } from "../reports/report-files.ts";

const USAGE = "Cách dùng (usage): npm run --silent report -- --province MA_TINH --from YYYY-MM-DD --to YYYY-MM-DD --out bao-cao.docx [--xlsx bang.xlsx] [--officer TEN]: " +
  "báo cáo định kỳ của một tỉnh (DOCX theo thể thức văn bản hành chính, bảng số liệu XLSX), chỉ số liệu, ô dưới 5 được gộp hoặc ẩn, có ghi nhật ký; mã tỉnh: npm run officer -- provinces " +
  "(the periodic report of a province as a DOCX administrative document and XLSX tables; figures only, cells under 5 merged or hidden; audited)";

async function main(argv: string[]): Promise<number> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { values } = parseArgs({
    args: argv, strict: true,
    options: { province: { type: "string" }, from: { type: "string" }, to: { type: "string" }, out: { type: "string" }, xlsx: { type: "string" }, officer: { type: "string" } },
  });
  if (!values.province || !values.from || !values.to || (!values.out && !values.xlsx)) {
    console.error(`Thiếu tham số (missing arguments): --province, --from, --to và --out hoặc --xlsx\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const { database } = await openCaseServicesForCli(config);
  try {
    const cipher = createFieldCipher(resolveEncryptionKey({ configuredKey: config.encryptionKey, dataDir: config.dataDir }).key);
    const registry = loadRegistry();
    const stored = await createPlanRepository(database.client).currentPlans();
    const plans = stored.length > 0 ? stored : loadShippedPlans(registry).plans;
    const started = performance.now();
    const files = await generateReportFiles({
      data: createReportDataRepository(database.client, cipher), plans: () => plans, registry, audit: createCaseRepository(database.client, cipher),
    }, { provinceId: values.province, period: { from: values.from, to: values.to }, now: new Date(), officer: values.officer?.trim() || "cli", docx: Boolean(values.out && !values.out.endsWith(".xlsx")), xlsx: Boolean(values.xlsx || values.out?.endsWith(".xlsx")) });
    const written: string[] = [];
    if (files.docx && values.out) {
      writeFileSync(values.out, files.docx);
      written.push(values.out);
    }
    if (files.xlsx) {
      const path = values.xlsx ?? values.out!;
      writeFileSync(path, files.xlsx);
      written.push(path);
    }
    const r = files.report;
    console.log(`Đã lập báo cáo ${r.province.name} từ ${r.period.from} đến ${r.period.to}: ${r.figures.total} vụ việc, ${r.context.plans.length} kế hoạch làm căn cứ, ` +
      `${Math.round(performance.now() - started)} ms → ${written.join(", ")} (report written; audited as report_generate)`);
    return 0;
  } catch (error) {
    if (error instanceof ReportPeriodError || error instanceof UnknownProvinceError) {
      console.error(error.message);
      return 2;
    }
    throw error;
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
