/**
 * A case queue on a fresh real database (SQLite, and PostgreSQL when TEST_DATABASE_URL is
 * set), with a clock the test moves and an alerter that records what officers were told.
 */
import { createFieldCipher } from "../../../src/core/field-cipher.ts";
import { openDatabase, type Database } from "../../../src/db/database.ts";
import { createCaseRepository } from "../../../src/db/case-repository.ts";
import type { ReportDraft } from "../../../src/intake/case-intake-port.ts";
import { createCaseIntakeService } from "../../../src/intake/cases/case-intake-service.ts";
import { createCaseQueueService } from "../../../src/intake/cases/case-queue-service.ts";
import { createRegistryProvinceLookup } from "../../../src/intake/cases/case-province.ts";
import type { NewCaseAlert } from "../../../src/intake/cases/case-types.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import type { TestDatabase, TestDatabaseFactory } from "../../support/test-databases.ts";

export const testCipher = createFieldCipher(Buffer.alloc(32, 7));
const registry = loadRegistry();

export interface QueueHarness {
  target: TestDatabase;
  database: Database;
  intake: ReturnType<typeof createCaseIntakeService>;
  queue: ReturnType<typeof createCaseQueueService>;
  alerts: NewCaseAlert[];
  clock: { now: Date; advanceMinutes(m: number): void };
  /** Reopens the same database (a restart) and rebuilds the services on it. */
  reopen(): Promise<void>;
  close(): Promise<void>;
}

export async function openQueue(factory: TestDatabaseFactory): Promise<QueueHarness> {
  const target = await factory.create();
  const clock = { now: new Date("2026-11-23T08:00:00Z"), advanceMinutes(m: number) { this.now = new Date(this.now.getTime() + m * 60_000); } };
  const alerts: NewCaseAlert[] = [];
  const harness = { target, alerts, clock } as QueueHarness;
  const build = async () => {
    harness.database = await openDatabase(target.config);
    const store = createCaseRepository(harness.database.client, testCipher);
    const deps = { store, clock: () => clock.now };
    harness.intake = createCaseIntakeService({ ...deps, provinces: createRegistryProvinceLookup(registry), alerter: { alert: async (a) => void alerts.push(a) } });
    harness.queue = createCaseQueueService(deps);
  };
  await build();
  await harness.database.migrate();
  harness.reopen = async () => {
    await harness.database.close();
    await build();
  };
  harness.close = async () => {
    await harness.database.close();
    await target.drop();
  };
  return harness;
}

let counter = 0;

/** A complete draft as the reporter flow hands it over; override what the test is about. */
export function draft(overrides: Partial<ReportDraft> = {}): ReportDraft {
  counter += 1;
  return {
    draftId: `draft-${counter}-${Math.random().toString(36).slice(2, 8)}`, channel: "telegram", chatId: "chat-1", userId: "user-1", language: "vi", status: "in_progress",
    dangerNow: "no", narrative: "Hàng xóm thường xuyên chửi mắng và bỏ đói bé gái nhà bên.", childAgeBand: "6_11", childAgeText: null, childSex: "female",
    provinceId: null, provinceName: null, locationText: "Phú Yên", commune: "xã Hòa Xuân", when: "tuần trước", withPersonNow: "unknown",
    reporterRelation: "neighbour", reporterRelationText: null, anonymous: false, contact: "0912 345 678", consentToContact: true, attachments: [], extraNotes: [],
    startedAt: "2026-11-23T07:55:00Z", updatedAt: "2026-11-23T07:59:00Z", ...overrides,
  };
}
