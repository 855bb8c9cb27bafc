/**
 * A body written as the initials of its whole name, head word included ("HLHPN" Hội Liên hiệp
 * Phụ nữ, "BDT" Ban Dân tộc): written out as the name before the question is read. Only a
 * token of three or more capitals standing alone, never inside a document number, and only
 * when one body of the registry has those initials (with or without a trailing "tỉnh").
 */
import type { Agency } from "../kb/types.ts";
import { foldWords } from "../core/vietnamese-text.ts";

const TOKEN_RE = /(?<![\p{L}\d/&-])(\p{Lu}{3,7})(?![\p{L}\d/&-])/gu;

function initialsOf(name: string): string[] {
  const words = foldWords(name).filter((w) => w !== "va");
  const all = words.map((w) => w[0]).join("");
  return words.at(-1) === "tinh" ? [all, all.slice(0, -1)] : [all];
}

export function createAgencyInitialsWriter(agencies: readonly Agency[]): (raw: string) => string {
  const byInitials = new Map<string, Set<Agency>>();
  // A token some body already has as its own short form ("UBND", "LHPN") is left to the registry's lookup.
  const known = new Set(agencies.flatMap((a) => a.aliases).map((s) => foldWords(s).join(" ")));
  for (const a of agencies) {
    for (const key of initialsOf(a.name)) if (key.length >= 3) byInitials.set(key, (byInitials.get(key) ?? new Set()).add(a));
  }
  return (raw) => raw.replace(TOKEN_RE, (token) => {
    const key = foldWords(token).join("");
    if (known.has(key)) return token;
    const hits = byInitials.get(key);
    if (!hits || hits.size !== 1) return token;
    return [...hits][0]!.name.replace(/\s+tỉnh$/u, "");
  });
}
