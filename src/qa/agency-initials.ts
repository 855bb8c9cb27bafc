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
  // "Theo KH 2509, DOJ làm gì?": the English abbreviation of a body's English name ("Department of Justice (DOJ)") names it
  // in a Vietnamese question too.
  const byEnglish = new Map<string, Set<Agency>>();
  for (const a of agencies) {
    const abbreviation = /\(([A-Z]{3,7})\)/.exec(a.english ?? "")?.[1]?.toLowerCase();
    if (abbreviation) byEnglish.set(abbreviation, (byEnglish.get(abbreviation) ?? new Set()).add(a));
  }
  return (raw) => raw.replace(TOKEN_RE, (token) => {
    const key = foldWords(token).join("");
    if (known.has(key)) return token;
    const hits = byInitials.get(key) ?? byEnglish.get(key);
    if (!hits || hits.size !== 1) return token;
    return [...hits][0]!.name.replace(/\s+tỉnh$/u, "");
  });
}

/** Head words of agency names, as written (with or without marks): what follows them may be the rest of the name in initials. */
const HEAD_RE = /(?<![\p{L}\d])(Sở|sở|SỞ|So|so|Phòng|phòng|PHÒNG|Phong|phong|Ban|ban|Hội|hội|Hoi|hoi|Đài|đài|Dai|dai|Cục|cục|Cuc|cuc|Bộ|bộ|Bo|bo)\s+/gu;
/** One group of initials: capitals ("LĐ", "GD", "T"), or two to four letters typed plain without vowels ("gd", "dt", "tb"). */
const GROUP_RE = /^(?:\p{Lu}{1,4}|[bcdđghklmnpqrstvx]{2,4})(?![\p{L}\d])/u;
/** What may join two groups: "-", "&", ",", a space, or "và". */
const JOIN_RE = /^(?:\s*[-&,]\s*|\s+(?:và|va|VÀ)\s+|\s+)/u;
/** Words at the end of a name that say its level, not which body ("tỉnh", "cấp huyện"). */
const LEVEL_TAIL_RE = /\s+(tỉnh|cấp huyện|cấp xã)$/u;

/**
 * "Sở VH TT DL", "Phòng GD-ĐT", "Sở LĐ - TB và XH", "Hội LH PN", "Ban DT", "so gd dt": a head word ("Sở", "Phòng", "Hội",
 * "Ban", "Đài", "Cục", "Bộ") followed by the initials of the rest of one body's name, joined however they are typed, is
 * written out as that body's name, so no part of it is read as anything else (a province "DL", the department "GD&ĐT"
 * inside "Phòng GD&ĐT", the words "xã hội" for "XH"). Initials that spell several bodies' names are left as written.
 */
export function createHeadInitialsWriter(agencies: readonly Agency[]): (raw: string) => string {
  const byKey = new Map<string, Set<Agency>>();
  for (const a of agencies) {
    const name = a.name.replace(/\s*\(.*?\)\s*/g, " ").trim().replace(LEVEL_TAIL_RE, "");
    const words = foldWords(name);
    const head = words[0];
    const rest = words.slice(1).filter((w) => w !== "va");
    if (!head || rest.length === 0) continue;
    const key = `${head} ${rest.map((w) => w[0]).join("")}`;
    byKey.set(key, (byKey.get(key) ?? new Set()).add(a));
  }
  return (raw) => {
    const text = raw.normalize("NFC");
    let out = "";
    let at = 0;
    for (const m of text.matchAll(HEAD_RE)) {
      if (m.index < at) continue;
      const head = foldWords(m[1]!)[0]!;
      const start = m.index + m[0].length;
      // Groups after the head, each joined to the one before; the longest run spelling one body's initials is that body.
      let pos = start;
      let letters = "";
      let best: { end: number; agency: Agency } | null = null;
      for (let n = 0; n < 6; n++) {
        const g = GROUP_RE.exec(text.slice(pos));
        if (!g) break;
        letters += foldWords(g[0]).join("");
        pos += g[0].length;
        const hits = byKey.get(`${head} ${letters}`);
        if (hits?.size === 1) best = { end: pos, agency: [...hits][0]! };
        const j = JOIN_RE.exec(text.slice(pos));
        if (!j) break;
        pos += j[0].length;
      }
      if (!best) continue;
      out += text.slice(at, m.index) + best.agency.name.replace(/\s*\(.*?\)\s*/g, " ").trim().replace(LEVEL_TAIL_RE, "");
      at = best.end;
    }
    return out + text.slice(at);
  };
}
