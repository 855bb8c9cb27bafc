import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { migrationNames, schemaDir } from "../../src/db/migrator.ts";

const models = (kind: "sqlite" | "postgresql") => {
  const text = fs.readFileSync(`${schemaDir(kind)}/schema.prisma`, "utf8");
  return text.slice(text.indexOf("\n/// ") >= 0 ? text.search(/^(\/\/\/.*\n)*(model|enum) /m) : 0).trim();
};

describe("the two Prisma schemas", () => {
  it("hold identical models", () => {
    expect(models("postgresql")).toBe(models("sqlite"));
    expect(models("sqlite")).toMatch(/model PlanDocument/);
  });

  it("have the same migrations, each with its SQL and a snapshot of the schema it produced", () => {
    expect(migrationNames("postgresql")).toEqual(migrationNames("sqlite"));
    expect(migrationNames("sqlite").length).toBeGreaterThan(0);
    for (const kind of ["sqlite", "postgresql"] as const) {
      const snapshot = fs.readFileSync(`${schemaDir(kind)}/migrations/schema.snapshot`, "utf8");
      expect(snapshot, `prisma/${kind}/schema.prisma changed without npm run db:new-migration`).toBe(fs.readFileSync(`${schemaDir(kind)}/schema.prisma`, "utf8"));
    }
  });
});
