/**
 * Officer accounts and sessions on each database (SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set): the failure count is one atomic increment, sessions are found
 * by token hash and die with their account, and the province scope of a case is read
 * without touching its narrative.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.ts";
import { createCaseServices } from "../../src/db/case-services.ts";
import { createOfficerAccountRepository } from "../../src/db/officer-account-repository.ts";
import { createCaseScopeLookup } from "../../src/db/officer-case-scope.ts";
import { createRegistryProvinceLookup } from "../../src/intake/cases/case-province.ts";
import { parseCaseSettings } from "../../src/intake/cases/case-settings.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { AccountExistsError, type OfficerAccountStore } from "../../src/officer/dashboard/officer-account-types.ts";
import { draft, testCipher } from "../intake/cases/case-test-support.ts";
import { testDatabases, type TestDatabase } from "../support/test-databases.ts";

describe.each(testDatabases)("officer accounts on $name", (factory) => {
  let target: TestDatabase;
  let database: Database;
  let store: OfficerAccountStore;
  const at = new Date("2026-11-23T08:00:00Z");
  const newAccount = (username: string) => store.create({ username, displayName: username, role: "officer", provinces: ["dak-lak", "ha-noi"], passwordHash: "scrypt$x", at });

  beforeEach(async () => {
    target = await factory.create();
    database = await openDatabase(target.config);
    await database.migrate();
    store = createOfficerAccountRepository(database.client);
  });
  afterEach(async () => {
    await database.close();
    await target.drop();
  });

  it("keeps an account's role and provinces, and refuses a second account of the same name", async () => {
    const created = await newAccount("an");
    expect(created).toMatchObject({ username: "an", role: "officer", provinces: ["dak-lak", "ha-noi"], failedAttempts: 0, lockedUntil: null, disabledAt: null });
    await expect(newAccount("an")).rejects.toThrow(AccountExistsError);
    expect((await store.findByUsername("an"))?.passwordHash).toBe("scrypt$x");
  });

  it("counts failures atomically: twenty at once are twenty", async () => {
    const account = await newAccount("an");
    const counts = await Promise.all(Array.from({ length: 20 }, () => store.recordFailure(account.id)));
    expect(new Set(counts).size).toBe(20);
    expect(Math.max(...counts)).toBe(20);
    await store.lock(account.id, new Date(at.getTime() + 60_000));
    expect(await store.findById(account.id)).toMatchObject({ failedAttempts: 0, lockedUntil: new Date(at.getTime() + 60_000) });
  });

  it("finds sessions by token hash, and ends them all with the account's", async () => {
    const account = await newAccount("an");
    await store.createSession({ tokenHash: "h1", accountId: account.id, expiresAt: new Date(at.getTime() + 3_600_000), at });
    await store.createSession({ tokenHash: "h2", accountId: account.id, expiresAt: new Date(at.getTime() + 3_600_000), at });
    expect(await store.findSession("h1")).toMatchObject({ accountId: account.id, createdAt: at });
    expect(await store.findSession("nope")).toBeNull();
    expect(await store.deleteSessionsOf(account.id)).toBe(2);
    expect(await store.findSession("h2")).toBeNull();
  });

  it("reads a case's province without an audit entry, and answers undefined for an unknown or malformed code", async () => {
    const services = createCaseServices(database, { cipher: testCipher, settings: parseCaseSettings({}), provinces: createRegistryProvinceLookup(loadRegistry()) });
    const { caseCode } = await services.intake.submit(draft({ locationText: "Phú Yên" }));
    const scope = createCaseScopeLookup(database.client);
    expect(await scope.provinceOf(caseCode)).toBe("dak-lak");
    expect(await scope.provinceOf(caseCode.toLowerCase().replace("-", " "))).toBe("dak-lak");
    expect(await scope.provinceOf("TE-ZZZZZZ")).toBeUndefined();
    expect(await scope.provincesOf([caseCode, "TE-ZZZZZZ", caseCode])).toEqual(new Map([[caseCode, "dak-lak"]]));
    expect(await scope.provinceOf("'; DROP TABLE x; --")).toBeUndefined();
    expect((await services.queue.auditTrail("test", null)).filter((e) => e.officer !== "test")).toEqual([]);
  });
});
