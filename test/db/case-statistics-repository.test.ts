import { describe, expect, it } from "vitest";
import { createCaseServices } from "../../src/db/case-services.ts";
import { createCaseStatisticsRepository } from "../../src/db/case-statistics-repository.ts";
import { createRegistryProvinceLookup } from "../../src/intake/cases/case-province.ts";
import { parseCaseSettings } from "../../src/intake/cases/case-settings.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { draft, testCipher } from "../intake/cases/case-test-support.ts";
import { testDatabases, useMigratedDatabase } from "../support/test-databases.ts";

const registry = loadRegistry();

describe.each(testDatabases)("case facts for the reports on $name", (factory) => {
  const database = useMigratedDatabase(factory);

  async function opened() {
    const db = await database.open();
    const clock = { now: new Date("2026-11-23T08:00:00Z") };
    const services = createCaseServices(db, { cipher: testCipher, settings: parseCaseSettings({}), provinces: createRegistryProvinceLookup(registry), clock: () => clock.now });
    const advance = (m: number) => { clock.now = new Date(clock.now.getTime() + m * 60_000); };
    // Entries no service writes on a real case today, but the log may hold: a system write, and a write that found no case under this code.
    const strayAudit = (code: string, officer: string, detail: string | null) => db.client.caseAudit.create({ data: { officer, action: "note", caseCode: code, detail, at: clock.now } });
    return { services, facts: createCaseStatisticsRepository(db.client), clock, advance, strayAudit };
  }

  it("gives each case its first officer write and first referral, ignoring reads, the system and writes that found no case", async () => {
    const { services, facts, clock, advance, strayAudit } = await opened();
    const start = clock.now;
    const { caseCode: acted } = await services.intake.submit(draft({ locationText: "Phú Yên" }));
    advance(1);
    const { caseCode: untouched } = await services.intake.submit(draft({ locationText: "Hà Nội" }));
    advance(4);
    await services.queue.show("an", acted);
    await services.queue.list("an");
    await services.queue.escalateOverdue();
    await strayAudit(acted, "system", null);
    await strayAudit(acted, "an", "not_found");
    advance(5);
    const claimedAt = clock.now;
    await services.queue.claim("an", acted);
    advance(10);
    const referredAt = clock.now;
    await services.referrals.refer("an", acted, { target: "police", method: "phone" });
    advance(5);
    await services.referrals.refer("an", acted, { target: "hotline_111", method: "phone" });
    await services.queue.note("an", "TE-ZZZZZZ", "không có hồ sơ này");

    const rows = await facts.caseFacts(start);
    expect(rows.map((r) => r.code)).toEqual([acted, untouched]);
    expect(rows[0]).toMatchObject({ provinceId: "dak-lak", status: "referred", assigneeId: "an", acknowledgedAt: claimedAt, firstActionAt: claimedAt, firstReferralAt: referredAt, createdAt: start });
    expect(rows[1]).toMatchObject({ provinceId: "ha-noi", status: "new", firstActionAt: null, firstReferralAt: null, acknowledgedAt: null });
    expect(await facts.caseFacts(clock.now)).toEqual([]);
  });

  it("counts an emergency draft the reporter never confirmed, with its breaches", async () => {
    const { services, facts, clock, advance } = await opened();
    const start = clock.now;
    await services.intake.alertEmergencyDraft(draft({ dangerNow: "yes" }), { risk: "emergency", category: "physical_violence", redFlags: ["violence_in_progress"] });
    advance(20);
    await services.queue.escalateOverdue();
    const rows = await facts.caseFacts(start);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ risk: "emergency", status: "new", ackBreachedAt: clock.now, firstActionAt: null });
  });
});
