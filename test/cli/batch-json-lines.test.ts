/**
 * `triage --batch` and `ask --batch` fed a file of JSON lines (one record per line, as exported from a
 * spreadsheet or another tool) read the report's `text` or the question's `q`, not the whole record: a
 * record's other fields (an id, someone's label, a note) are no words of the report or the question.
 * Before, the whole line was read: a note field saying "muốn chết" made a playground quarrel an emergency.
 * Sentences written for this test.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(join(tmpdir(), "batch-lines-"));
const cli = (script: string, args: string[], input: string) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, input, encoding: "utf8", timeout: 120_000, env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir } });
const lines = (out: string) => out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);

const QUARREL = "Hai đứa nhỏ lớp 3 cãi nhau giành quả bóng ở sân trường, cô giáo đã cho hai đứa làm lành rồi";

describe("triage --json --batch over JSON lines", () => {
  it("reads each record's text, not its other fields, and keeps the order and the id", () => {
    const input = [
      JSON.stringify({ id: "r1", text: QUARREL, note: "bé nói muốn chết, tối nay nhảy cầu", risk: "emergency", category: "self_harm" }),
      QUARREL,
      JSON.stringify({ id: "r3", report: "Con bé hàng xóm 4 tuổi bị nhốt một mình trong phòng trọ từ sáng, khóc khản cả tiếng" }),
    ].join("\n") + "\n";
    const run = cli("src/cli/triage.ts", ["--json", "--batch"], input);
    expect(run.status, run.stderr).toBe(0);
    const [record, plain, other] = lines(run.stdout);
    expect(record!.risk).not.toBe("emergency");
    expect(record!.category).not.toBe("self_harm");
    expect({ ...record, id: undefined }).toEqual({ ...plain, id: undefined });
    expect(record!.id).toBe("r1");
    expect(other!.id).toBe("r3");
    expect(other!.risk).toBe("emergency");
  });

  it("reads a line that only looks like JSON as it is written", () => {
    const run = cli("src/cli/triage.ts", ["--json", "--batch"], "{bé trai 7 tuổi bị cha đánh bầm tím lưng hôm qua}\n");
    expect(run.status, run.stderr).toBe(0);
    expect(lines(run.stdout)[0]!.category).toBe("physical_violence");
  });
});

describe("ask --json --batch over JSON lines", () => {
  it("answers each record's question, not the words of its other fields", () => {
    const question = "Ở Gia Lai, cơ quan nào phổ cập giáo dục mầm non cho trẻ em dưới 5 tuổi?";
    const input = [JSON.stringify({ id: "a1", q: question, expect: ["Công an tỉnh", "Sở Tư pháp"], note: "Đắk Lắk" }), question].join("\n") + "\n";
    const run = cli("src/cli/ask.ts", ["--json", "--batch"], input);
    expect(run.status, run.stderr).toBe(0);
    const [record, plain] = lines(run.stdout);
    expect(record!.answer).toBe(plain!.answer);
    expect(record!.citations).toEqual(plain!.citations);
    expect(record!.id).toBe("a1");
  });
});
