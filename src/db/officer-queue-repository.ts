/**
 * The officers' queue as one database query: the officer's provinces, the filters, the
 * search and the order of urgency are all in the SQL, so the page shows exactly the cases in
 * scope whatever happens elsewhere. Ordering needs the case's next deadline (acknowledgement
 * first, then the first action), a CASE expression Prisma's query builder cannot sort by, so
 * the ids are chosen with SQL that SQLite and PostgreSQL both run, then the rows are read with
 * Prisma. Dates are bound as ISO strings on SQLite, where Prisma stores them as ISO text.
 */
import type { FieldCipher } from "../core/field-cipher.ts";
import { foldWords } from "../core/vietnamese-text.ts";
import { CASE_CODE_ALPHABET } from "../intake/case-intake-port.ts";
import { CASE_CODE_PREFIX, caseCodeKey } from "../intake/cases/case-code.ts";
import { FINAL_STATUSES, type CaseSummary } from "../intake/cases/case-types.ts";
import { QUEUE_PAGE_SIZE, type QueueQuery, type QueueSource, type QueueTab, type SearchKinds } from "../officer/dashboard/queue-query.ts";
import type { EmergencySource } from "../officer/dashboard/events-feed.ts";
import { phoneHash, phoneOfQuery, placeToken } from "./case-search-keys.ts";
import { rowToSummary } from "./case-repository.ts";
import type { Database } from "./database.ts";
import { Prisma, type IntakeCase } from "./generated/sqlite/client.ts";

type Sql = Prisma.Sql;
const { sql, join, raw, empty } = Prisma;

const FINAL_LIST = join([...FINAL_STATUSES]);
/** The deadline a case works towards now, as the queue page shows it (null: none, or closed). */
const NEXT_DUE = raw(`CASE WHEN "status" IN ('closed','duplicate','not_actionable') THEN NULL WHEN "acknowledgedAt" IS NULL THEN "ackDueAt" WHEN "status" IN ('new','triaged') THEN "actionDueAt" ELSE NULL END`);
/** Real emergencies pinned on top, then breached and due soonest, cases without a deadline next, a suspected flood last. */
const URGENCY = raw(`CASE WHEN "floodGroup" IS NOT NULL THEN 1 ELSE 0 END, CASE WHEN "risk" = 'emergency' AND "status" NOT IN ('closed','duplicate','not_actionable') THEN 0 ELSE 1 END, CASE WHEN (${NEXT_DUE.text}) IS NULL THEN 1 ELSE 0 END, (${NEXT_DUE.text}) ASC, "riskRank" DESC, "createdAt" ASC, "code" ASC`);
const SEARCH_MAX_WORDS = 6;

/** The queue source for the dashboard over an open database; `cipher` hashes a searched phone number as stored. */
export function createOfficerQueueRepository(database: Pick<Database, "client" | "kind">, cipher: Pick<FieldCipher, "lookupHash" | "decrypt">): QueueSource & EmergencySource {
  const db = database.client;
  const at = (date: Date): Sql => (database.kind === "sqlite" ? sql`${date.toISOString()}` : sql`${date}`);

  /** Overdue: past the case's own deadline, or an open case with a follow-up task past its due time. */
  const overdue = (now: Date): Sql =>
    sql`((${NEXT_DUE}) <= ${at(now)} OR ("status" NOT IN (${FINAL_LIST}) AND "id" IN (SELECT "caseId" FROM "CaseTask" WHERE "completedAt" IS NULL AND "dueAt" <= ${at(now)})))`;

  const where = (query: QueueQuery, search: Search | null, without: { assignee?: boolean; deadline?: boolean } = {}): Sql => {
    const f = query.filters;
    const parts: Sql[] = [];
    // The officer's provinces, and the cases of no known province (every officer's; see maySee).
    if (query.provinces !== "all") parts.push(query.provinces.length ? sql`("provinceId" IN (${join([...query.provinces])}) OR "provinceId" IS NULL)` : sql`"provinceId" IS NULL`);
    if (f.province) parts.push(sql`"provinceId" = ${f.province}`);
    const status = f.status ?? (search ? "all" : "open");
    if (status === "open") parts.push(sql`"status" NOT IN (${FINAL_LIST})`);
    else if (status !== "all") parts.push(sql`"status" = ${status}`);
    if (f.risk) parts.push(sql`"risk" = ${f.risk}`);
    if (f.category) parts.push(sql`"category" = ${f.category}`);
    if (!without.assignee && f.assignee) parts.push(assigneeIs(f.assignee, query.officer));
    if (!without.deadline && f.deadline === "overdue") parts.push(overdue(query.now));
    if (!without.deadline && f.deadline === "soon") parts.push(sql`(${NEXT_DUE}) <= ${at(new Date(query.now.getTime() + 3_600_000))}`);
    if (search) parts.push(searchCondition(search));
    return parts.length ? sql`WHERE ${join(parts, " AND ")}` : empty;
  };

  const orderedIds = async (query: QueueQuery, search: Search | null, limit: number, offset: number): Promise<string[]> => {
    const rows = await db.$queryRaw<Array<{ id: string }>>(sql`SELECT "id" FROM "IntakeCase" ${where(query, search)} ORDER BY ${URGENCY} LIMIT ${limit} OFFSET ${offset}`);
    return rows.map((r) => r.id);
  };

  const summaries = async (ids: string[]): Promise<CaseSummary[]> => {
    const rows = ids.length ? await db.intakeCase.findMany({ where: { id: { in: ids } } }) : [];
    const byId = new Map(rows.map((r) => [r.id, rowToSummary(r, cipher)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };

  const tabCounts = async (query: QueueQuery, search: Search | null): Promise<{ total: number; tabs: Record<QueueTab, number> }> => {
    const base = where(query, search, { assignee: true, deadline: true });
    const [row] = await db.$queryRaw<Array<Record<string, unknown>>>(sql`SELECT COUNT(*) AS "all",
      SUM(CASE WHEN "assigneeId" = ${query.officer} THEN 1 ELSE 0 END) AS "mine",
      SUM(CASE WHEN "assigneeId" IS NULL THEN 1 ELSE 0 END) AS "unclaimed",
      SUM(CASE WHEN ${overdue(query.now)} THEN 1 ELSE 0 END) AS "overdue"
      FROM "IntakeCase" ${base}`);
    const n = (k: string) => Number(row?.[k] ?? 0);
    const tabs = { all: n("all"), mine: n("mine"), unclaimed: n("unclaimed"), overdue: n("overdue") };
    const filtered = query.filters.assignee || query.filters.deadline;
    const total = filtered ? await countWhere(query, search) : tabs.all;
    return { total, tabs };
  };

  const countWhere = async (query: QueueQuery, search: Search | null): Promise<number> => {
    const [row] = await db.$queryRaw<Array<{ n: unknown }>>(sql`SELECT COUNT(*) AS "n" FROM "IntakeCase" ${where(query, search)}`);
    return Number(row?.n ?? 0);
  };

  return {
    async page(query) {
      const size = query.pageSize ?? QUEUE_PAGE_SIZE;
      const search = searchOf(query.filters.q, cipher);
      const { total, tabs } = await tabCounts(query, search);
      const pages = Math.max(1, Math.ceil(total / size));
      const page = Math.min(query.filters.page ?? 1, pages);
      const cases = await summaries(await orderedIds(query, search, size, (page - 1) * size));
      return { cases, total, page, pages, tabs, search: publicKinds(search) };
    },
    async exportRows(query, limit, withNarrative) {
      const ids = await orderedIds(query, searchOf(query.filters.q, cipher), limit, 0);
      const rows = new Map<string, IntakeCase>();
      // In chunks: a database limits how many parameters one statement may bind.
      for (let i = 0; i < ids.length; i += 500) for (const row of await db.intakeCase.findMany({ where: { id: { in: ids.slice(i, i + 500) } } })) rows.set(row.id, row);
      return ids.flatMap((id) => {
        const row = rows.get(id);
        if (!row) return [];
        const narrative = withNarrative ? { narrative: JSON.parse(cipher.decrypt(row.narrativeEncrypted)) as string } : {};
        return [{ ...rowToSummary(row, cipher), channel: row.channel, closedAt: row.closedAt, ...narrative }];
      });
    },
    async emergenciesSince(since) {
      const rows = await db.intakeCase.findMany({
        where: { risk: "emergency", status: { notIn: [...FINAL_STATUSES] }, floodGroup: null, OR: [{ createdAt: { gte: since } }, { updatedAt: { gte: since } }] },
        select: { code: true, provinceId: true, provinceName: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }],
        take: 200,
      });
      return rows.map((r) => ({ code: r.code, provinceId: r.provinceId, provinceName: r.provinceName, at: r.createdAt }));
    },
    async record(entry) {
      await db.caseAudit.create({ data: { officer: entry.officer, action: entry.action, caseCode: entry.caseCode, detail: entry.detail, at: entry.at } });
    },
  };
}

function assigneeIs(assignee: string, officer: string): Sql {
  if (assignee === "none") return sql`"assigneeId" IS NULL`;
  return sql`"assigneeId" = ${assignee === "me" ? officer : assignee}`;
}

/** A typed search as the query runs it: the public kinds and the phone number's keyed hash (never the number). */
type Search = SearchKinds & { phoneHashValue: string | null; placeTokens: string[] };

/** What a typed search can be: a case code, a phone number, words of the commune or province (any that apply). */
function searchOf(q: string | undefined, cipher: Pick<FieldCipher, "lookupHash">): Search | null {
  if (!q) return null;
  const phone = phoneOfQuery(q);
  const code = caseCodeKey(q);
  // A phone number is never matched as place words too (its digits would end up in the audit log), nor is what can
  // only be a case code (no place is named "te 7k3m9q", and the words would turn an index lookup into a scan).
  const placeWords = phone || (code && surelyCode(q, code)) ? [] : foldWords(q).filter((w) => w.length >= 2).slice(0, SEARCH_MAX_WORDS);
  return { code, phone: phone !== null, placeWords, phoneHashValue: phone ? phoneHash(cipher, phone) : null, placeTokens: placeWords.map((w) => placeToken(cipher, w)) };
}

/** A typed code with a digit or the "TE" prefix, in the codes' alphabet: "ia grai" reads as a code key too, but is a place. */
function surelyCode(typed: string, key: string): boolean {
  const body = key.slice(CASE_CODE_PREFIX.length);
  return [...body].every((c) => CASE_CODE_ALPHABET.includes(c)) && (/\d/.test(body) || /^\s*te\b|^\s*te-/i.test(typed));
}

function publicKinds(search: Search | null): SearchKinds | null {
  return search ? { code: search.code, phone: search.phone, placeWords: search.placeWords } : null;
}

function searchCondition(search: Search): Sql {
  const options: Sql[] = [];
  if (search.code) options.push(sql`"codeKey" = ${search.code}`);
  if (search.phoneHashValue) options.push(sql`"phoneHash" = ${search.phoneHashValue}`);
  // Each word as the start of a word of the place: "ea" finds "xã Ea Súp", "sup" finds it too.
  // (placeKey holds keyed hashes of the place's words and their beginnings, never the words.)
  if (search.placeTokens.length) options.push(sql`(${join(search.placeTokens.map((w) => sql`"placeKey" LIKE ${`% ${w} %`}`), " AND ")})`);
  return options.length ? sql`(${join(options, " OR ")})` : sql`1 = 0`;
}
