/**
 * The audit log as the supervisors' page reads it: filters and the supervisor's provinces in
 * the query (entries about a case of another province never leave the database; entries about
 * no case, such as exports and searches, to supervisors whose provinces the officer who acted
 * shares, and to supervisors of every province; about a case since deleted, only to those), newest first,
 * one page at a time. Ids are chosen with SQL both databases run, rows read with Prisma.
 */
import type { AuditEntry } from "../intake/cases/case-types.ts";
import { storedCaseCode, vietnamDay, type AuditQuery, type AuditSource } from "../officer/dashboard/audit-query.ts";
import type { Database } from "./database.ts";
import { Prisma } from "./generated/sqlite/client.ts";

const { sql, join, empty } = Prisma;

export function createAuditLogRepository(database: Pick<Database, "client" | "kind">): AuditSource {
  const db = database.client;
  const at = (date: Date) => (database.kind === "sqlite" ? sql`${date.toISOString()}` : sql`${date}`);

  /**
   * Who acts within a province scope, for entries about no case (exports, searches, sign-ins):
   * the accounts whose provinces meet the scope. Accounts of every province are left out, since
   * what they exported may be any province's.
   */
  const actorsWithin = async (provinces: readonly string[]): Promise<string[]> => {
    const accounts = await db.officerAccount.findMany({ select: { username: true, provincesJson: true } });
    return accounts.filter((a) => {
      const theirs = parseProvinces(a.provincesJson);
      return !theirs.includes("*") && theirs.some((p) => provinces.includes(p));
    }).map((a) => a.username);
  };

  const where = (query: AuditQuery, actors: string[]) => {
    const f = query.filters;
    const parts: Prisma.Sql[] = [];
    if (query.provinces !== "all") {
      const inScope = query.provinces.length ? sql`SELECT "code" FROM "IntakeCase" WHERE "provinceId" IN (${join([...query.provinces])}) OR "provinceId" IS NULL` : sql`SELECT "code" FROM "IntakeCase" WHERE "provinceId" IS NULL`;
      parts.push(actors.length ? sql`("caseCode" IN (${inScope}) OR ("caseCode" IS NULL AND "officer" IN (${join(actors)})))` : sql`"caseCode" IN (${inScope})`);
    }
    if (f.officer) parts.push(sql`"officer" = ${f.officer}`);
    if (f.caseCode) parts.push(sql`"caseCode" = ${storedCaseCode(f.caseCode)}`);
    if (f.action) parts.push(sql`"action" = ${f.action}`);
    if (f.from) parts.push(sql`"at" >= ${at(vietnamDay(f.from).start)}`);
    if (f.to) parts.push(sql`"at" < ${at(vietnamDay(f.to).end)}`);
    return parts.length ? sql`WHERE ${join(parts, " AND ")}` : empty;
  };

  return {
    async entries(query) {
      const actors = query.provinces === "all" ? [] : await actorsWithin(query.provinces);
      const ids = await db.$queryRaw<Array<{ id: string }>>(sql`SELECT "id" FROM "CaseAudit" ${where(query, actors)} ORDER BY "at" DESC, "id" DESC LIMIT ${query.limit} OFFSET ${query.offset}`);
      const [count] = await db.$queryRaw<Array<{ n: unknown }>>(sql`SELECT COUNT(*) AS "n" FROM "CaseAudit" ${where(query, actors)}`);
      const rows = ids.length ? await db.caseAudit.findMany({ where: { id: { in: ids.map((r) => r.id) } } }) : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      const entries = ids.flatMap(({ id }): AuditEntry[] => {
        const r = byId.get(id);
        return r ? [{ officer: r.officer, action: r.action, caseCode: r.caseCode, detail: r.detail, at: r.at }] : [];
      });
      return { entries, total: Number(count?.n ?? 0) };
    },
    async actions() {
      return (await db.caseAudit.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } })).map((r) => r.action);
    },
  };
}

function parseProvinces(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === "string") : [];
  } catch {
    return [];
  }
}
