/**
 * OfficerAccountStore on Prisma: dashboard accounts and their sessions (token hashes only).
 * Sign-in attempts are counted in LoginThrottle by compare-and-set (an UPDATE conditioned on
 * the count read), so parallel guesses cannot slip past the throttle.
 */
import { AccountExistsError, isOfficerRole, type NewAccount, type OfficerAccount, type OfficerAccountStore } from "../officer/dashboard/officer-account-types.ts";
import type { Db } from "./database.ts";
import type { OfficerAccount as AccountRow } from "./generated/sqlite/client.ts";

export function createOfficerAccountRepository(db: Db): OfficerAccountStore {
  return {
    async create(account: NewAccount) {
      if (await db.officerAccount.findUnique({ where: { username: account.username }, select: { id: true } })) throw new AccountExistsError(`Tài khoản ${account.username} đã tồn tại (account exists).`);
      const row = await db.officerAccount.create({
        data: { username: account.username, displayName: account.displayName, role: account.role, provincesJson: JSON.stringify(account.provinces), passwordHash: account.passwordHash, createdAt: account.at, updatedAt: account.at },
      });
      return toAccount(row);
    },
    async findByUsername(username) {
      const row = await db.officerAccount.findUnique({ where: { username } });
      return row ? { ...toAccount(row), passwordHash: row.passwordHash } : null;
    },
    async findById(id) {
      const row = await db.officerAccount.findUnique({ where: { id } });
      return row ? toAccount(row) : null;
    },
    async list() {
      return (await db.officerAccount.findMany({ orderBy: { username: "asc" } })).map(toAccount);
    },
    async recordFailure(id) {
      return (await db.officerAccount.update({ where: { id }, data: { failedAttempts: { increment: 1 } }, select: { failedAttempts: true } })).failedAttempts;
    },
    async lock(id, until) {
      await db.officerAccount.update({ where: { id }, data: { lockedUntil: until, failedAttempts: 0 } });
    },
    async clearFailures(id) {
      await db.officerAccount.update({ where: { id }, data: { lockedUntil: null, failedAttempts: 0 } });
    },
    async readThrottle(key) {
      const row = await db.loginThrottle.findUnique({ where: { key } });
      return row ? { failures: row.failures, blockedUntil: row.blockedUntil, updatedAt: row.updatedAt } : null;
    },
    async swapThrottle(key, expected, next) {
      const data = { failures: next.failures, blockedUntil: next.blockedUntil, updatedAt: next.updatedAt };
      if (expected !== null) return (await db.loginThrottle.updateMany({ where: { key, failures: expected }, data })).count === 1;
      try {
        await db.loginThrottle.create({ data: { key, ...data } });
        return true;
      } catch (error) {
        // Another attempt created the row first (unique key): the caller reads it again.
        if ((error as { code?: string }).code === "P2002") return false;
        throw error;
      }
    },
    async forgiveOne(key) {
      await db.loginThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
    },
    async clearThrottle(key) {
      await db.loginThrottle.deleteMany({ where: { key } });
    },
    async setDisabled(username, at) {
      return (await db.officerAccount.updateMany({ where: { username }, data: { disabledAt: at } })).count === 1;
    },
    async setPassword(username, passwordHash) {
      return (await db.officerAccount.updateMany({ where: { username }, data: { passwordHash, failedAttempts: 0, lockedUntil: null } })).count === 1;
    },
    async createSession(session) {
      await db.officerSession.create({ data: { tokenHash: session.tokenHash, accountId: session.accountId, expiresAt: session.expiresAt, lastSeenAt: session.at, createdAt: session.at } });
    },
    async findSession(tokenHash) {
      const row = await db.officerSession.findUnique({ where: { tokenHash } });
      return row ? { id: row.id, accountId: row.accountId, expiresAt: row.expiresAt, createdAt: row.createdAt } : null;
    },
    async extendSession(id, lastSeenAt, expiresAt) {
      await db.officerSession.updateMany({ where: { id }, data: { lastSeenAt, expiresAt } });
    },
    async deleteSession(tokenHash) {
      await db.officerSession.deleteMany({ where: { tokenHash } });
    },
    async deleteSessionsOf(accountId) {
      return (await db.officerSession.deleteMany({ where: { accountId } })).count;
    },
  };
}

function toAccount(row: AccountRow): OfficerAccount {
  const provinces = JSON.parse(row.provincesJson) as unknown;
  return {
    id: row.id, username: row.username, displayName: row.displayName, role: isOfficerRole(row.role) ? row.role : "officer",
    provinces: Array.isArray(provinces) ? provinces.filter((p): p is string => typeof p === "string") : [],
    failedAttempts: row.failedAttempts, lockedUntil: row.lockedUntil, disabledAt: row.disabledAt, createdAt: row.createdAt,
  };
}
