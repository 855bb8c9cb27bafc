/**
 * The columns an officer's search is matched against, written beside the case: a keyed hash
 * of the reporter's phone number and keyed hashes of the folded words of the commune and
 * province (and their beginnings), so both stay unreadable in the database and can still be
 * found by what an officer types. Cases stored before these columns existed get them at
 * start (`backfillCaseSearchKeys`).
 */
import type { FieldCipher } from "../core/field-cipher.ts";
import { foldKey } from "../core/vietnamese-text.ts";
import type { Db } from "./database.ts";
import { openCommune } from "./case-repository.ts";

const PHONE_PURPOSE = "reporter-phone";
const PLACE_PURPOSE = "case-place-word";
const PHONE_IN_TEXT = /(?:\+?\s?84|0)(?:[\s.()-]?\d){8,10}/g;

/** "+84 912 345 678", "0912.345.678" and "84912345678" all give "0912345678"; null when it is not a Vietnamese number. */
export function nationalPhone(text: string): string | null {
  const digits = text.replace(/\D/g, "");
  const national = digits.startsWith("84") && digits.length >= 11 ? `0${digits.slice(2)}` : digits;
  return /^0\d{9,10}$/.test(national) ? national : null;
}

/** The first phone number written in a contact ("zalo 0388 123 456 buổi tối"), as nationalPhone gives it. */
export function phoneInContact(contact: string | null): string | null {
  for (const match of (contact ?? "").matchAll(PHONE_IN_TEXT)) {
    const phone = nationalPhone(match[0]);
    if (phone) return phone;
  }
  return null;
}

/** A search typed as a phone number: only digits, spaces, dots, dashes, brackets and a leading +. */
export function phoneOfQuery(query: string): string | null {
  return /^\+?[\d\s.()-]{9,20}$/.test(query.trim()) ? nationalPhone(query) : null;
}

export function phoneHash(cipher: Pick<FieldCipher, "lookupHash">, phone: string): string {
  return cipher.lookupHash(PHONE_PURPOSE, phone);
}

/**
 * The place words a search matches, as keyed hashes (the commune is children's data and never
 * stored in clear): one token per word and per beginning of a word of 2+ letters ("ea", "sup",
 * "su" of "xã Ea Súp"), spaces around each, so a searched word is matched whole as a token.
 */
export function placeKeyOf(cipher: Pick<FieldCipher, "lookupHash">, commune: string | null, provinceName: string | null): string {
  const words = foldKey([commune ?? "", provinceName ?? ""].join(" ")).split(/\s+/).filter(Boolean);
  const tokens = new Set(words.flatMap((w) => Array.from({ length: Math.max(0, w.length - 1) }, (_, i) => placeToken(cipher, w.slice(0, i + 2)))));
  return tokens.size ? ` ${[...tokens].join(" ")} ` : "";
}

/** The token of one folded place word (or beginning of one) in placeKey. */
export function placeToken(cipher: Pick<FieldCipher, "lookupHash">, folded: string): string {
  return cipher.lookupHash(PLACE_PURPOSE, folded).slice(0, 16);
}

/** The search columns of a case as written (a write that sets the contact or the place sets these too). */
export function searchColumns(cipher: Pick<FieldCipher, "lookupHash">, fields: { contact: string | null; commune: string | null; provinceName: string | null }) {
  const phone = phoneInContact(fields.contact);
  return { phoneHash: phone ? phoneHash(cipher, phone) : null, placeKey: placeKeyOf(cipher, fields.commune, fields.provinceName) };
}

/**
 * Fills the search columns of cases stored before they existed (placeKey still null), in
 * batches; safe to run on several instances at once (each row is written with the same values).
 * Returns how many cases it filled.
 */
export async function backfillCaseSearchKeys(db: Db, cipher: FieldCipher, batch = 200): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.intakeCase.findMany({ where: { placeKey: null }, select: { id: true, contactEncrypted: true, commune: true, provinceName: true }, take: batch });
    if (rows.length === 0) return filled;
    // One transaction a batch: one durable commit for 200 rows, not one each (a first start with 20,000 old cases took 96 s that way).
    await db.$transaction(rows.map((row) => {
      const contact = row.contactEncrypted === null ? null : openContact(cipher, row.contactEncrypted);
      return db.intakeCase.updateMany({ where: { id: row.id, placeKey: null }, data: searchColumns(cipher, { contact, commune: openCommune(cipher, row.commune), provinceName: row.provinceName }) });
    }));
    filled += rows.length;
  }
}

/** The contact of a stored case; one that cannot be read (written under another key) counts as none rather than stopping the start. */
function openContact(cipher: FieldCipher, sealed: string): string | null {
  try {
    return JSON.parse(cipher.decrypt(sealed)) as string | null;
  } catch {
    return null;
  }
}
