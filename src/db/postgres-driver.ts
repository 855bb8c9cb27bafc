/**
 * The PostgreSQL driver (pg and Prisma's adapter over it), loaded when DATABASE_URL names
 * PostgreSQL: an instance on SQLite never loads it (issue 15, memory at start).
 */
import type PgModule from "pg";
import type { PrismaPg } from "@prisma/adapter-pg";

export interface PostgresDriver {
  pg: typeof PgModule;
  PrismaPg: typeof PrismaPg;
}

let loading: Promise<PostgresDriver> | undefined;

export function loadPostgresDriver(): Promise<PostgresDriver> {
  loading ??= Promise.all([import("pg"), import("@prisma/adapter-pg")]).then(([pg, adapter]) => ({ pg: pg.default, PrismaPg: adapter.PrismaPg }));
  return loading;
}
