/**
 * A commune or town typed short or without diacritics, spelled as the registry knows the places of the province (its towns and the
 * districts before the 2025 reorganisation, content/registry/provinces.json): "BMT" is Buôn Ma Thuột, "buon ma thuot" is Buôn Ma
 * Thuột, "xa Krong Buk" is "xã Krông Búk". Only when exactly one known name fits; otherwise the reporter's words are kept as typed.
 */
import { foldKey, foldVietnamese, hasVietnameseDiacritics } from "../../core/vietnamese-text.ts";
import type { Language } from "../../core/message-types.ts";
import type { ReportFlowDeps } from "./report-flow-types.ts";

/** A level word at the start, typed with or without its tones (folded key → as written). */
const LEVELS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:xã|xa)\s+/iu, "xã "], [/^(?:phường|phuong|p\.?)\s+/iu, "phường "], [/^(?:thị trấn|thi tran|tt\.?)\s+/iu, "thị trấn "], [/^(?:thị xã|thi xa)\s+/iu, "thị xã "],
  [/^(?:huyện|huyen)\s+/iu, "huyện "], [/^(?:thành phố|thanh pho|tp\.?)\s+/iu, "thành phố "], [/^(?:đặc khu|dac khu)\s+/iu, "đặc khu "],
];
/** An English level word at the end ("Krong Buk commune"), kept as typed. */
const EN_LEVEL = /\s+(?:commune|ward|town|city|district)$/i;

/** Initials of a name ("Buôn Ma Thuột" → "BMT"). */
const initials = (name: string): string => foldKey(name).split(" ").filter(Boolean).map((w) => w[0]!.toUpperCase()).join("");

/** The commune spelled as the registry knows it, or the commune as typed. */
export function knownSpelling(commune: string, provinceId: string | null | undefined, deps: Pick<ReportFlowDeps, "placesOf">, language: Language = "vi"): string {
  if (!provinceId || !deps.placesOf) return commune;
  const known = deps.placesOf(provinceId);
  if (known.length === 0) return commune;
  const typed = commune.trim();
  let level = "";
  let name = typed;
  for (const [re, written] of LEVELS) {
    const m = re.exec(name);
    if (m) { level = written; name = name.slice(m[0].length); break; }
  }
  const en = EN_LEVEL.exec(name);
  const tail = en ? en[0] : "";
  if (en) name = name.slice(0, en.index);
  // A name typed with its tones is the reporter's spelling.
  if (hasVietnameseDiacritics(name)) return commune;
  // "BMT": the initials of a known town, written as the registry writes it first (its other spellings follow it).
  const abbreviation = /^[A-Z]{2,4}$/.test(name) ? known.find((k) => k.split(/\s+/).length === name.length && initials(k) === name && hasVietnameseDiacritics(k)) ?? null : null;
  // "buon ma thuot", "Krong Buk": one known name with the same letters.
  const same = [...new Set(known.filter((k) => foldKey(k) === foldKey(name)))];
  const found = abbreviation ?? (same.length === 1 ? same[0]! : null);
  if (!found) return commune;
  // An English report speaks without Vietnamese letters (but the province's official name): "BMT" is "Buon Ma Thuot" there, and a
  // name typed without tones stays as typed.
  if (language === "en") return abbreviation ? `${level}${foldVietnamese(found).replace(/\b\p{L}/gu, (c) => c.toUpperCase())}${tail}` : commune;
  return `${level}${found}${tail}`;
}
