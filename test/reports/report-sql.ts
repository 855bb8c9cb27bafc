/**
 * The report's figures computed straight in SQL, written apart from the product's code, so
 * the tests compare two independent readings of the same seeded database.
 */
import type { FieldCipher } from "../../src/core/field-cipher.ts";
import type { Database } from "../../src/db/database.ts";

export interface SqlFigures {
  total: number;
  /** dimension -> key -> count */
  by: Record<"channel" | "source" | "category" | "risk" | "age" | "sex" | "commune" | "closures", Map<string, number>>;
  /** risk (or "all") -> [cases, ackMet, ackMissed, actionMet, actionMissed, actionPending] */
  deadlines: Map<string, number[]>;
  /** risk (or "all") -> minutes to acknowledge / to the first referral */
  ackMinutes: Map<string, number[]>;
  actionMinutes: Map<string, number[]>;
  /** target -> status -> count */
  referrals: Map<string, Map<string, number>>;
}

export async function sqlFigures(database: Database, cipher: Pick<FieldCipher, "decrypt">, provinceId: string, start: Date, end: Date, asOf: Date): Promise<SqlFigures> {
  const pg = database.kind === "postgresql";
  // Values are written into the SQL as literals (checked: a province id and instants), the way each database stores them.
  if (!/^[a-z-]+$/.test(provinceId)) throw new Error("province id");
  const instant = (at: Date) => (pg ? `TIMESTAMP '${at.toISOString().replace("T", " ").replace("Z", "")}'` : `'${at.toISOString()}'`);
  const literals = [`'${provinceId}'`, instant(start), instant(end), instant(asOf)];
  const p = (i: number) => literals[i - 1]!;
  const q = (sql: string): Promise<Array<Record<string, unknown>>> => database.client.$queryRawUnsafe(sql);
  const scope = `c."provinceId" = ${p(1)} AND c."createdAt" >= ${p(2)} AND c."createdAt" < ${p(3)}`;
  const group = async (expr: string, where = "") => {
    const rows = await q(`SELECT ${expr} AS k, COUNT(*) AS n FROM "IntakeCase" c WHERE ${scope} ${where} GROUP BY ${expr}`);
    return new Map(rows.map((r) => [String(r.k), Number(r.n)]));
  };
  // The commune is stored sealed: SQL selects the column, the test opens it with the key.
  const communes = async () => {
    const out = new Map<string, number>();
    for (const r of await q(`SELECT c."commune" AS v FROM "IntakeCase" c WHERE ${scope}`)) {
      const name = r.v === null ? "unknown" : String(r.v).startsWith("v1:") ? cipher.decrypt(String(r.v)).trim() || "unknown" : String(r.v);
      out.set(name, (out.get(name) ?? 0) + 1);
    }
    return out;
  };
  const total = Number((await q(`SELECT COUNT(*) AS n FROM "IntakeCase" c WHERE ${scope}`))[0]!.n);
  const by = {
    channel: await group(`c."channel"`),
    source: await group(`COALESCE(c."reporterRelation", 'unknown')`),
    category: await group(`c."category"`),
    risk: await group(`c."risk"`),
    age: await group(`COALESCE(c."childAgeBand", 'unknown')`),
    sex: await group(`COALESCE(c."childSex", 'unknown')`),
    commune: await communes(),
    // The reason of the case's latest closing, or its final status when it was closed without one.
    closures: await group(`COALESCE((SELECT k."reason" FROM "CaseClosure" k WHERE k."caseId" = c."id" AND k."kind" = 'close' ORDER BY k."createdAt" DESC LIMIT 1), c."status")`, `AND c."status" IN ('closed', 'duplicate', 'not_actionable')`),
  };

  const firstReferral = `(SELECT MIN(r."createdAt") FROM "CaseReferral" r WHERE r."caseId" = c."id")`;
  const final = `c."status" IN ('closed', 'duplicate', 'not_actionable')`;
  const ackMissed = `(c."ackBreachedAt" IS NOT NULL OR (c."acknowledgedAt" IS NOT NULL AND c."acknowledgedAt" > c."ackDueAt") OR (c."acknowledgedAt" IS NULL AND NOT ${final} AND c."ackDueAt" < ${p(4)}))`;
  const actionMissed = `(c."actionBreachedAt" IS NOT NULL OR (fr IS NOT NULL AND fr > c."actionDueAt") OR (fr IS NULL AND c."status" IN ('new', 'triaged') AND c."actionDueAt" < ${p(4)}))`;
  const deadlineRows = await q(
    `SELECT risk, COUNT(*) AS cases,
       SUM(CASE WHEN NOT am AND "acknowledgedAt" IS NOT NULL THEN 1 ELSE 0 END) AS ack_met,
       SUM(CASE WHEN am THEN 1 ELSE 0 END) AS ack_missed,
       SUM(CASE WHEN NOT xm AND fr IS NOT NULL THEN 1 ELSE 0 END) AS action_met,
       SUM(CASE WHEN xm THEN 1 ELSE 0 END) AS action_missed,
       SUM(CASE WHEN NOT xm AND fr IS NULL AND status IN ('new', 'triaged') THEN 1 ELSE 0 END) AS action_pending
     FROM (SELECT c."risk" AS risk, c."status" AS status, c."acknowledgedAt", fr, ${ackMissed} AS am, ${actionMissed} AS xm
           FROM (SELECT c.*, ${firstReferral} AS fr FROM "IntakeCase" c WHERE ${scope}) c) t
     GROUP BY risk`,
  );
  const deadlines = new Map<string, number[]>();
  const all = [0, 0, 0, 0, 0, 0];
  for (const r of deadlineRows) {
    const values = [r.cases, r.ack_met, r.ack_missed, r.action_met, r.action_missed, r.action_pending].map(Number);
    deadlines.set(String(r.risk), values);
    values.forEach((v, i) => { all[i] = all[i]! + v; });
  }
  deadlines.set("all", all);

  const minutes = (from: string, to: string) => (pg ? `EXTRACT(EPOCH FROM (${to} - ${from})) / 60.0` : `(julianday(${to}) - julianday(${from})) * 1440.0`);
  const timed = async (column: string) => {
    const rows = await q(`SELECT c."risk" AS risk, ${minutes(`c."createdAt"`, column)} AS m FROM (SELECT c.*, ${firstReferral} AS fr FROM "IntakeCase" c WHERE ${scope}) c WHERE ${column} IS NOT NULL`);
    const out = new Map<string, number[]>([["all", []]]);
    for (const r of rows) {
      out.set(String(r.risk), [...(out.get(String(r.risk)) ?? []), Math.max(0, Number(r.m))]);
      out.get("all")!.push(Math.max(0, Number(r.m)));
    }
    return out;
  };

  const referralRows = await q(`SELECT r."target" AS target, r."status" AS status, COUNT(*) AS n FROM "CaseReferral" r JOIN "IntakeCase" c ON c."id" = r."caseId" WHERE ${scope} GROUP BY r."target", r."status"`);
  const referrals = new Map<string, Map<string, number>>();
  for (const r of referralRows) {
    const m = referrals.get(String(r.target)) ?? new Map<string, number>();
    m.set(String(r.status), Number(r.n));
    referrals.set(String(r.target), m);
  }
  return { total, by, deadlines, ackMinutes: await timed(`c."acknowledgedAt"`), actionMinutes: await timed(`c.fr`), referrals };
}

export function sqlMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
