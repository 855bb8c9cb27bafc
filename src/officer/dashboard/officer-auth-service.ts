/**
 * Signing officers in and out of the dashboard: accounts created from the terminal or by an
 * admin, scrypt passwords, sign-in throttled per address and per account (see LoginThrottle
 * below: growing delays, counted in the database before the password is checked, and no lock a
 * stranger can hold an officer out with: a browser the officer signed in from before carries a
 * signed device cookie and is counted on its own, not under the account), failures audited, sessions whose random
 * token lives only in the officer's cookie (the database keeps its SHA-256), an idle and an
 * absolute expiry, and a per-session CSRF token derived from the session token.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { normalizeIP } from "@fastify/rate-limit";
import type { Registry } from "../../kb/registry/registry.ts";
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from "./password-hasher.ts";
import { ALL_PROVINCES, isOfficerRole, type OfficerAccount, type OfficerAccountStore, type OfficerRole, type ThrottleState } from "./officer-account-types.ts";

export interface AuthPolicy {
  /** Wrong passwords for one account name before each further attempt waits. */
  maxFailures: number;
  /** The longest wait an account name gets (short: a stranger must not keep the officer out). */
  accountMaxDelaySeconds: number;
  /** Wrong passwords from one address (IPv6 by its /64) before each further attempt waits. */
  addressFreeFailures: number;
  /** The longest wait an address gets: a guesser's own address slows to one try per this. */
  addressMaxDelaySeconds: number;
  /** Counts not touched for this long (and not blocking) start again from zero. */
  forgetMinutes: number;
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in whatever its use. */
  absoluteHours: number;
  minPasswordLength: number;
}

export const DEFAULT_AUTH_POLICY: AuthPolicy = {
  maxFailures: 5, accountMaxDelaySeconds: 30, addressFreeFailures: 10, addressMaxDelaySeconds: 3600, forgetMinutes: 60,
  idleMinutes: 120, absoluteHours: 12, minPasswordLength: 10,
};

/** One audited sign-in event (a wrong password, or an attempt refused by the throttle). */
export interface LoginAuditEntry {
  /** The account's name when the name exists, else UNKNOWN_NAME (what was typed may be a password). */
  username: string;
  action: "login_failed";
  /** Which throttle source the attempt came from (a hash, never the address). */
  source: string;
  at: Date;
}

export interface AuthDeps {
  store: OfficerAccountStore;
  /**
   * Today's province id for a registry id (an old province before the 2025 mergers gives the
   * one it merged into, since cases are filed under today's province); null for an unknown id.
   */
  todayProvinceId(id: string): string | null;
  clock?: () => Date;
  policy?: Partial<AuthPolicy>;
  /** Records every wrong password (who was tried, from which source). */
  audit?(entry: LoginAuditEntry): Promise<void>;
  /**
   * Names an address for the throttle and the audit: a keyed hash, the same on every instance
   * (the application passes the web chat's, made from the encryption key). Without it, a key
   * made for this process: still never the address, but not shared between instances.
   */
  sourceOf?(address: string): string;
  /**
   * Signs the device cookies (see issueDeviceToken below): the same on every instance (the
   * application derives it from the encryption key). Without it, a key made for this process,
   * so a restart only makes officers' browsers new again.
   */
  deviceKey?: Buffer;
}

export interface AccountInput {
  username: string;
  displayName?: string;
  role: string;
  provinces: string[];
  password: string;
}

/** A request to create or change an account that cannot be honoured, with a message for the person who made it. */
export class AccountInputError extends Error {
  override readonly name = "AccountInputError";
}

export interface SignedIn {
  account: OfficerAccount;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

export type LoginResult =
  /** deviceToken: the signed device cookie to keep in this browser (see issueDeviceToken). */
  | { ok: true; token: string; session: SignedIn; deviceToken: string }
  | { ok: false; reason: "invalid" }
  /** Too many attempts from this address or for this name: nothing was checked; try again after the wait. */
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export interface OfficerAuth {
  policy: AuthPolicy;
  addAccount(input: AccountInput): Promise<OfficerAccount>;
  listAccounts(): Promise<OfficerAccount[]>;
  /** Disables the account and ends its sessions. */
  disable(username: string): Promise<boolean>;
  enable(username: string): Promise<boolean>;
  /** Sets a new password, lifts a lock and ends the account's sessions. */
  resetPassword(username: string, password: string): Promise<boolean>;
  /**
   * Wrong name, wrong password and disabled accounts all answer "invalid" alike; past the free
   * attempts of the address or the name, "throttled" with the wait, for known and unknown names alike.
   */
  login(username: string, password: string, address?: string, deviceToken?: string): Promise<LoginResult>;
  /** The session behind a cookie token, extended on use; null when unknown, expired or its account disabled. */
  resume(token: string): Promise<SignedIn | null>;
  logout(token: string): Promise<void>;
  /** Constant-time check of a submitted CSRF token against the session's. */
  checkCsrf(session: SignedIn, submitted: unknown): boolean;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

/** The mapping createOfficerAuth needs, over the registry. */
export function registryTodayProvince(registry: Pick<Registry, "province">): (id: string) => string | null {
  return (id) => {
    const province = registry.province(id);
    return province ? (province.today?.provinceId ?? province.id) : null;
  };
}

export function createOfficerAuth(given: AuthDeps): OfficerAuth {
  const deps: AuthDeps = { ...given, sourceOf: given.sourceOf ?? keyedAddressSource(randomBytes(32)), deviceKey: given.deviceKey ?? randomBytes(32) };
  const policy: AuthPolicy = { ...DEFAULT_AUTH_POLICY, ...deps.policy };
  const clock = deps.clock ?? (() => new Date());
  const { store } = deps;

  const checkPassword = (password: string) => {
    if (password.length < policy.minPasswordLength) throw new AccountInputError(`Mật khẩu cần ít nhất ${policy.minPasswordLength} ký tự (password too short).`);
    if (password.length > 200) throw new AccountInputError("Mật khẩu quá dài (password too long).");
  };

  return {
    policy,
    async addAccount(input) {
      const username = input.username.trim().toLowerCase();
      if (!USERNAME.test(username)) throw new AccountInputError("Tên đăng nhập: 2-40 ký tự a-z 0-9 . _ - (username: 2-40 of a-z 0-9 . _ -).");
      if (!isOfficerRole(input.role)) throw new AccountInputError("Vai trò phải là officer, supervisor hoặc admin (role must be officer, supervisor or admin).");
      const provinces = checkProvinces(input.provinces, deps.todayProvinceId);
      checkPassword(input.password);
      const displayName = (input.displayName ?? "").trim().slice(0, 80) || username;
      return store.create({ username, displayName, role: input.role as OfficerRole, provinces, passwordHash: await hashPassword(input.password), at: clock() });
    },
    listAccounts: () => store.list(),
    async disable(username) {
      const account = await store.findByUsername(username);
      if (!account || !(await store.setDisabled(account.username, clock()))) return false;
      await store.deleteSessionsOf(account.id);
      return true;
    },
    enable: (username) => store.setDisabled(username, null),
    async resetPassword(username, password) {
      checkPassword(password);
      const account = await store.findByUsername(username);
      if (!account || !(await store.setPassword(account.username, await hashPassword(password)))) return false;
      await store.deleteSessionsOf(account.id);
      return true;
    },
    login: (username, password, address, deviceToken) => login(deps, store, policy, clock, username, password, address ?? "unknown", deviceToken),
    resume: (token) => resume(store, policy, clock, token),
    logout: (token) => store.deleteSession(tokenHash(token)),
    checkCsrf(session, submitted) {
      if (typeof submitted !== "string" || submitted.length === 0) return false;
      const a = Buffer.from(submitted);
      const b = Buffer.from(session.csrfToken);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}

function checkProvinces(provinces: string[], todayOf: (id: string) => string | null): string[] {
  const ids = [...new Set(provinces.map((p) => p.trim()).filter(Boolean))];
  if (ids.length === 0) throw new AccountInputError("Cần ít nhất một tỉnh, hoặc * cho mọi tỉnh (at least one province id, or * for all).");
  if (ids.includes(ALL_PROVINCES)) return [ALL_PROVINCES];
  const unknown = ids.filter((id) => todayOf(id) === null);
  if (unknown.length > 0) throw new AccountInputError(`Mã tỉnh không có trong danh mục (unknown province ids): ${unknown.join(", ")}.`);
  return [...new Set(ids.map((id) => todayOf(id)!))];
}

async function login(deps: AuthDeps, store: OfficerAccountStore, policy: AuthPolicy, clock: () => Date, typed: string, password: string, address: string, deviceToken?: string): Promise<LoginResult> {
  const username = typed.trim().toLowerCase();
  const now = clock();
  const source = deps.sourceOf!(address);
  const addressKey = `address:${source}`;
  // A browser that signed in to this account before (a valid device cookie for this name) is
  // counted under its own device, not under the account: a stranger guessing the account's
  // password from anywhere slows down only the browsers that never signed in (OWASP's device cookies).
  const device = deviceToken ? readDeviceToken(deps.deviceKey!, deviceToken, now) : null;
  const knownDevice = device !== null && device.username === username;
  const accountKey = knownDevice ? `device:${device.nonce}` : `account:${username.slice(0, 60)}`;
  // Every attempt is counted before its password is checked (the address first, so a guesser
  // whose own address is throttled never touches the account's count).
  const byAddress = await claimAttempt(store, addressKey, now, policy.addressFreeFailures, policy.addressMaxDelaySeconds, policy.forgetMinutes);
  if (byAddress !== true) return { ok: false, reason: "throttled", retryAfterSeconds: byAddress };
  const byAccount = await claimAttempt(store, accountKey, now, policy.maxFailures, policy.accountMaxDelaySeconds, policy.forgetMinutes);
  if (byAccount !== true) {
    await store.forgiveOne(addressKey);
    return { ok: false, reason: "throttled", retryAfterSeconds: byAccount };
  }
  const account = await store.findByUsername(username);
  const usable = account && !account.disabledAt;
  // Always run scrypt once, so timing tells nothing about which names exist.
  const matches = await verifyPassword(password.slice(0, 200), usable ? account.passwordHash : DUMMY_PASSWORD_HASH);
  if (!account || !usable || !matches) {
    // A name that is no account is not written down: it may be a password typed into the wrong box.
    await deps.audit?.({ username: account ? account.username : UNKNOWN_NAME, action: "login_failed", source, at: now });
    return { ok: false, reason: "invalid" };
  }
  await store.clearThrottle(accountKey);
  await store.forgiveOne(addressKey);
  if (account.failedAttempts > 0 || account.lockedUntil) await store.clearFailures(account.id);
  const token = randomBytes(32).toString("base64url");
  const newDevice = issueDeviceToken(deps.deviceKey!, account.username, now, knownDevice ? device.nonce : undefined);
  const expiresAt = new Date(now.getTime() + Math.min(policy.idleMinutes * 60_000, policy.absoluteHours * 3_600_000));
  await store.createSession({ tokenHash: tokenHash(token), accountId: account.id, expiresAt, at: now });
  const session = await store.findSession(tokenHash(token));
  const { passwordHash: _hidden, ...plain } = account;
  return { ok: true, token, deviceToken: newDevice, session: { account: plain, sessionId: session!.id, csrfToken: csrfFor(token), expiresAt } };
}

/** How long a browser stays "known" for an account after its last sign-in there. */
export const DEVICE_COOKIE_DAYS = 180;

/**
 * A device cookie: "nonce.expiry.signature.username", the signature an HMAC of the rest under
 * the device key. It says only "this browser signed in as this name before"; it opens nothing
 * by itself (the password is still checked), it just lets the sign-in skip the account's wait.
 */
export function issueDeviceToken(key: Buffer, username: string, now: Date, nonce = randomBytes(12).toString("base64url")): string {
  const expiry = Math.floor(now.getTime() / 1000) + DEVICE_COOKIE_DAYS * 86_400;
  return `${nonce}.${expiry}.${deviceSignature(key, nonce, expiry, username)}.${username}`;
}

function readDeviceToken(key: Buffer, token: string, now: Date): { nonce: string; username: string } | null {
  const match = /^([A-Za-z0-9_-]{16})\.(\d{1,12})\.([A-Za-z0-9_-]{43})\.([a-z0-9._-]{2,40})$/.exec(token);
  if (!match) return null;
  const [, nonce, expiryText, signature, username] = match as unknown as [string, string, string, string, string];
  const expiry = Number(expiryText);
  if (expiry * 1000 <= now.getTime()) return null;
  const expected = Buffer.from(deviceSignature(key, nonce, expiry, username));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { nonce, username } : null;
}

function deviceSignature(key: Buffer, nonce: string, expiry: number, username: string): string {
  return createHmac("sha256", key).update(`officer-device:v1:${nonce}:${expiry}:${username}`).digest("base64url");
}

/**
 * Counts one attempt under `key`, as a failure until a success takes it back: true when the
 * attempt may go ahead, else the seconds to wait. Past `free` failures each attempt that goes
 * ahead blocks the next ones for a delay that doubles (1 s, 2 s, 4 s… up to `maxDelaySeconds`).
 * A compare-and-set on the count, so of parallel attempts exactly one wins each count.
 */
async function claimAttempt(store: OfficerAccountStore, key: string, now: Date, free: number, maxDelaySeconds: number, forgetMinutes: number): Promise<true | number> {
  for (let round = 0; round < 1000; round += 1) {
    const row = await store.readThrottle(key);
    if (row?.blockedUntil && row.blockedUntil > now) return Math.max(1, Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000));
    const stale = !row || now.getTime() - row.updatedAt.getTime() > forgetMinutes * 60_000;
    const failures = (stale ? 0 : row.failures) + 1;
    const delaySeconds = failures > free ? Math.min(maxDelaySeconds, 2 ** (failures - free - 1)) : 0;
    const next: ThrottleState = { failures, blockedUntil: delaySeconds > 0 ? new Date(now.getTime() + delaySeconds * 1000) : null, updatedAt: now };
    if (await store.swapThrottle(key, row ? row.failures : null, next)) return true;
  }
  return maxDelaySeconds;
}

/** How a failed sign-in under a name that is no account is recorded. */
export const UNKNOWN_NAME = "(tên không tồn tại / unknown name)";

/** The throttle's name for an address: a keyed hash of it (IPv6 by its /64), never the address itself. */
export function keyedAddressSource(key: Buffer): (address: string) => string {
  return (address) => `src-${createHmac("sha256", key).update(normalizeIP(address, 64)).digest("hex").slice(0, 20)}`;
}

async function resume(store: OfficerAccountStore, policy: AuthPolicy, clock: () => Date, token: string): Promise<SignedIn | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const session = await store.findSession(tokenHash(token));
  const now = clock();
  if (!session || session.expiresAt <= now) return null;
  const account = await store.findById(session.accountId);
  if (!account || account.disabledAt) return null;
  const absoluteEnd = session.createdAt.getTime() + policy.absoluteHours * 3_600_000;
  const expiresAt = new Date(Math.min(now.getTime() + policy.idleMinutes * 60_000, absoluteEnd));
  // Extending on every request would write on every poll; once a minute is enough for an idle timeout in hours.
  if (expiresAt.getTime() - session.expiresAt.getTime() > 60_000) await store.extendSession(session.id, now, expiresAt);
  return { account, sessionId: session.id, csrfToken: csrfFor(token), expiresAt: expiresAt > session.expiresAt ? expiresAt : session.expiresAt };
}

/** What the database keeps of a session token. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(`session:${token}`).digest("base64url");
}

/** The CSRF token of a session: derived from its token, so it needs no storage and cannot be turned back into it. */
function csrfFor(token: string): string {
  return createHash("sha256").update(`csrf:${token}`).digest("base64url");
}
