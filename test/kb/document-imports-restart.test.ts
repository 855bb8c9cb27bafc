/**
 * An uploaded plan waiting for its review survives a restart of the server: the file is kept
 * in the pending folder (under DATA_DIR) until it is published or discarded, and the next run
 * reads it again under the same id, so the review link still works.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDocumentImports, type ImportSink } from "../../src/kb/ingest/document-imports.ts";
import { listPlanFiles } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import type { ParsedPlan } from "../../src/kb/types.ts";
import { renderPlanDocx } from "./support/plan-renderings.ts";

const registry = loadRegistry();
const planText = fs.readFileSync(listPlanFiles().find((f) => path.basename(f).startsWith("001_"))!, "utf8");
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function sink(): ImportSink & { published: ParsedPlan[]; steps: string[] } {
  const published: ParsedPlan[] = [];
  const steps: string[] = [];
  return {
    published, steps,
    async publish(plan) {
      published.push(plan);
      return { documentNumber: plan.documentNumber, version: 2, status: "new-version" } as never;
    },
    async audit(_officer, action) {
      steps.push(action);
    },
  };
}

describe("uploads waiting for review across a restart", () => {
  it("an upload read before the restart is read again after it, under the same id, and published from there", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bvte-pending-"));
    dirs.push(dir);
    const docx = await renderPlanDocx(planText);
    const first = createDocumentImports({ sink: sink(), registry: () => registry, pendingDir: dir });
    const job = await first.start(docx, "ke-hoach.docx", "admin");
    await first.idle();
    expect(first.get(job.id)?.state).toBe("ready");
    const assignments = first.get(job.id)!.result!.plan.assignments.length;
    expect(assignments).toBeGreaterThan(0);

    // The server stops before anyone reviews it, and starts again.
    const after = sink();
    const second = createDocumentImports({ sink: after, registry: () => registry, pendingDir: dir });
    expect(second.get(job.id)).toMatchObject({ fileName: "ke-hoach.docx", officer: "admin", kind: "docx" });
    await second.idle();
    expect(second.get(job.id)?.state).toBe("ready");
    expect(second.get(job.id)!.result!.plan.assignments).toHaveLength(assignments);

    await second.publish(job.id, new Map(), "admin");
    expect(after.published).toHaveLength(1);
    // Published: nothing is left to read again on the next start.
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(createDocumentImports({ sink: sink(), registry: () => registry, pendingDir: dir }).get(job.id)).toBeUndefined();
  });

  it("a discarded upload and one that could not be read are not kept", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bvte-pending-"));
    dirs.push(dir);
    const imports = createDocumentImports({ sink: sink(), registry: () => registry, pendingDir: dir });
    const job = await imports.start(await renderPlanDocx(planText), "ke-hoach.docx", "admin");
    const broken = await imports.start(new TextEncoder().encode("%PDF-1.4\nkhông phải PDF"), "hong.pdf", "admin");
    await imports.idle();
    expect(imports.get(broken.id)?.state).toBe("failed");
    expect(fs.readdirSync(dir).sort()).toEqual([`${job.id}.bin`, `${job.id}.json`].sort());
    await imports.discard(job.id, "admin");
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
