/**
 * `npx tsx scripts/seed-cases.ts [--count 5000] [--seed 1] [--from 2026-01-01] [--to 2026-11-30]`
 * (or `npm run seed:cases -- ...`): writes a few thousand realistic, invented cases into the
 * configured database (SQLite or PostgreSQL), for trying the periodic report and for its tests.
 * The same seed gives the same cases. Nothing here is a real report: narratives are one fixed
 * placeholder, encrypted like any other; codes start "TE-S" so they are recognisable.
 *
 * Shapes follow what the product sees: more Zalo than Telegram, families and neighbours
 * reporting most, a few emergencies, many communes with few cases each (so small cells occur),
 * acknowledgements and referrals mostly in time with a tail of breaches, some cases still open.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { FieldCipher } from "../src/core/field-cipher.ts";
import type { Db } from "../src/db/database.ts";
import { deadlinesFor } from "../src/intake/cases/case-deadlines.ts";
import type { TriageRisk } from "../src/intake/triage/triage-types.ts";

export interface SeedCase {
  id: string;
  code: string;
  provinceId: string;
  provinceName: string;
  channel: string;
  reporterRelation: string | null;
  category: string;
  risk: TriageRisk;
  childAgeBand: string | null;
  childSex: string | null;
  commune: string | null;
  status: string;
  createdAt: Date;
  ackDueAt: Date;
  actionDueAt: Date;
  acknowledgedAt: Date | null;
  ackBreachedAt: Date | null;
  actionBreachedAt: Date | null;
  closedAt: Date | null;
  /** The reason an officer gave when closing (casework); null for a case closed before reasons were recorded. */
  closureReason: string | null;
  referrals: Array<{ target: string; status: string; createdAt: Date }>;
}

export interface SeedOptions {
  count: number;
  seed: number;
  /** Calendar days in Vietnam time. */
  from: string;
  to: string;
  /** Deadlines not yet due at this time stay open. */
  now: Date;
}

type Weighted<T> = ReadonlyArray<readonly [T, number]>;

const PROVINCES: Weighted<readonly [string, string]> = [
  [["gia-lai", "Gia Lai"], 35], [["dak-lak", "Đắk Lắk"], 25], [["thua-thien-hue", "Huế"], 20], [["tay-ninh", "Tây Ninh"], 10], [["ha-noi", "Hà Nội"], 10],
];
const COMMUNES: Record<string, string[]> = {
  "gia-lai": ["Phường Pleiku", "Phường Diên Hồng", "Phường Quy Nhơn", "Xã Ia Grai", "Xã Chư Păh", "Xã Đak Đoa", "Xã Kbang", "Xã Chư Sê", "Xã Ia Pa", "Phường An Nhơn", "Xã Hoài Ân", "Xã Krông Pa", "Xã Ia Hrú"],
  "dak-lak": ["Phường Buôn Ma Thuột", "Phường Tân An", "Xã Ea Kar", "Xã Krông Búk", "Xã Cư M'gar", "Phường Tuy Hòa", "Xã Ea Súp", "Xã Lắk", "Xã Buôn Đôn", "Xã M'Drắk"],
  "thua-thien-hue": ["Phường Thuận Hóa", "Phường Phú Xuân", "Phường Hương Thủy", "Xã Phú Vang", "Xã A Lưới", "Xã Phong Điền", "Xã Quảng Điền", "Xã Nam Đông"],
  "tay-ninh": ["Phường Tân Ninh", "Xã Dương Minh Châu", "Xã Gò Dầu", "Xã Trảng Bàng", "Phường Long An"],
  "ha-noi": ["Phường Hoàn Kiếm", "Phường Ba Đình", "Xã Sóc Sơn", "Phường Hà Đông", "Xã Ba Vì"],
};
const CHANNELS: Weighted<string> = [["zalo", 45], ["web", 30], ["telegram", 25]];
const RELATIONS: Weighted<string | null> = [["family", 30], ["neighbour", 25], ["self", 15], ["teacher", 10], ["other", 10], [null, 10]];
const CATEGORIES: Weighted<string> = [
  ["physical_violence", 25], ["neglect_abandonment", 18], ["sexual_abuse", 12], ["emotional_abuse", 12], ["bullying", 8], ["online_abuse", 6],
  ["labour_exploitation", 5], ["child_marriage", 4], ["self_harm", 3], ["trafficking_abduction", 2], ["other", 5],
];
const RISKS: Weighted<TriageRisk> = [["emergency", 8], ["high", 22], ["medium", 40], ["low", 30]];
const AGES: Weighted<string | null> = [["under_6", 15], ["6_11", 30], ["12_15", 32], ["16_17", 13], ["unknown", 5], [null, 5]];
const SEXES: Weighted<string | null> = [["female", 52], ["male", 38], ["unknown", 5], [null, 5]];
const TARGET_BY_CATEGORY: Record<string, string[]> = {
  sexual_abuse: ["police", "hotline_111", "health"], trafficking_abduction: ["police", "hotline_111"], physical_violence: ["commune_committee", "police", "hotline_111"],
  bullying: ["education", "commune_committee"], online_abuse: ["police", "hotline_111"], child_marriage: ["commune_committee", "provincial_department"],
  labour_exploitation: ["provincial_department", "commune_committee"], self_harm: ["health", "hotline_111"], neglect_abandonment: ["commune_committee", "hotline_111"],
  emotional_abuse: ["commune_committee", "hotline_111"], other: ["commune_committee"],
};
/** Why a resolved case was closed; null: closed before the dashboard asked for a reason. */
const CLOSE_REASONS: Weighted<string | null> = [["resolved", 50], ["referred_accepted", 25], ["unreachable", 8], ["moved_province", 4], [null, 13]];
const REFERRAL_OUTCOMES: Weighted<string> = [["completed", 45], ["accepted", 20], ["acknowledged", 12], ["sent", 13], ["declined", 6], ["draft", 4]];
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const MINUTE = 60_000;

/** mulberry32: a small seeded generator, so the same seed writes the same cases. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(rand: () => number, items: Weighted<T>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** A Zipf-like pick: the first communes of a province get most cases, the last very few. */
function zipf<T>(rand: () => number, items: readonly T[]): T {
  return pick(rand, items.map((item, i) => [item, 1 / (i + 1) ** 2] as const));
}

/** Minutes drawn around `typical`, with a long tail: most acts are quick, some are very late. */
function delay(rand: () => number, typical: number): number {
  return Math.max(1, Math.round(typical * Math.exp((rand() + rand() + rand() - 1.5) * 1.6)));
}

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS;
const plus = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MINUTE);

/** The invented cases, oldest first. */
export function generateCases(options: SeedOptions): SeedCase[] {
  const rand = random(options.seed);
  const start = dayStart(options.from);
  const end = dayStart(options.to) + 86_400_000;
  const out: SeedCase[] = [];
  const codes = new Set<string>();
  for (let i = 0; i < options.count; i += 1) {
    const [provinceId, provinceName] = pick(rand, PROVINCES);
    const risk = pick(rand, RISKS);
    const category = pick(rand, CATEGORIES);
    const createdAt = new Date(start + Math.floor(rand() * (end - start)));
    const due = deadlinesFor(risk, createdAt);
    let code: string;
    do {
      code = `TE-S${Array.from({ length: 5 }, () => CODE_ALPHABET[Math.floor(rand() * CODE_ALPHABET.length)]).join("")}`;
    } while (codes.has(code));
    codes.add(code);
    const c: SeedCase = {
      id: `seed${options.seed}-${i}`, code, provinceId, provinceName, risk, category, createdAt, ackDueAt: due.ackDueAt, actionDueAt: due.actionDueAt,
      channel: pick(rand, CHANNELS), reporterRelation: pick(rand, RELATIONS), childAgeBand: pick(rand, AGES), childSex: pick(rand, SEXES),
      commune: rand() < 0.15 ? null : zipf(rand, COMMUNES[provinceId]!),
      status: "new", acknowledgedAt: null, ackBreachedAt: null, actionBreachedAt: null, closedAt: null, closureReason: null, referrals: [],
    };
    live(c, rand, options.now);
    out.push(c);
  }
  return out.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.code.localeCompare(b.code));
}

/** What happened to a case by `now`: acknowledged (or not), referred, closed; breaches marked as the escalation timer would. */
function live(c: SeedCase, rand: () => number, now: Date): void {
  const ackWindow = (c.ackDueAt.getTime() - c.createdAt.getTime()) / MINUTE;
  const actionWindow = (c.actionDueAt.getTime() - c.createdAt.getTime()) / MINUTE;
  const ackAt = plus(c.createdAt, delay(rand, ackWindow * 0.35));
  if (rand() < 0.04 || ackAt > now) {
    // Never acknowledged (yet).
    if (c.ackDueAt < now) c.ackBreachedAt = plus(c.ackDueAt, 1);
    if (c.actionDueAt < now) c.actionBreachedAt = plus(c.actionDueAt, 1);
    return;
  }
  c.acknowledgedAt = ackAt;
  c.status = "triaged";
  if (ackAt > c.ackDueAt) c.ackBreachedAt = plus(c.ackDueAt, 1);
  const end = rand();
  if (end < 0.05 && ackAt < now) return closeAs(c, "duplicate", plus(ackAt, 30), now, "duplicate");
  if (end < 0.1) return closeAs(c, "not_actionable", plus(ackAt, delay(rand, 600)), now, "no_concern");
  const referAt = plus(c.createdAt, delay(rand, actionWindow * 0.4));
  if (rand() < 0.12 || referAt > now) {
    if (c.actionDueAt < now) c.actionBreachedAt = plus(c.actionDueAt, 1);
    return;
  }
  const at = referAt < ackAt ? plus(ackAt, 1) : referAt;
  if (at > c.actionDueAt) c.actionBreachedAt = plus(c.actionDueAt, 1);
  const targets = TARGET_BY_CATEGORY[c.category] ?? ["commune_committee"];
  const howMany = rand() < 0.3 ? 2 : 1;
  for (let k = 0; k < howMany; k += 1) c.referrals.push({ target: targets[(k + Math.floor(rand() * targets.length)) % targets.length]!, status: pick(rand, REFERRAL_OUTCOMES), createdAt: plus(at, k * 90) });
  c.status = rand() < 0.5 ? "referred" : "in_progress";
  if (rand() < 0.55) closeAs(c, "closed", plus(at, delay(rand, 7 * 24 * 60)), now, pick(rand, CLOSE_REASONS));
}

function closeAs(c: SeedCase, status: string, at: Date, now: Date, reason: string | null): void {
  if (at > now) return;
  c.status = status;
  c.closedAt = at;
  c.closureReason = reason;
}

/** Writes the cases and their referrals; narratives are one encrypted placeholder. */
export async function seedCases(db: Db, cipher: FieldCipher, cases: readonly SeedCase[]): Promise<void> {
  const placeholder = cipher.encrypt("(dữ liệu mẫu, không phải tin báo thật — sample data, not a real report)");
  const details = cipher.encrypt(JSON.stringify({ language: "vi", dangerNow: null, when: null, withPersonNow: null, childAgeText: null, locationText: null, reporterRelationText: null, extraNotes: [] }));
  const attachments = cipher.encrypt("[]");
  const closingNote = cipher.encrypt("(dữ liệu mẫu — sample)");
  for (let i = 0; i < cases.length; i += 500) {
    const batch = cases.slice(i, i + 500);
    await db.intakeCase.createMany({
      data: batch.map((c) => ({
        id: c.id, code: c.code, codeKey: c.code.replace("-", ""), draftId: `${c.id}-draft`, status: c.status, risk: c.risk, riskRank: ["low", "medium", "high", "emergency"].indexOf(c.risk),
        category: c.category, redFlagsJson: "[]", reasonsJson: "[]", provinceId: c.provinceId, provinceName: c.provinceName, commune: c.commune === null ? null : cipher.encrypt(c.commune),
        childAgeBand: c.childAgeBand, childSex: c.childSex, reporterRelation: c.reporterRelation, anonymous: c.reporterRelation === null, consentToContact: null,
        channel: c.channel, chatId: `seed-${c.id}`, narrativeEncrypted: placeholder, contactEncrypted: null, detailsEncrypted: details, attachmentsEncrypted: attachments,
        assigneeId: c.acknowledgedAt ? "seed-officer" : null, claimedAt: c.acknowledgedAt, acknowledgedAt: c.acknowledgedAt, submittedAt: c.createdAt,
        ackDueAt: c.ackDueAt, actionDueAt: c.actionDueAt, ackBreachedAt: c.ackBreachedAt, actionBreachedAt: c.actionBreachedAt, closedAt: c.closedAt,
        createdAt: c.createdAt, updatedAt: c.closedAt ?? c.acknowledgedAt ?? c.createdAt,
      })),
    });
    const referrals = batch.flatMap((c) => c.referrals.map((r, k) => ({
      id: `${c.id}-r${k}`, caseId: c.id, target: r.target, method: "phone", status: r.status, createdBy: "seed-officer",
      sentAt: r.status === "draft" ? null : r.createdAt, createdAt: r.createdAt, updatedAt: r.createdAt,
    })));
    if (referrals.length > 0) await db.caseReferral.createMany({ data: referrals });
    const closures = batch.filter((c) => c.closedAt && c.closureReason).map((c) => ({
      id: `${c.id}-c`, caseId: c.id, kind: "close", reason: c.closureReason, noteEncrypted: closingNote, fromStatus: c.referrals.length ? "in_progress" : "triaged",
      toStatus: c.status, officer: "seed-officer", createdAt: c.closedAt!,
    }));
    if (closures.length > 0) await db.caseClosure.createMany({ data: closures });
  }
}

const USAGE = "Cách dùng (usage): npm run seed:cases -- [--count 5000] [--seed 1] [--from 2026-01-01] [--to 2026-11-30]: ghi các vụ việc giả lập (không có thật) vào cơ sở dữ liệu đang cấu hình để thử báo cáo định kỳ (writes invented cases into the configured database to try the periodic report)";

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { values } = parseArgs({ args: argv, strict: true, options: { count: { type: "string" }, seed: { type: "string" }, from: { type: "string" }, to: { type: "string" } } });
  const count = Number(values.count ?? 5000);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error("--count, --seed: số nguyên dương (positive whole numbers)");
    return 2;
  }
  const { loadConfig } = await import("../src/config.ts");
  const { openCaseServicesForCli } = await import("../src/db/case-services.ts");
  const { createFieldCipher, resolveEncryptionKey } = await import("../src/core/field-cipher.ts");
  const config = loadConfig();
  const { database } = await openCaseServicesForCli(config);
  try {
    const cipher = createFieldCipher(resolveEncryptionKey({ configuredKey: config.encryptionKey, dataDir: config.dataDir }).key);
    const cases = generateCases({ count, seed, from: values.from ?? "2026-01-01", to: values.to ?? "2026-11-30", now: new Date() });
    const started = performance.now();
    await seedCases(database.client, cipher, cases);
    console.log(`Đã ghi ${cases.length} vụ việc giả lập vào ${database.describe()} trong ${Math.round(performance.now() - started)} ms (wrote ${cases.length} invented cases)`);
    return 0;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message.split("\n")[0] : String(error));
      process.exitCode = 1;
    },
  );
}
