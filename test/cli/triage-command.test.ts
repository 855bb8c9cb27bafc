/**
 * `npm run triage` runs a bundle of the triage sources, built when they change (DESIGN "Phân loại tin
 * báo"): what it prints must be what the sources print, on a checkout that was never built, and right
 * after a source or the model file is edited.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

interface Run { status: number | null; stdout: string; stderr: string }

function npmTriage(cwd: string, args: string[], input?: string): Run {
  const run = spawnSync("npm", ["run", "--silent", "triage", "--", ...args], { cwd, input, encoding: "utf8", timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function sourcesTriage(args: string[], input?: string): Run {
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/triage.ts"), ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A checkout with the sources, scripts and triage data but no build and no cache; node_modules is shared. */
const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function freshCheckout(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bvte-triage-cmd-"));
  made.push(dir);
  fs.cpSync(path.join(ROOT, "src"), path.join(dir, "src"), { recursive: true, filter: (from) => !from.includes(`${path.sep}generated`) });
  fs.cpSync(path.join(ROOT, "scripts"), path.join(dir, "scripts"), { recursive: true });
  fs.mkdirSync(path.join(dir, "content", "triage"), { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, "content", "triage")).filter((f) => f.endsWith(".json"))) fs.copyFileSync(path.join(ROOT, "content", "triage", f), path.join(dir, "content", "triage", f));
  fs.copyFileSync(path.join(ROOT, "package.json"), path.join(dir, "package.json"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

// Reports written for this test.
const REPORT = "Hàng xóm tôi có bé gái 6 tuổi, tối nào mẹ nó cũng nhốt ngoài hiên, hôm qua trời mưa bé ngồi run cả đêm";
const BATCH = "chị ơi em bị bạn cùng lớp chụp lén rồi đăng lên nhóm chat\n\r\nMy brother's kid told me his coach hits the boys with a belt when they lose\n";

describe("npm run triage", () => {
  it.each([
    ["one report as JSON", ["--json", REPORT], undefined],
    ["one report as a summary", [REPORT], undefined],
    ["a batch as JSON lines, an empty line kept", ["--json", "--batch"], BATCH],
    ["a batch as summaries", ["--batch"], BATCH],
    ["no report at all", [], ""],
  ] as const)("prints what the sources print for %s", (_name, args, input) => {
    expect(npmTriage(ROOT, [...args], input)).toEqual(sourcesTriage([...args], input));
  });

  it("works on a checkout never built, and uses an edited source or a retrained model at once", () => {
    const dir = freshCheckout();
    const first = npmTriage(dir, ["--json", REPORT]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe(sourcesTriage(["--json", REPORT]).stdout);

    const cli = path.join(dir, "src", "cli", "triage.ts");
    fs.writeFileSync(cli, fs.readFileSync(cli, "utf8").replace("Cách dùng (usage)", "Cách dùng mới (usage)"));
    expect(npmTriage(dir, ["--help"]).stdout).toMatch(/^Cách dùng mới \(usage\)/);

    // A model whose risk head says "low" to everything, whatever the words.
    const modelFile = path.join(dir, "content", "triage", "model.json");
    const model = JSON.parse(fs.readFileSync(modelFile, "utf8")) as { heads: { risk: { classes: string[]; bias: number[] } } };
    model.heads.risk.bias = model.heads.risk.classes.map((c) => (c === "low" ? 1000 : -1000));
    fs.writeFileSync(modelFile, JSON.stringify(model));
    const after = JSON.parse(npmTriage(dir, ["--json", REPORT]).stdout) as { reasonsEn: string[] };
    expect(after.reasonsEn.some((r) => r.startsWith("Trained classifier") && r.includes("low (100%)"))).toBe(true);
  }, 300_000);
});
