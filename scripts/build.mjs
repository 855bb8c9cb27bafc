#!/usr/bin/env node
/**
 * Compiles the server for `npm start` into ES modules in dist/ (dist/main.mjs, run by `npm start`
 * after `prestart` built it), so the running process neither loads tsx nor keeps its
 * translations: about 40 MB less resident and a faster start (issue 15). Only src/ is bundled
 * (with the generated Prisma clients); every package of node_modules stays an import (native
 * modules, WebAssembly and the files packages read beside themselves keep working), and
 * content/, prisma/ and prompts/ are read from the repository at run time as before. What the
 * sources load on demand (`await import(...)`: the DOCX writers, the PostgreSQL client, …) goes
 * into chunks of its own beside main.mjs, loaded only when first needed.
 *
 * Modules that find files next to themselves (`new URL("../../content/…", import.meta.url)`,
 * createRequire(import.meta.url)) get their own source file's URL, computed from the bundle's
 * location, so every path resolves as it does under tsx and the checkout can move.
 *
 * Rebuilds only when a source file is newer than the bundle; `--force` always rebuilds.
 * Tests and the other commands (npm run ask, case, …) still run the sources through tsx.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ENTRY = path.join(ROOT, "src", "main.ts");
const OUT_DIR = path.join(ROOT, "dist");
const OUT = path.join(OUT_DIR, "main.mjs");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function upToDate() {
  if (process.argv.includes("--force") || !fs.existsSync(OUT)) return false;
  const built = fs.statSync(OUT).mtimeMs;
  const inputs = [newestSource(path.join(ROOT, "src")), fs.statSync(path.join(ROOT, "package.json")).mtimeMs, fs.statSync(fileURLToPath(import.meta.url)).mtimeMs];
  return inputs.every((t) => t < built);
}

/**
 * The generated Prisma clients load the query compiler as a base64 string in an ES module,
 * which stays in memory twice (the module's source and its export, 8 MB) for the life of the
 * process. In the build the module is decoded once into a .wasm file beside the bundle, and
 * the client compiles it from there. Generated code that does not look as expected is left as it is.
 */
const BASE64_WASM = /const \{ wasm \} = await import\("(@prisma\/client\/runtime\/(query_compiler_\w+_bg\.\w+))\.wasm-base64\.mjs"\)\s*\n\s*return await decodeBase64AsWasm\(wasm\)/;

async function wasmBesideBundle(source) {
  const found = BASE64_WASM.exec(source);
  if (!found) return source;
  const { wasm } = await import(`${found[1]}.wasm-base64.mjs`);
  const file = `${found[2]}.wasm`;
  await fs.promises.writeFile(path.join(OUT_DIR, file), Buffer.from(wasm, "base64"));
  const load = `const { readFileSync } = await import("node:fs");\n    return new WebAssembly.Module(readFileSync(new URL(${JSON.stringify(`./${file}`)}, import.meta.url)))`;
  return source.replace(found[0], load);
}

/** Gives each module of src/ its own URL for import.meta.url, relative to the bundle. */
const ownImportMetaUrl = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      let source = await fs.promises.readFile(args.path, "utf8");
      if (source.includes("import.meta.url")) {
        const relative = path.relative(OUT_DIR, args.path).split(path.sep).join("/");
        source = source.replaceAll("import.meta.url", `new URL(${JSON.stringify(relative)}, import.meta.url).href`);
      }
      if (args.path.includes(`${path.sep}generated${path.sep}`)) source = await wasmBesideBundle(source);
      return { contents: source, loader: "ts" };
    });
  },
};

if (upToDate()) {
  process.exit(0);
}
const began = performance.now();
// dist/ is not emptied first: an instance already running from it may still load its chunks
// (the DOCX writers, the PostgreSQL client) after this build; chunk names carry a content hash,
// so the new build never overwrites an old chunk. Chunks untouched for a week are removed.
fs.mkdirSync(OUT_DIR, { recursive: true });
const WEEK = 7 * 24 * 3600 * 1000;
for (const name of fs.readdirSync(OUT_DIR)) {
  const full = path.join(OUT_DIR, name);
  // dist/cache holds what other commands build for themselves (npm run triage) and clean up.
  if (name !== "main.mjs" && name !== "cache" && Date.now() - fs.statSync(full).mtimeMs > WEEK) fs.rmSync(full, { recursive: true, force: true });
}
await build({
  entryPoints: [ENTRY],
  outdir: OUT_DIR,
  outExtension: { ".js": ".mjs" },
  entryNames: "[name]",
  // Chunks beside main.mjs: the import.meta.url rewrite below counts paths from this folder.
  chunkNames: "[name]-[hash]",
  splitting: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  sourcesContent: false,
  legalComments: "none",
  logLevel: "warning",
  plugins: [ownImportMetaUrl],
});
console.log(`built ${path.relative(ROOT, OUT)} in ${((performance.now() - began) / 1000).toFixed(1)} s`);
