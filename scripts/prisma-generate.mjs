#!/usr/bin/env node
// Generates the Prisma clients for both databases without network access: `prisma generate`
// only needs PRISMA_SCHEMA_ENGINE_BINARY to name an existing file (the schema engine binary
// itself is never run here; migrations use @prisma/schema-engine-wasm, see src/db/schema-engine.ts).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
for (const provider of ["sqlite", "postgresql"]) {
  execFileSync(process.execPath, [cli, "generate", "--schema", `prisma/${provider}/schema.prisma`], { stdio: ["ignore", "ignore", "inherit"], env });
}
console.log("Prisma clients generated (sqlite, postgresql)");
