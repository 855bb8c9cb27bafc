/**
 * The province (and holder) of a case, read without its narrative and without an audit entry, so the
 * dashboard can refuse an officer of another province (as "not found") before the audited
 * read of the case happens under that officer's name.
 */
import { caseCodeKey } from "../intake/cases/case-code.ts";
import type { Db } from "./database.ts";

export interface CaseScopeLookup {
  /** The case's province id (null when unknown), or undefined when no such case exists. */
  provinceOf(code: string): Promise<string | null | undefined>;
  /** The case's province and holder, or undefined when no such case exists. */
  placeOf(code: string): Promise<{ provinceId: string | null; assigneeId: string | null } | undefined>;
  /** The province ids of the cases among `codes` that exist (codes as stored, e.g. in the audit log), in one query. */
  provincesOf(codes: string[]): Promise<Map<string, string | null>>;
}

export function createCaseScopeLookup(db: Db): CaseScopeLookup {
  return {
    async provinceOf(code) {
      const key = caseCodeKey(code);
      if (!key) return undefined;
      const row = await db.intakeCase.findUnique({ where: { codeKey: key }, select: { provinceId: true } });
      return row ? row.provinceId : undefined;
    },
    async placeOf(code) {
      const key = caseCodeKey(code);
      if (!key) return undefined;
      const row = await db.intakeCase.findUnique({ where: { codeKey: key }, select: { provinceId: true, assigneeId: true } });
      return row ?? undefined;
    },
    async provincesOf(codes) {
      const unique = [...new Set(codes)].slice(0, 1000);
      const rows = unique.length ? await db.intakeCase.findMany({ where: { code: { in: unique } }, select: { code: true, provinceId: true } }) : [];
      return new Map(rows.map((r) => [r.code, r.provinceId]));
    },
  };
}
