import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPlanRepository } from "../../src/db/plan-repository.ts";
import { ingestIntoStore, loadPlanLibrary } from "../../src/kb/plan-library.ts";
import { listPlanFiles } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { testDatabases, tempDir, useMigratedDatabase } from "../support/test-databases.ts";

const registry = loadRegistry();

describe.each(testDatabases)("stored plans on $name", (factory) => {
  const database = useMigratedDatabase(factory);
  const open = async () => {
    const db = await database.open();
    return createPlanRepository(db.client);
  };

  it("the shipped plans are stored once: a second start changes nothing", async () => {
    const store = await open();
    const first = await loadPlanLibrary(store, registry);
    expect(first.shipped.outcomes.map((o) => o.outcome.status)).toEqual(Array(5).fill("created"));
    expect(first.plans.map((p) => p.documentNumber)).toContain("2041/QĐ-UBND");
    const second = await loadPlanLibrary(store, registry);
    expect(second.shipped.outcomes.map((o) => o.outcome.status)).toEqual(Array(5).fill("unchanged"));
    expect(second.plans).toEqual(first.plans);
  });

  it("an edited plan file becomes version 2 and the answers use it; the original text restores version 1", async () => {
    const store = await open();
    await loadPlanLibrary(store, registry);
    const original = listPlanFiles().find((f) => f.includes("003_"))!;
    const edited = path.join(tempDir(), path.basename(original));
    const originalText = fs.readFileSync(original, "utf8");
    fs.writeFileSync(edited, originalText.replace("20/11", "30/11"));

    const [changed] = (await ingestIntoStore(store, registry, [edited])).outcomes;
    expect(changed!.outcome).toMatchObject({ status: "new_version", version: 2 });
    const current = (await store.currentPlans()).find((p) => p.documentNumber === changed!.outcome.documentNumber)!;
    expect(current.text).toContain("30/11");
    expect(current.reportingDuties.some((d) => d.quote.includes("30/11"))).toBe(true);

    const [back] = (await ingestIntoStore(store, registry, [original])).outcomes;
    expect(back!.outcome).toMatchObject({ status: "restored", version: 1 });
    expect((await store.versions(changed!.outcome.documentNumber)).map((v) => [v.version, v.current])).toEqual([[1, true], [2, false]]);
  });

  it("stored facts come back exactly as parsed, quotes still verbatim in the stored text", async () => {
    const store = await open();
    const { plans } = await loadPlanLibrary(store, registry);
    for (const plan of plans) for (const a of plan.assignments) expect(plan.text.includes(a.quote)).toBe(true);
  });
});
