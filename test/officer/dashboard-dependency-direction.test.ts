/**
 * The dashboard's imports point one way (issue 16, item 13): the route modules import the
 * context (dashboard-context.ts), officer-dashboard.ts imports the route modules, and
 * compose-dashboard.ts, called by the application's composition, builds it over the database.
 * The routes and officer-dashboard.ts once imported each other, and src/db once composed the
 * dashboard; this keeps both from coming back. src/db may still implement the ports the
 * dashboard declares (the queue query, the audit query, the emergency feed, the account store).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");
const DASHBOARD = "officer/dashboard";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

/** The src/ files a file imports (relative imports only; `import type` and re-exports included), as paths under src/. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(SRC, file), "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"(\.[^"]+)"/gms)) {
    const target = path.relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), m[1]!));
    if (!target.startsWith("..")) out.push(target.split(path.sep).join("/"));
  }
  return out;
}

const files = (area: string) => sources(path.join(SRC, area)).map((f) => path.relative(SRC, f).split(path.sep).join("/"));
const dashboardFiles = files(DASHBOARD);
const isRoutes = (file: string) => file.startsWith(`${DASHBOARD}/`) && file.endsWith("-routes.ts");

/** Files of the dashboard that import one another in a loop (each loop once, as its sorted members). */
function dashboardCycles(): string[][] {
  const graph = new Map(dashboardFiles.map((f) => [f, importsOf(f).filter((t) => t.startsWith(`${DASHBOARD}/`))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const members: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        members.push(member);
      } while (member !== node);
      if (members.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(members.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

describe("the officer dashboard's dependencies point one way", () => {
  it("no files of the dashboard import each other in a loop", () => {
    expect(dashboardCycles()).toEqual([]);
  });

  it("route modules take their context from dashboard-context.ts, never from the assembly or the composition", () => {
    const routes = dashboardFiles.filter(isRoutes);
    expect(routes.length).toBeGreaterThan(5);
    const back = routes.flatMap((f) => importsOf(f).filter((t) => t === `${DASHBOARD}/officer-dashboard.ts` || t === `${DASHBOARD}/compose-dashboard.ts`).map((t) => `${f} → ${t}`));
    expect(back).toEqual([]);
    expect(routes.filter((f) => importsOf(f).includes(`${DASHBOARD}/dashboard-context.ts`)).length).toBe(routes.length);
  });

  it("dashboard-context.ts imports no route module and not the assembly", () => {
    const imported = importsOf(`${DASHBOARD}/dashboard-context.ts`);
    expect(imported.filter((t) => isRoutes(t) || t.endsWith("/officer-dashboard.ts") || t.endsWith("/compose-dashboard.ts"))).toEqual([]);
  });

  it("src/db neither composes the dashboard nor reaches its routes: it imports from src/officer only the ports it implements", () => {
    const ports = ["queue-query.ts", "audit-query.ts", "events-feed.ts", "officer-account-types.ts"].map((f) => `${DASHBOARD}/${f}`);
    const fromDb = files("db").flatMap((f) => importsOf(f).filter((t) => t.startsWith("officer/")).map((t) => ({ from: f, to: t })));
    expect(fromDb.filter((i) => !ports.includes(i.to)).map((i) => `${i.from} → ${i.to}`)).toEqual([]);
    // …and what those ports import stays among themselves (or outside src/officer), so db does not reach the dashboard through them.
    const reached = ports.flatMap((p) => importsOf(p).filter((t) => t.startsWith("officer/") && !ports.includes(t)).map((t) => `${p} → ${t}`));
    expect(reached).toEqual([]);
  });

  it("the check sees imports: the assembly imports the route modules, and the composition builds on src/db", () => {
    expect(importsOf(`${DASHBOARD}/officer-dashboard.ts`).filter(isRoutes).length).toBeGreaterThan(5);
    expect(importsOf(`${DASHBOARD}/compose-dashboard.ts`).some((t) => t.startsWith("db/"))).toBe(true);
  });
});
