import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(join(tmpdir(), "ask-data-"));
const run = (script: string, args: string[], input = "") =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, input, encoding: "utf8", timeout: 60_000, env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir } });
const ask = (args: string[], input = "") => run("src/cli/ask.ts", args, input);

describe("ask CLI", () => {
  it("prints one JSON answer object for a question", () => {
    const run = ask(["--json", "Khuyến nghị số 71 về phòng chống buôn bán người do cơ quan nào chủ trì?"]);
    expect(run.status).toBe(0);
    const a = JSON.parse(run.stdout) as { found: boolean; agencies: Array<{ name: string; role: string }>; citations: unknown[] };
    expect(a.found).toBe(true);
    expect(a.agencies[0]).toEqual({ name: "Công an tỉnh", role: "lead" });
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it("answers a batch one JSON line per question, in order, and survives an empty line", () => {
    const input = ["Ai phụ trách bảo vệ trẻ em ở tỉnh Cà Mau?", "", "Khuyến nghị số 78 do cơ quan nào chủ trì?"].join("\n") + "\n";
    const run = ask(["--json", "--batch"], input);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { found: boolean; answer: string });
    expect(lines.map((l) => l.found)).toEqual([false, false, true]);
    expect(lines[1]!.answer).toContain("111");
  });

  it("shows a person the answer followed by numbered citations", () => {
    const run = ask(["Ở Gia Lai, cơ quan nào phổ cập giáo dục mầm non cho trẻ em dưới 5 tuổi?"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Sở Giáo dục và Đào tạo/);
    expect(run.stdout).toMatch(/Nguồn trích dẫn:\n\[1\] 2509\/KH-UBND \(Gia Lai\)/);
  });

  it("answers from a plan an administrator added with npm run ingest, citing it", () => {
    const question = "Ở Kon Tum, cơ quan nào chủ trì chương trình phòng ngừa xâm hại trẻ em trong trường học?";
    expect((JSON.parse(ask(["--json", question]).stdout) as { found: boolean }).found).toBe(false);
    expect(run("src/cli/ingest.ts", ["test/fixtures/plans/kon-tum-812.txt"]).status).toBe(0);
    const a = JSON.parse(ask(["--json", question]).stdout) as { found: boolean; agencies: Array<{ name: string; role: string }>; citations: Array<{ document: string }> };
    expect(a.found).toBe(true);
    expect(a.agencies[0]).toMatchObject({ role: "lead" });
    expect(a.agencies[0]!.name).toMatch(/Giáo dục/);
    expect(a.citations.map((c) => c.document)).toContain("812/KH-UBND");
  });
});
