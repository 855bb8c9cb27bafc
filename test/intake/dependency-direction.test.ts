/**
 * Dependencies point one way: channels/ → conversation/ → intake/ → core/ (README, "Từ tin nhắn
 * đến vụ việc"). The report flow once imported the conversation and the conversation the report
 * flow; this keeps it from coming back.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

/** The src/ folders a file imports from (relative imports only; `import type` included). */
function importedAreas(file: string): Array<{ area: string; line: string }> {
  const text = fs.readFileSync(file, "utf8");
  const out: Array<{ area: string; line: string }> = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"(\.[^"]+)"/gms)) {
    const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!));
    if (!target.startsWith("..")) out.push({ area: target.split(path.sep)[0]!, line: `${path.relative(SRC, file)} → ${m[1]}` });
  }
  return out;
}

function violations(area: string, forbidden: string[]): string[] {
  return sources(path.join(SRC, area)).flatMap((f) => importedAreas(f).filter((i) => forbidden.includes(i.area)).map((i) => i.line));
}

describe("dependencies point one way", () => {
  it("intake/ (the report flow and the case queue) imports neither conversation/ nor channels/", () => {
    expect(violations("intake", ["conversation", "channels"])).toEqual([]);
  });
  it("core/ imports none of the layers above it", () => {
    expect(violations("core", ["conversation", "channels", "intake"])).toEqual([]);
  });
  it("conversation/ does not import channels/", () => {
    expect(violations("conversation", ["channels"])).toEqual([]);
  });
  it("the check sees imports: conversation/ does use intake/", () => {
    expect(violations("conversation", ["intake"]).length).toBeGreaterThan(0);
  });
});
