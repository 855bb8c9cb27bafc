/**
 * Triage from the terminal (DESIGN.md "Triage contract"):
 *   npm run --silent triage -- --json "report text"      one JSON object
 *   npm run --silent triage -- --json --batch < file      one JSON line per input line, in order
 *   npm run --silent triage -- "report text"              a readable Vietnamese summary
 * An empty input line gives a low / other result, never an error, so line numbers of the
 * output always match the input.
 */
import { wantsHelp } from "./cli-help.ts";
import { createInterface } from "node:readline";
import { triageReport } from "../intake/triage/triage-model.ts";
import { formatTriageSummary } from "../intake/triage/triage-summary.ts";
import type { TriageResult } from "../intake/triage/triage-types.ts";
import { readBatchLine, withId } from "./batch-line.ts";

/** Where a JSON line's report is: `text` as in the project's corpora and ../shared/eval, or `report`, `message`. */
const REPORT_FIELDS = ["text", "report", "message"] as const;

interface CliArgs {
  json: boolean;
  batch: boolean;
  text: string;
}

const USAGE = 'Cách dùng (usage): npm run --silent triage -- [--json] "nội dung báo cáo"  |  [--json] --batch < tệp (mỗi dòng một báo cáo)';

function parseArgs(argv: readonly string[]): CliArgs {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  return {
    json: flags.has("--json"),
    batch: flags.has("--batch"),
    text: argv.filter((a) => !a.startsWith("--")).join(" "),
  };
}

function render(result: TriageResult, json: boolean): string {
  return json ? JSON.stringify(result) : `${formatTriageSummary(result)}\n`;
}

async function runBatch(json: boolean): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const read = readBatchLine(line, REPORT_FIELDS);
    const result = triageReport(read.text);
    process.stdout.write(`${json ? JSON.stringify(withId(read.id, result)) : render(result, false)}\n`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function main(argv: readonly string[]): Promise<number> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (args.batch) {
    await runBatch(args.json);
    return 0;
  }
  const text = args.text || (process.stdin.isTTY ? "" : await readStdin());
  if (!text.trim() && !args.json) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  process.stdout.write(`${render(triageReport(text), args.json)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Lỗi khi phân loại: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
