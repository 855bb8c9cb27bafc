/**
 * The flood guard and the batched officer alert over the real case queue (SQLite, and
 * PostgreSQL when TEST_DATABASE_URL is set): past a source's limits a report is stored in
 * full, marked with the source's group and announced in one batch; the counts fail open; a
 * marked case repeats no alert of its own; chats without a source are never marked.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createCaseRepository } from "../../../src/db/case-repository.ts";
import { openDatabase, type Database } from "../../../src/db/database.ts";
import { createCaseIntakeService } from "../../../src/intake/cases/case-intake-service.ts";
import { createCaseQueueService } from "../../../src/intake/cases/case-queue-service.ts";
import type { FloodBatchAlert, NewCaseAlert } from "../../../src/intake/cases/case-types.ts";
import { createFloodAlertBatcher } from "../../../src/intake/cases/flood-alert-batcher.ts";
import { createChatSources, createFloodGuard, createMemoryWindowCounter, type ChatSources } from "../../../src/intake/cases/flood-guard.ts";
import { testDatabases, type TestDatabase } from "../../support/test-databases.ts";
import { draft, testCipher } from "./case-test-support.ts";

const SOURCE = "src-0123456789abcdef0123";

describe("window counter and chat sources", () => {
  it("counts hits in a window that opens on the first hit and ends after it", async () => {
    const clock = { now: new Date("2026-12-03T08:00:00Z") };
    const counter = createMemoryWindowCounter(() => clock.now);
    expect([await counter.hit("a", 60_000), await counter.hit("a", 60_000), await counter.hit("b", 60_000)]).toEqual([1, 2, 1]);
    clock.now = new Date(clock.now.getTime() + 60_000);
    expect(await counter.hit("a", 60_000)).toBe(1);
  });

  it("forgets the least recently tagged chat beyond its capacity", () => {
    const sources = createChatSources(2);
    sources.tag("web", "s1", "src-1");
    sources.tag("web", "s2", "src-2");
    sources.tag("web", "s3", "src-3");
    expect([sources.sourceOf("web", "s1"), sources.sourceOf("web", "s3"), sources.sourceOf("telegram", "s3")]).toEqual([null, "src-3", null]);
  });

  it("fails open: a counter that throws marks nothing, and says so", async () => {
    const errors: unknown[] = [];
    const sources = createChatSources();
    sources.tag("web", "s1", SOURCE);
    const guard = createFloodGuard({ sources, counter: { hit: async () => { throw new Error("redis down"); } }, onError: (e) => errors.push(e) });
    expect(await guard.check({ channel: "web", chatId: "s1" }, "emergency")).toBeNull();
    expect(errors).toHaveLength(1);
  });
});

describe("batched flood alerts", () => {
  it("gathers a source's cases for the window and sends one alert with the counts and codes", async () => {
    const sent: FloodBatchAlert[] = [];
    const batcher = createFloodAlertBatcher({ windowMs: 60_000, send: async (b) => void sent.push(b) });
    const at = new Date("2026-12-03T08:00:00Z");
    batcher.add({ code: "TE-AAAAAA", risk: "emergency", floodGroup: SOURCE }, at);
    batcher.add({ code: "TE-BBBBBB", risk: "high", floodGroup: SOURCE }, new Date(at.getTime() + 90_000));
    batcher.add({ code: "TE-CCCCCC", risk: "emergency", floodGroup: "src-other" }, at);
    expect(sent).toHaveLength(0);
    await batcher.flush();
    expect(sent).toEqual([
      { group: SOURCE, count: 2, emergencies: 1, codes: ["TE-AAAAAA", "TE-BBBBBB"], firstAt: at, lastAt: new Date(at.getTime() + 90_000) },
      { group: "src-other", count: 1, emergencies: 1, codes: ["TE-CCCCCC"], firstAt: at, lastAt: at },
    ]);
  });

  it("sends a batch by itself when its window closes", async () => {
    const sent: FloodBatchAlert[] = [];
    const batcher = createFloodAlertBatcher({ windowMs: 50, send: async (b) => void sent.push(b) });
    batcher.add({ code: "TE-AAAAAA", risk: "emergency", floodGroup: SOURCE }, new Date());
    await new Promise((r) => setTimeout(r, 200));
    expect(sent.map((b) => b.count)).toEqual([1]);
  });
});

describe.each(testDatabases)("suspected floods in the case queue on $name", (factory) => {
  let target: TestDatabase;
  let database: Database;
  afterEach(async () => {
    await database.close();
    await target.drop();
  });

  const open = async () => {
    target = await factory.create();
    database = await openDatabase(target.config);
    await database.migrate();
    const clock = { now: new Date("2026-12-03T08:00:00Z") };
    const store = createCaseRepository(database.client, testCipher);
    const sources: ChatSources = createChatSources();
    const alerts: NewCaseAlert[] = [];
    const batches: FloodBatchAlert[] = [];
    const floodAlerts = createFloodAlertBatcher({ windowMs: 600_000, send: async (b) => void batches.push(b) });
    const flood = createFloodGuard({ sources, counter: createMemoryWindowCounter(() => clock.now), limits: { reportsPerDay: 4, dangerReportsPerHour: 2 } });
    const intake = createCaseIntakeService({ store, clock: () => clock.now, alerter: { alert: async (a) => void alerts.push(a) }, flood, floodAlerts });
    const queue = createCaseQueueService({ store, clock: () => clock.now });
    return { clock, sources, alerts, batches, floodAlerts, intake, queue };
  };

  it("past the danger limit an emergency is stored and marked, announced in one batch, and repeats no alert of its own", async () => {
    const h = await open();
    for (let i = 0; i < 5; i += 1) {
      const chatId = `web-session-${i}`;
      h.sources.tag("web", chatId, SOURCE);
      await h.intake.alertEmergencyDraft(draft({ channel: "web", chatId, dangerNow: "yes" }), { risk: "emergency", category: "physical_violence", redFlags: [] });
    }
    const cases = await h.queue.list("can-bo", {});
    expect(cases).toHaveLength(5);
    expect(cases.filter((c) => c.floodGroup === SOURCE)).toHaveLength(3);
    expect(h.alerts).toHaveLength(2);
    await h.floodAlerts.flush();
    expect(h.batches).toMatchObject([{ group: SOURCE, count: 3, emergencies: 3 }]);

    // A quarter of an hour later: the two announced ones repeat; the marked ones breach their acknowledgement deadline, as a group.
    h.clock.now = new Date(h.clock.now.getTime() + 16 * 60_000);
    const escalations = await h.queue.escalateOverdue(h.clock.now);
    expect(escalations.filter((a) => a.kind === "emergency_repeat" && a.floodGroup)).toHaveLength(0);
    expect(escalations.filter((a) => a.floodGroup === SOURCE).map((a) => a.kind)).toEqual(["ack_overdue", "ack_overdue", "ack_overdue"]);
  });

  it("past the daily report limit a report of any risk is marked; a chat without a source never is", async () => {
    const h = await open();
    const codes: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const chatId = `web-daily-${i}`;
      h.sources.tag("web", chatId, SOURCE);
      codes.push((await h.intake.submit(draft({ channel: "web", chatId }))).caseCode);
    }
    for (let i = 0; i < 6; i += 1) await h.intake.submit(draft({ channel: "telegram", chatId: `tg-${i}` }));
    const cases = await h.queue.list("can-bo", {});
    expect(cases).toHaveLength(12);
    expect(cases.filter((c) => c.floodGroup).map((c) => c.code).sort()).toEqual(codes.slice(4).sort());
    expect(h.alerts).toHaveLength(10);
  });
});
