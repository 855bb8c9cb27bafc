/**
 * The order and counts of the queue query on SQLite and PostgreSQL: real emergencies pinned,
 * then breached cases, then the nearest deadline, cases with no deadline after them and a
 * suspected flood last; the tabs count under the same scope; closed cases only when asked.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { createCaseServices, type CaseServices } from "../../../src/db/case-services.ts";
import type { Database } from "../../../src/db/database.ts";
import { createRegistryProvinceLookup } from "../../../src/intake/cases/case-province.ts";
import { parseCaseSettings } from "../../../src/intake/cases/case-settings.ts";
import { riskRank, type TriageRisk } from "../../../src/intake/triage/triage-types.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import type { QueueFilters } from "../../../src/officer/dashboard/queue-query.ts";
import { draft, testCipher } from "../../intake/cases/case-test-support.ts";
import { testDatabases, useMigratedDatabase } from "../../support/test-databases.ts";

const NOW = new Date("2026-12-03T08:00:00Z");
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000);
const registry = loadRegistry();

describe.each(testDatabases)("the queue query on $name", (factory) => {
  const store = useMigratedDatabase(factory);
  let database: Database;
  let services: CaseServices;
  beforeEach(async () => {
    database = await store.open();
    services = createCaseServices(database, { cipher: testCipher, settings: parseCaseSettings({}), provinces: createRegistryProvinceLookup(registry), clock: () => NOW });
  });

  /** A Đắk Lắk case shaped by hand: its risk, its next deadline, whether it is acknowledged, its status, a flood mark. */
  const shaped = async (risk: TriageRisk, ackDueInMinutes: number, more: { acknowledged?: boolean; status?: string; flood?: string; assignee?: string } = {}) => {
    const code = (await services.intake.submit(draft({ locationText: "Phú Yên" }))).caseCode;
    await database.client.intakeCase.update({
      where: { code },
      data: {
        risk, riskRank: riskRank(risk), ackDueAt: minutes(ackDueInMinutes), actionDueAt: minutes(ackDueInMinutes + 600), status: more.status ?? "new",
        acknowledgedAt: more.acknowledged ? minutes(-5) : null, floodGroup: more.flood ?? null, assigneeId: more.assignee ?? null,
      },
    });
    return code;
  };
  const page = (filters: QueueFilters = {}, provinces: readonly string[] | "all" = ["dak-lak"]) => services.officerQueue.page({ officer: "an", provinces, filters, now: NOW });

  it("orders real emergencies first, then breached, then the nearest deadline, then no deadline, a flood last", async () => {
    const medium = await shaped("medium", 600);
    const flood = await shaped("emergency", 5, { flood: "src-abc" });
    const noDeadline = await shaped("high", -999, { acknowledged: true, status: "in_progress" });
    const emergency = await shaped("emergency", 10);
    const breached = await shaped("low", -60);
    const high = await shaped("high", 90);
    const result = await page();
    expect(result.cases.map((c) => c.code)).toEqual([emergency, breached, high, medium, noDeadline, flood]);
    expect(result.tabs).toEqual({ all: 6, mine: 0, unclaimed: 6, overdue: 1 });
    expect((await page({ deadline: "overdue" })).cases.map((c) => c.code)).toEqual([breached]);
  });

  it("keeps other provinces out of the page and the counts, and lets an officer of every province see them", async () => {
    const ours = await shaped("medium", 600);
    const hanoi = (await services.intake.submit(draft({ locationText: "Hà Nội" }))).caseCode;
    expect((await page()).cases.map((c) => c.code)).toEqual([ours]);
    expect((await page({}, ["ha-noi"])).cases.map((c) => c.code)).toEqual([hanoi]);
    expect((await page({}, [])).total).toBe(0);
    expect((await page({}, "all")).total).toBe(2);
  });

  it("counts the tabs under the other filters, and pages by the page size", async () => {
    const mine = await shaped("medium", 600, { assignee: "an" });
    await shaped("medium", 300, { assignee: "dung" });
    await shaped("low", 900);
    await shaped("medium", 100, { status: "closed" });
    expect((await page({ assignee: "me" })).cases.map((c) => c.code)).toEqual([mine]);
    expect((await page({ risk: "medium" })).tabs).toEqual({ all: 2, mine: 1, unclaimed: 0, overdue: 0 });
    expect((await page({ status: "all" })).total).toBe(4);
    const paged = await services.officerQueue.page({ officer: "an", provinces: ["dak-lak"], filters: { page: 2 }, now: NOW, pageSize: 2 });
    expect(paged).toMatchObject({ total: 3, page: 2, pages: 2 });
    expect(paged.cases).toHaveLength(1);
  });
});
