/**
 * Sign-in throttling through the real login form, on SQLite and PostgreSQL: attempts are counted
 * in the database before the password is checked, so a burst of parallel wrong passwords with the
 * right one among them does not get in; a guesser's own address slows down more and more, while
 * the officer signing in from elsewhere waits at most a short delay; every wrong password is
 * audited under a hashed source, never the address.
 */
import { createHash } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCaseServices } from "../../src/db/case-services.ts";
import { createOfficerAccountRepository } from "../../src/db/officer-account-repository.ts";
import { createOfficerDashboardOn } from "../../src/officer/dashboard/compose-dashboard.ts";
import { createRegistryProvinceLookup } from "../../src/intake/cases/case-province.ts";
import { parseCaseSettings } from "../../src/intake/cases/case-settings.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { createOfficerAuth, DEFAULT_AUTH_POLICY, registryTodayProvince, UNKNOWN_NAME } from "../../src/officer/dashboard/officer-auth-service.ts";
import { testCipher } from "../intake/cases/case-test-support.ts";
import { testDatabases, useMigratedDatabase } from "../support/test-databases.ts";

const PASSWORD = "mat-khau-rat-dai-2026";
const registry = loadRegistry();
const ATTACKER = "203.0.113.7";
const OFFICE = "198.51.100.20";

describe.each(testDatabases)("sign-in throttling on $name", (factory) => {
  const storage = useMigratedDatabase(factory);
  const clock = { now: new Date("2026-11-23T08:00:00Z"), advanceSeconds(s: number) { this.now = new Date(this.now.getTime() + s * 1000); } };
  let app: FastifyInstance;

  beforeEach(async () => {
    clock.now = new Date("2026-11-23T08:00:00Z");
    const database = await storage.open();
    const now = () => clock.now;
    const services = createCaseServices(database, { cipher: testCipher, settings: parseCaseSettings({}), provinces: createRegistryProvinceLookup(registry), clock: now });
    const auth = createOfficerAuth({ store: createOfficerAccountRepository(database.client), todayProvinceId: registryTodayProvince(registry), clock: now });
    await auth.addAccount({ username: "an", role: "officer", provinces: ["dak-lak"], password: PASSWORD });
    // The login routes never answer questions: the knowledge base is not needed here.
    const knowledge = { registry, plans: () => [], answer: () => { throw new Error("not used"); }, reload: async () => {} };
    const dashboard = createOfficerDashboardOn(database, services, knowledge as never, now);
    app = Fastify();
    await dashboard.routes(app);
    await app.ready();
  });
  afterEach(async () => {
    await app.close();
  });

  async function attempt(password: string, address: string, username = "an") {
    const form = await app.inject({ method: "GET", url: "/officer/login", remoteAddress: address });
    const csrf = /bvte_login=([^;]+)/.exec(String(form.headers["set-cookie"]))![1]!;
    const res = await app.inject({
      method: "POST", url: "/officer/login", remoteAddress: address,
      headers: { cookie: `bvte_login=${csrf}`, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: csrf, username, password }).toString(),
    });
    return { status: res.statusCode, retryAfter: Number(res.headers["retry-after"] ?? 0), body: res.body };
  }

  it("a burst of parallel wrong passwords with the right one among them does not get in", async () => {
    for (let i = 0; i < DEFAULT_AUTH_POLICY.maxFailures - 1; i += 1) expect((await attempt(`sai-${i}`, ATTACKER)).status).toBe(401);
    // Counted atomically: of a parallel burst only the attempts left under the limit have their password checked.
    const burst = await Promise.all(Array.from({ length: 21 }, (_, i) => attempt(`doan-${i}`, ATTACKER)));
    expect(burst.filter((r) => r.status === 401).length).toBeLessThanOrEqual(2);
    expect(burst.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(19);
    const refused = burst.find((r) => r.status === 429)!;
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.body).toContain("thử lại sau");
    // Past the limit, a burst with the right password among the wrong ones does not get in.
    const withRight = await Promise.all([...Array.from({ length: 20 }, (_, i) => attempt(`lai-${i}`, ATTACKER)), attempt(PASSWORD, ATTACKER)]);
    expect(withRight.filter((r) => r.status === 303)).toEqual([]);
    expect(withRight.every((r) => r.status === 429)).toBe(true);
  });

  it("a guesser's address waits longer and longer; the officer elsewhere waits only a short delay, then signs in", async () => {
    const waits: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const result = await attempt(`sai-${i}`, ATTACKER);
      if (result.status === 429) {
        waits.push(result.retryAfter);
        clock.advanceSeconds(result.retryAfter);
      }
    }
    // The delays grow (1 s, 2 s, 4 s…) and the guesser's address ends up waiting many minutes.
    expect(waits.length).toBeGreaterThan(5);
    expect(waits.at(-1)!).toBeGreaterThan(waits[0]!);
    const stranger = await attempt(PASSWORD, ATTACKER);
    expect(stranger.status).toBe(429);
    expect(stranger.retryAfter).toBeGreaterThanOrEqual(600);

    // The real officer, from the office: at most the account's short delay, then in.
    let officer = await attempt(PASSWORD, OFFICE);
    if (officer.status === 429) {
      expect(officer.retryAfter).toBeLessThanOrEqual(DEFAULT_AUTH_POLICY.accountMaxDelaySeconds);
      clock.advanceSeconds(officer.retryAfter);
      officer = await attempt(PASSWORD, OFFICE);
    }
    expect(officer.status).toBe(303);
  });

  it("unknown names are throttled alike, and every wrong password is audited under a hashed source", async () => {
    for (let i = 0; i < 8; i += 1) await attempt(`sai-${i}`, ATTACKER, "khong-co-ai");
    expect((await attempt("bat-ky", ATTACKER, "khong-co-ai")).status).toBe(429);
    const audit = await storage.db.client.caseAudit.findMany({ where: { action: "login_failed" } });
    expect(audit.length).toBe(DEFAULT_AUTH_POLICY.maxFailures + 1);
    // The name typed is not an account (it could be a password typed into the wrong box): it is not written down.
    expect(audit.every((a) => a.officer === UNKNOWN_NAME && /^src-[0-9a-f]{20}$/.test(a.detail ?? ""))).toBe(true);
    expect(JSON.stringify(audit)).not.toContain("khong-co-ai");
    expect(JSON.stringify(audit)).not.toContain(ATTACKER);
    // Keyed, not a plain hash anyone could compute from a list of addresses.
    const plain = createHash("sha256").update(`login-address:${ATTACKER}`).digest("hex").slice(0, 20);
    expect(audit.some((a) => a.detail?.includes(plain))).toBe(false);
  });
});
