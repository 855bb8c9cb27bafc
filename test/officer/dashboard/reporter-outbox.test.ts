/**
 * Messages to reporters go through the outbox (issue 16, item 5): stored with the case in one
 * transaction, delivered by whichever worker leases them (a restart loses nothing), retried
 * with backoff after a failure, and given up at once when retrying is pointless (an ended web
 * session), each state reported back to the case. SQLite and PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { createCaseServices } from "../../../src/db/case-services.ts";
import { parseCaseSettings } from "../../../src/intake/cases/case-settings.ts";
import { REPORTER_TARGET, type ReporterMessagePayload } from "../../../src/intake/cases/casework-service.ts";
import type { DeliveryFailure } from "../../../src/intake/cases/outbox-worker.ts";
import type { OutboxItem } from "../../../src/intake/cases/outbox-types.ts";
import { draft, testCipher } from "../../intake/cases/case-test-support.ts";
import { testDatabases, useMigratedDatabase } from "../../support/test-databases.ts";

describe.each(testDatabases)("the reporter outbox on $name", (factory) => {
  const db = useMigratedDatabase(factory);

  const setup = async () => {
    const database = await db.open();
    const clock = { now: new Date("2026-12-03T03:00:00Z") };
    const services = createCaseServices(database, { cipher: testCipher, settings: parseCaseSettings({}), clock: () => clock.now });
    const { caseCode } = await services.intake.submit(draft({ channel: "telegram", chatId: "4242" }));
    const shown = await services.queue.show("test", caseCode);
    if (!shown.ok) throw new Error("no case");
    const caseId = shown.value.case.id;
    const states = async (on = services) => (await on.casework.messages(caseId)).map((m) => [m.status, m.lastError]);
    const worker = (deliver: (item: OutboxItem) => Promise<DeliveryFailure | null>) => services.outboxWorker(`w-${Math.random()}`, { deliverers: { [REPORTER_TARGET]: deliver } });
    return { services, clock, code: caseCode, states, worker };
  };

  it("keeps a message through a failed attempt, retries it after the backoff, and reports delivery to the case", async () => {
    const { services, clock, code, states, worker } = await setup();
    expect(await services.casework.writeToReporter("an", code, "Cán bộ đã nhận tin của bạn.")).toEqual({ ok: true });
    const seen: ReporterMessagePayload[] = [];
    let down = true;
    const w = worker(async (item) => {
      seen.push(item.payload as ReporterMessagePayload);
      return down ? { error: "telegram: HttpError" } : null;
    });
    expect(await w.runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect(await states()).toEqual([["pending", "telegram: HttpError"]]);
    expect(await w.runOnce()).toEqual({ delivered: 0, failed: 0 }); // not due again yet
    down = false;
    clock.now = new Date(clock.now.getTime() + 31_000);
    expect(await w.runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(await states()).toEqual([["delivered", null]]);
    expect(seen.map((p) => [p.code, p.channel, p.chatId, p.text])).toEqual([[code, "telegram", "4242", "Cán bộ đã nhận tin của bạn."], [code, "telegram", "4242", "Cán bộ đã nhận tin của bạn."]]);
  });

  it("is delivered by another worker after a restart, and stops at once when the session has ended", async () => {
    const { services, code, states } = await setup();
    await services.casework.writeToReporter("an", code, "Hiện giờ trẻ có an toàn không?");
    // The instance that took the message stopped before delivering: a new one delivers it.
    const reopened = await db.reopen();
    const after = createCaseServices(reopened, { cipher: testCipher, settings: parseCaseSettings({}) });
    expect(await after.outboxWorker("w-new", { deliverers: { [REPORTER_TARGET]: async () => null } }).runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(await states(after)).toEqual([["delivered", null]]);

    await after.casework.writeToReporter("an", code, "Xin bạn cho biết thêm về nơi ở");
    const ended = () => after.outboxWorker(`w-end-${Math.random()}`, { deliverers: { [REPORTER_TARGET]: async () => ({ error: "web chat session ended", final: true }) } });
    expect(await ended().runOnce()).toEqual({ delivered: 0, failed: 1 });
    expect((await states(after))[1]).toEqual(["failed", "web chat session ended"]);
    expect(await ended().runOnce()).toEqual({ delivered: 0, failed: 0 });
  });
});
