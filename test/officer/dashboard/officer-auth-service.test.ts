/**
 * Signing in on a real database: scrypt hashes, the throttle after repeated wrong passwords and
 * its growing waits, idle and absolute session expiry, disabled accounts, password resets, and
 * province scopes in today's provinces.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/db/database.ts";
import { createOfficerAccountRepository } from "../../../src/db/officer-account-repository.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import { AccountInputError, createOfficerAuth, registryTodayProvince, tokenHash, type OfficerAuth } from "../../../src/officer/dashboard/officer-auth-service.ts";
import { hashPassword, verifyPassword } from "../../../src/officer/dashboard/password-hasher.ts";
import { AccountExistsError } from "../../../src/officer/dashboard/officer-account-types.ts";
import { testDatabases, type TestDatabase } from "../../support/test-databases.ts";

const PASSWORD = "mat-khau-rat-dai-2026";
const registry = loadRegistry();
let target: TestDatabase;
let database: Database;
let auth: OfficerAuth;
const clock = { now: new Date("2026-11-23T08:00:00Z"), advanceMinutes(m: number) { this.now = new Date(this.now.getTime() + m * 60_000); } };

beforeEach(async () => {
  clock.now = new Date("2026-11-23T08:00:00Z");
  target = await testDatabases.find((d) => d.name === "sqlite")!.create();
  database = await openDatabase(target.config);
  await database.migrate();
  auth = createOfficerAuth({ store: createOfficerAccountRepository(database.client), todayProvinceId: registryTodayProvince(registry), clock: () => clock.now });
  await auth.addAccount({ username: "an", role: "officer", provinces: ["dak-lak"], password: PASSWORD });
});
afterEach(async () => {
  await database.close();
  await target.drop();
});

describe("passwords", () => {
  it("are stored as salted scrypt hashes that only the right password matches", async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).not.toBe(b);
    expect(a).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}x`, a)).toBe(false);
    expect(await verifyPassword(PASSWORD, "plain")).toBe(false);
    const row = await database.client.officerAccount.findUnique({ where: { username: "an" } });
    expect(row?.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
  });
});

describe("the throttle after wrong passwords", () => {
  it("past the free attempts each try waits, doubling, for known and unknown names alike; the wait passes", async () => {
    for (let i = 0; i <= auth.policy.maxFailures; i += 1) expect(await auth.login("an", `sai-mat-khau-${i}`, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await auth.login("an", PASSWORD, "10.0.0.2")).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
    clock.advanceMinutes(1 / 60);
    expect(await auth.login("an", "sai", "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await auth.login("an", PASSWORD, "10.0.0.2")).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 2 });
    clock.advanceMinutes(2 / 60);
    expect((await auth.login("an", PASSWORD, "10.0.0.2")).ok).toBe(true);
    for (let i = 0; i <= auth.policy.maxFailures; i += 1) await auth.login("khong-co", "sai", "10.0.0.3");
    expect(await auth.login("khong-co", "sai", "10.0.0.3")).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
  });

  it("a right password before the limit clears the count of wrong ones", async () => {
    for (let i = 0; i < auth.policy.maxFailures - 1; i += 1) await auth.login("an", "sai");
    expect((await auth.login("an", PASSWORD)).ok).toBe(true);
    for (let i = 0; i < auth.policy.maxFailures - 1; i += 1) await auth.login("an", "sai");
    expect((await auth.login("an", PASSWORD)).ok).toBe(true);
  });

  it("parallel guesses cannot slip past the limit", async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => auth.login("an", `sai-${i}`)));
    expect((await auth.login("an", PASSWORD)).ok).toBe(false);
  });

  it("an unknown name and a wrong password answer alike", async () => {
    expect(await auth.login("khong-co", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await auth.login("an", "sai")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("sessions", () => {
  const signIn = async () => {
    const result = await auth.login("An", PASSWORD);
    if (!result.ok) throw new Error("sign-in failed");
    return result;
  };

  it("keep only the token's hash in the database", async () => {
    const { token } = await signIn();
    const rows = await database.client.officerSession.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(tokenHash(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("end after the idle time, and are extended by use until the absolute limit", async () => {
    const { token } = await signIn();
    clock.advanceMinutes(auth.policy.idleMinutes - 5);
    expect(await auth.resume(token)).not.toBeNull();
    clock.advanceMinutes(auth.policy.idleMinutes - 5);
    expect(await auth.resume(token)).not.toBeNull();
    clock.advanceMinutes(auth.policy.idleMinutes + 1);
    expect(await auth.resume(token)).toBeNull();

    const second = await signIn();
    for (let hour = 1; hour < auth.policy.absoluteHours; hour += 1) {
      clock.advanceMinutes(60);
      expect(await auth.resume(second.token)).not.toBeNull();
    }
    clock.advanceMinutes(60);
    expect(await auth.resume(second.token)).toBeNull();
  });

  it("carry a CSRF token that only matches itself", async () => {
    const { token } = await signIn();
    const session = (await auth.resume(token))!;
    expect(auth.checkCsrf(session, session.csrfToken)).toBe(true);
    expect(auth.checkCsrf(session, `${session.csrfToken}x`)).toBe(false);
    expect(auth.checkCsrf(session, undefined)).toBe(false);
    expect(auth.checkCsrf(session, token)).toBe(false);
  });

  it("end at sign-out, when the account is disabled and when its password is reset", async () => {
    const a = await signIn();
    await auth.logout(a.token);
    expect(await auth.resume(a.token)).toBeNull();
    const b = await signIn();
    expect(await auth.disable("an")).toBe(true);
    expect(await auth.resume(b.token)).toBeNull();
    expect((await auth.login("an", PASSWORD)).ok).toBe(false);
    await auth.enable("an");
    const c = await signIn();
    expect(await auth.resetPassword("an", "mot-mat-khau-moi-2026")).toBe(true);
    expect(await auth.resume(c.token)).toBeNull();
    expect((await auth.login("an", PASSWORD)).ok).toBe(false);
    expect((await auth.login("an", "mot-mat-khau-moi-2026")).ok).toBe(true);
  });

  it("a reset lets the officer in once the short wait has passed", async () => {
    for (let i = 0; i < 10; i += 1) await auth.login("an", "sai");
    await auth.resetPassword("an", "mot-mat-khau-moi-2026");
    clock.advanceMinutes(1);
    expect((await auth.login("an", "mot-mat-khau-moi-2026")).ok).toBe(true);
  });
});

describe("accounts", () => {
  it("store an old province as the province it merged into, where its cases are filed", async () => {
    const account = await auth.addAccount({ username: "binh", role: "supervisor", provinces: ["phu-yen", "dak-lak", "ha-noi"], password: PASSWORD });
    expect(account.provinces).toEqual(["dak-lak", "ha-noi"]);
  });

  it("refuse unknown provinces and roles, short passwords, bad names and a second account of the same name", async () => {
    const base = { username: "chi", role: "officer", provinces: ["ha-noi"], password: PASSWORD };
    await expect(auth.addAccount({ ...base, provinces: ["atlantis"] })).rejects.toThrow(AccountInputError);
    await expect(auth.addAccount({ ...base, provinces: [] })).rejects.toThrow(AccountInputError);
    await expect(auth.addAccount({ ...base, role: "boss" })).rejects.toThrow(AccountInputError);
    await expect(auth.addAccount({ ...base, password: "ngan" })).rejects.toThrow(AccountInputError);
    await expect(auth.addAccount({ ...base, username: "<b>x</b>" })).rejects.toThrow(AccountInputError);
    await expect(auth.addAccount({ ...base, username: "AN" })).rejects.toThrow(AccountExistsError);
    expect((await auth.addAccount({ ...base, provinces: ["*", "ha-noi"] })).provinces).toEqual(["*"]);
  });
});
