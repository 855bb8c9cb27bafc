/**
 * Signing officers in and out of the dashboard: accounts created from the terminal or by an
 * admin, scrypt passwords, a lock after repeated wrong passwords, sessions whose random
 * token lives only in the officer's cookie (the database keeps its SHA-256), an idle and an
 * absolute expiry, and a per-session CSRF token derived from the session token.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Registry } from "../../kb/registry/registry.ts";
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from "./password-hasher.ts";
import { ALL_PROVINCES, isOfficerRole, type OfficerAccount, type OfficerAccountStore, type OfficerRole } from "./officer-account-types.ts";

export interface AuthPolicy {
  /** Wrong passwords in a row before the account is locked. */
  maxFailures: number;
  lockMinutes: number;
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in whatever its use. */
  absoluteHours: number;
  minPasswordLength: number;
}

export const DEFAULT_AUTH_POLICY: AuthPolicy = { maxFailures: 5, lockMinutes: 15, idleMinutes: 120, absoluteHours: 12, minPasswordLength: 10 };

export interface AuthDeps {
  store: OfficerAccountStore;
  /**
   * Today's province id for a registry id (an old province before the 2025 mergers gives the
   * one it merged into, since cases are filed under today's province); null for an unknown id.
   */
  todayProvinceId(id: string): string | null;
  clock?: () => Date;
  policy?: Partial<AuthPolicy>;
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

export type LoginResult = { ok: true; token: string; session: SignedIn } | { ok: false; reason: "invalid" };

export interface OfficerAuth {
  policy: AuthPolicy;
  addAccount(input: AccountInput): Promise<OfficerAccount>;
  listAccounts(): Promise<OfficerAccount[]>;
  /** Disables the account and ends its sessions. */
  disable(username: string): Promise<boolean>;
  enable(username: string): Promise<boolean>;
  /** Sets a new password, lifts a lock and ends the account's sessions. */
  resetPassword(username: string, password: string): Promise<boolean>;
  /** Wrong name, wrong password, disabled and locked accounts all answer "invalid" alike. */
  login(username: string, password: string): Promise<LoginResult>;
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

export function createOfficerAuth(deps: AuthDeps): OfficerAuth {
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
    login: (username, password) => login(store, policy, clock, username, password),
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

async function login(store: OfficerAccountStore, policy: AuthPolicy, clock: () => Date, username: string, password: string): Promise<LoginResult> {
  const account = await store.findByUsername(username.trim().toLowerCase());
  const now = clock();
  const usable = account && !account.disabledAt && !(account.lockedUntil && account.lockedUntil > now);
  // Always run scrypt once, so timing tells nothing about which names exist or are locked.
  const matches = await verifyPassword(password.slice(0, 200), usable ? account.passwordHash : DUMMY_PASSWORD_HASH);
  if (!account || !usable) return { ok: false, reason: "invalid" };
  if (!matches) {
    if ((await store.recordFailure(account.id)) >= policy.maxFailures) await store.lock(account.id, new Date(now.getTime() + policy.lockMinutes * 60_000));
    return { ok: false, reason: "invalid" };
  }
  if (account.failedAttempts > 0 || account.lockedUntil) await store.clearFailures(account.id);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + Math.min(policy.idleMinutes * 60_000, policy.absoluteHours * 3_600_000));
  await store.createSession({ tokenHash: tokenHash(token), accountId: account.id, expiresAt, at: now });
  const session = await store.findSession(tokenHash(token));
  const { passwordHash: _hidden, ...plain } = account;
  return { ok: true, token, session: { account: plain, sessionId: session!.id, csrfToken: csrfFor(token), expiresAt } };
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
