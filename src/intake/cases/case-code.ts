/**
 * Case codes: "TE-" (trẻ em) and six characters of an alphabet without 0/O, 1/I/L, so a
 * code read over the phone or retyped from a screenshot is not mistaken for another.
 */
import { randomInt } from "node:crypto";
import { CASE_CODE_ALPHABET, normaliseCaseCode } from "../case-intake-port.ts";

export const CASE_CODE_PREFIX = "TE";
const BODY_LENGTH = 6;

/** A fresh random code such as "TE-7K3M9Q" (about 887 million possible bodies). */
export function newCaseCode(random: (max: number) => number = randomInt): string {
  let body = "";
  for (let i = 0; i < BODY_LENGTH; i += 1) body += CASE_CODE_ALPHABET[random(CASE_CODE_ALPHABET.length)];
  return `${CASE_CODE_PREFIX}-${body}`;
}

/**
 * The lookup key of what someone typed: "te-7k3m9q", "TE 7K3M9Q" and "7K3M9Q" all give
 * "TE7K3M9Q". Returns null when it cannot be a case code, so the lookup answers not-found
 * without touching the database.
 */
export function caseCodeKey(typed: string): string | null {
  const plain = normaliseCaseCode(typed);
  const key = plain.length === BODY_LENGTH ? CASE_CODE_PREFIX + plain : plain;
  if (key.length !== CASE_CODE_PREFIX.length + BODY_LENGTH || !key.startsWith(CASE_CODE_PREFIX)) return null;
  return key;
}
