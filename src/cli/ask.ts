/**
 * `npm run --silent ask -- [--json] [--batch] "question"`: answers officials' questions
 * from the plans in the configured database (the shipped plans are stored on first use). --json prints the answer contract (one JSON object, or with
 * --batch one JSON line per stdin line, in order); without it, a readable answer with
 * numbered citations for a person at a terminal.
 */
import { wantsHelp } from "./cli-help.ts";
import { createInterface } from "node:readline";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { createPlanRepository } from "../db/plan-repository.ts";
import { createKnowledgeService } from "../qa/knowledge-service.ts";
import type { Answer } from "../qa/answer-types.ts";
import type { QuestionAnswerer } from "../qa/question-answerer.ts";
import { readBatchLine, withId } from "./batch-line.ts";

/** Human-readable rendering: the answer, then numbered citations. */
export function renderForTerminal(a: Answer): string {
  const lines = [a.answer];
  if (a.citations.length > 0) {
    lines.push("", a.language === "en" ? "Sources:" : "Nguồn trích dẫn:");
    a.citations.forEach((c, i) => lines.push(`[${i + 1}] ${c.document} (${c.province}), ${c.section}: “${c.quote}”`));
  }
  return lines.join("\n");
}

/**
 * The answerer over the plans stored in the configured database (the shipped plans and any
 * added with `npm run ingest`), exactly as the running bot answers.
 */
async function withAnswerer<T>(use: (qa: QuestionAnswerer) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig().database);
  try {
    await database.migrate();
    const knowledge = await createKnowledgeService({ store: createPlanRepository(database.client) });
    return await use(knowledge);
  } finally {
    await database.close();
  }
}

/** Where a JSON line's question is: `q` as in ../shared/eval, or `question`, `text`. */
const QUESTION_FIELDS = ["q", "question", "text"] as const;

async function runBatch(qa: QuestionAnswerer, json: boolean): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    const read = readBatchLine(line, QUESTION_FIELDS);
    const a = qa.answer(read.text);
    process.stdout.write(json ? `${JSON.stringify(withId(read.id, a))}\n` : `${renderForTerminal(a)}\n\n`);
  }
}

const USAGE = 'Cách dùng (usage): npm run --silent ask -- [--json] [--batch] "câu hỏi"  (--batch: mỗi dòng stdin một câu; one question per line of stdin)';

async function main(argv: string[]): Promise<number> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const json = argv.includes("--json");
  const batch = argv.includes("--batch");
  const question = argv.filter((a) => !a.startsWith("--")).join(" ");
  if (!batch && question.trim().length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  await withAnswerer(async (qa) => {
    if (batch) await runBatch(qa, json);
    else {
      const a = qa.answer(question);
      process.stdout.write(json ? `${JSON.stringify(a)}\n` : `${renderForTerminal(a)}\n`);
    }
  });
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
  process.stderr.write(`ask: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
