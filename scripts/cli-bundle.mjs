#!/usr/bin/env node
/**
 * Runs a terminal command from one bundled ES module of its sources (`npm run triage`), so each call
 * neither starts tsx (a second Node process and a TypeScript loader) nor compiles anything: about half
 * the start-up of `tsx src/cli/triage.ts` (issue 12: the command per report stays within 2x of before).
 *
 * The bundle is built with esbuild, the way scripts/build.mjs builds `npm start`, into
 * dist/cache/cli/<command>-<digest>.mjs, beside a manifest that lists the files it was built from and a
 * digest of their contents (with package.json and this script). Every call reads those files again and
 * rebuilds when the digest differs, so an edited source is used at once, whatever its modification
 * time; a checkout never built builds on its first call (esbuild is installed with the packages, no
 * network). Only src/ is bundled; content/ is read from the repository at run time as under tsx.
 * When the bundle cannot be built or written (a read-only checkout), the sources run through tsx.
 *
 *   node scripts/cli-bundle.mjs triage [arguments of the command]
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = path.join(ROOT, "dist", "cache", "cli");
/** The commands run this way, and their entry files. */
const COMMANDS = { triage: "src/cli/triage.ts" };
const SELF = path.relative(ROOT, fileURLToPath(import.meta.url)).split(path.sep).join("/");

/** Digest of the files (paths relative to ROOT) and their contents; `known` holds contents already read. */
function digestOf(files, known = new Map()) {
  const hash = crypto.createHash("sha256");
  for (const file of [...new Set([SELF, "package.json", ...files])].sort()) {
    hash.update(`${file}\0`);
    hash.update(known.get(file) ?? fs.readFileSync(path.join(ROOT, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** The bundle of the command, when its manifest matches the files as they are now. */
function builtBundle(name) {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(OUT_DIR, `${name}.json`), "utf8"));
    if (manifest.digest !== digestOf(manifest.inputs)) return null;
    const bundle = path.join(OUT_DIR, manifest.bundle);
    return fs.existsSync(bundle) ? bundle : null;
  } catch {
    return null;
  }
}

/** Writes a file whole or not at all (another call may be reading the old one). */
function writeWhole(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

/** Bundles the command; the digest covers exactly the bytes esbuild was given. */
async function buildBundle(name) {
  const { build } = await import("esbuild");
  const read = new Map();
  const ownImportMetaUrl = {
    name: "own-import-meta-url",
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const bytes = await fs.promises.readFile(args.path);
        read.set(path.relative(ROOT, args.path).split(path.sep).join("/"), bytes);
        let source = bytes.toString("utf8");
        // Each module keeps its own source file's URL, so paths like new URL("../../content/…", import.meta.url) resolve as under tsx.
        const relative = path.relative(OUT_DIR, args.path).split(path.sep).join("/");
        if (source.includes("import.meta.url")) source = source.replaceAll("import.meta.url", `new URL(${JSON.stringify(relative)}, import.meta.url).href`);
        return { contents: source, loader: "ts" };
      });
    },
  };
  const result = await build({
    entryPoints: [path.join(ROOT, COMMANDS[name])],
    bundle: true,
    write: false,
    metafile: true,
    outdir: OUT_DIR,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    legalComments: "none",
    logLevel: "warning",
    plugins: [ownImportMetaUrl],
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => path.relative(ROOT, path.resolve(p)).split(path.sep).join("/"));
  const digest = digestOf(inputs, read);
  const bundle = `${name}-${digest.slice(0, 16)}.mjs`;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  writeWhole(path.join(OUT_DIR, bundle), result.outputFiles[0].contents);
  writeWhole(path.join(OUT_DIR, `${name}.json`), `${JSON.stringify({ digest, bundle, inputs }, null, 1)}\n`);
  removeOldBundles(name, bundle);
  return path.join(OUT_DIR, bundle);
}

/** Bundles of earlier sources, once no call can still be starting from them. */
function removeOldBundles(name, keep) {
  const HOUR = 3600 * 1000;
  for (const file of fs.readdirSync(OUT_DIR)) {
    if (!file.startsWith(`${name}-`) || file === keep) continue;
    const full = path.join(OUT_DIR, file);
    if (Date.now() - fs.statSync(full).mtimeMs > HOUR) fs.rmSync(full, { force: true });
  }
}

/** Imports the bundle (which runs the command); one removed by a newer build just now is built again. */
async function runBundle(name, bundle) {
  try {
    await import(pathToFileURL(bundle).href);
  } catch (error) {
    if (fs.existsSync(bundle)) throw error;
    await import(pathToFileURL(await buildBundle(name)).href);
  }
}

const name = process.argv[2];
if (!Object.hasOwn(COMMANDS, name ?? "")) {
  process.stderr.write(`usage: node scripts/cli-bundle.mjs ${Object.keys(COMMANDS).join("|")} [arguments]\n`);
  process.exit(2);
}
// The command reads its own arguments from process.argv.slice(2), as when run through tsx.
process.argv.splice(2, 1);
let bundle = builtBundle(name);
if (!bundle) {
  try {
    bundle = await buildBundle(name);
  } catch (error) {
    process.stderr.write(`(${name}: the bundle could not be built, running the sources through tsx: ${error instanceof Error ? error.message : String(error)})\n`);
  }
}
if (bundle) await runBundle(name, bundle);
else {
  const { tsImport } = await import("tsx/esm/api");
  await tsImport(pathToFileURL(path.join(ROOT, COMMANDS[name])).href, import.meta.url);
}
