/**
 * Dashboard accounts: roles, the provinces an account may see, and the storage port the
 * auth service uses (implemented on Prisma by src/db/officer-account-repository.ts).
 */

export const OFFICER_ROLES = ["officer", "supervisor", "admin"] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

/** The province scope that means every province (national staff, the 111 hotline). */
export const ALL_PROVINCES = "*";

export function isOfficerRole(value: string): value is OfficerRole {
  return (OFFICER_ROLES as readonly string[]).includes(value);
}

/** Roles ordered by what they may do: a supervisor can do what an officer can, an admin what a supervisor can. */
export function roleAtLeast(role: OfficerRole, needed: OfficerRole): boolean {
  return OFFICER_ROLES.indexOf(role) >= OFFICER_ROLES.indexOf(needed);
}

export interface OfficerAccount {
  id: string;
  username: string;
  displayName: string;
  role: OfficerRole;
  /** Registry province ids, or [ALL_PROVINCES]. */
  provinces: string[];
  failedAttempts: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
}

/**
 * True when the account may see a case of this province. A case whose province nobody knows yet
 * (the reporter did not say, or could not) is every officer's: it has no province desk to wait
 * at, and an emergency among them must not be alerted with a code nobody can open.
 */
export function maySee(account: Pick<OfficerAccount, "provinces">, provinceId: string | null): boolean {
  if (account.provinces.includes(ALL_PROVINCES) || provinceId === null) return true;
  return account.provinces.includes(provinceId);
}

/** The holder of a case, supervisors, and any officer of the province while nobody holds it, may read the report itself. */
export function mayReadNarrative(account: Pick<OfficerAccount, "username" | "role">, assigneeId: string | null): boolean {
  return assigneeId === null || assigneeId === account.username || roleAtLeast(account.role, "supervisor");
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: OfficerRole;
  provinces: string[];
  passwordHash: string;
  at: Date;
}

export interface StoredSession {
  id: string;
  accountId: string;
  expiresAt: Date;
  createdAt: Date;
}

/** Sign-in attempts counted under one key (an account name or a hashed address). */
export interface ThrottleState {
  failures: number;
  blockedUntil: Date | null;
  updatedAt: Date;
}

/** Thrown when an account with this username exists already. */
export class AccountExistsError extends Error {
  override readonly name = "AccountExistsError";
}

export interface OfficerAccountStore {
  create(account: NewAccount): Promise<OfficerAccount>;
  findByUsername(username: string): Promise<(OfficerAccount & { passwordHash: string }) | null>;
  findById(id: string): Promise<OfficerAccount | null>;
  list(): Promise<OfficerAccount[]>;
  /** Adds one failure and returns the new count. */
  recordFailure(id: string): Promise<number>;
  /** Locks until `until` and clears the count. */
  lock(id: string, until: Date): Promise<void>;
  clearFailures(id: string): Promise<void>;
  /** The sign-in attempts counted under a throttle key; null when none. */
  readThrottle(key: string): Promise<ThrottleState | null>;
  /**
   * Writes `next` under `key` only if its failure count is still `expected` (null: only if there
   * is no row yet), atomically: true when this call won, false when another attempt got there first.
   */
  swapThrottle(key: string, expected: number | null, next: ThrottleState): Promise<boolean>;
  /** Takes one failure off a key (a success from that address), never below zero. */
  forgiveOne(key: string): Promise<void>;
  clearThrottle(key: string): Promise<void>;
  setDisabled(username: string, at: Date | null): Promise<boolean>;
  /** Replaces the hash, clears failures and lock; false when no such account. */
  setPassword(username: string, passwordHash: string): Promise<boolean>;
  createSession(session: { tokenHash: string; accountId: string; expiresAt: Date; at: Date }): Promise<void>;
  findSession(tokenHash: string): Promise<StoredSession | null>;
  extendSession(id: string, lastSeenAt: Date, expiresAt: Date): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsOf(accountId: string): Promise<number>;
}
