/**
 * Seals what older versions stored in clear on a case: the commune (now the cipher text of its
 * words) and the triage reasons, which quote the report's words (now kept encrypted in full in
 * reasonsEncrypted, with only the rules' labels left in reasonsJson). Runs at every start, in
 * batches; a sealed row is never touched again, and each row is written by a compare-and-set on
 * the values read, so several instances starting together convert each row once.
 */
import type { FieldCipher } from "../core/field-cipher.ts";
import type { Db } from "./database.ts";
import { reasonLabel } from "./case-repository.ts";

/** Rows still holding a clear commune or reasons without their sealed copy. */
const UNSEALED = { OR: [{ reasonsEncrypted: null }, { AND: [{ commune: { not: null } }, { NOT: { commune: { startsWith: "v1:" } } }] }] };

/** Seals the clear fields of cases stored before they were encrypted; returns how many cases it changed. */
export async function sealStoredCaseFields(db: Db, cipher: Pick<FieldCipher, "encrypt">, batch = 200): Promise<number> {
  let sealed = 0;
  // Every round seals (or sees sealed by another instance) each row it reads, so the rounds are bounded by the count.
  const rounds = Math.ceil((await db.intakeCase.count({ where: UNSEALED })) / batch) + 1;
  for (let round = 0; round < rounds; round += 1) {
    const rows = await db.intakeCase.findMany({ where: UNSEALED, select: { id: true, commune: true, reasonsJson: true, reasonsEncrypted: true }, orderBy: { id: "asc" }, take: batch });
    if (rows.length === 0) break;
    for (const row of rows) {
      const reasons = row.reasonsEncrypted === null ? parseReasons(row.reasonsJson) : null;
      const data = {
        ...(reasons === null ? {} : { reasonsEncrypted: cipher.encrypt(JSON.stringify(reasons)), reasonsJson: JSON.stringify(reasons.map(reasonLabel)) }),
        ...(row.commune !== null && !row.commune.startsWith("v1:") ? { commune: cipher.encrypt(row.commune) } : {}),
      };
      const won = await db.intakeCase.updateMany({ where: { id: row.id, commune: row.commune, reasonsJson: row.reasonsJson, reasonsEncrypted: row.reasonsEncrypted }, data });
      sealed += won.count;
    }
  }
  return sealed;
}

function parseReasons(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((r): r is string => typeof r === "string") : [];
  } catch {
    return [];
  }
}
