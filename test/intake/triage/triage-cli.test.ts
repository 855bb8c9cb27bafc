import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function runCli(args: string[], input?: string) {
  const result = spawnSync("npx", ["tsx", "src/cli/triage.ts", ...args], { cwd: root, input, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("triage CLI", () => {
  it("prints one JSON object with --json", () => {
    const { status, stdout } = runCli(["--json", "Bố đang đánh em bằng gậy"]);
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as { risk: string; category: string; redFlags: string[]; reasons: string[] };
    expect(parsed).toMatchObject({ risk: "emergency", category: "physical_violence" });
    expect(parsed.reasons.length).toBeGreaterThan(0);
  });

  it("prints one JSON line per input line in order with --batch, empty lines included", () => {
    const { status, stdout } = runCli(["--json", "--batch"], "Xin chào\n\nem muốn tự tử\n");
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l) as { risk: string; category: string });
    expect(lines.map((l) => l.risk)).toEqual(["low", "low", "emergency"]);
    expect(lines[1]?.category).toBe("other");
  });

  it("prints a Vietnamese summary without --json", () => {
    const { status, stdout } = runCli(["Bé 3 tuổi ở nhà một mình đang sốt cao"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Mức rủi ro: KHẨN CẤP");
    expect(stdout).toContain("113");
  });
});
