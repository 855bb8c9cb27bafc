/**
 * Vietnamese text normalisation shared by the knowledge base, question understanding and
 * triage. People type without diacritics, with either tone-mark placement (hoà / hòa,
 * uỷ / ủy), with "d" for "đ" and with stray punctuation; every comparison in the product
 * goes through these functions so that all those spellings meet.
 */

/** Old-style tone placements (tone on the first vowel of oa/oe/uy) rewritten to the modern one. */
const TONE_PLACEMENT: ReadonlyArray<[RegExp, string]> = [
  [/òa/g, "oà"], [/óa/g, "oá"], [/ỏa/g, "oả"], [/õa/g, "oã"], [/ọa/g, "oạ"],
  [/òe/g, "oè"], [/óe/g, "oé"], [/ỏe/g, "oẻ"], [/õe/g, "oẽ"], [/ọe/g, "oẹ"],
  [/ùy/g, "uỳ"], [/úy/g, "uý"], [/ủy/g, "uỷ"], [/ũy/g, "uỹ"], [/ụy/g, "uỵ"],
];

const OLD_TONE_PLACEMENT = /[òóỏõọ][ae]|[ùúủũụ]y/g;
const NEW_TONE_PLACEMENT: ReadonlyMap<string, string> = new Map(TONE_PLACEMENT.map(([from, to]) => [from.source, to]));

/**
 * Canonical Unicode form for display-preserving comparisons: NFC, one tone placement
 * (the "oà/uỷ" style), unified dashes and quotes, collapsed whitespace. Keeps diacritics.
 */
export function canonicalVietnamese(text: string): string {
  // One pass for all of TONE_PLACEMENT: its pairs never overlap and what they become starts none.
  const s = text.normalize("NFC").toLowerCase().replace(OLD_TONE_PLACEMENT, (pair) => NEW_TONE_PLACEMENT.get(pair)!);
  // Dashes and quotes are rare in questions: the three replacements are run only when one is there.
  const marks = TYPOGRAPHIC_MARK_RE.test(s)
    ? s.replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u2018\u2019\u201a\u201b]/g, "'").replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    : s;
  return (UNEVEN_SPACE_RE.test(marks) ? marks.replace(/\s+/g, " ") : marks).trim();
}

const TYPOGRAPHIC_MARK_RE = /[\u2010-\u2015\u2212\u2018\u2019\u201a-\u201f]/;
/** Whitespace `\s+ -> " "` would change: a run of two or more, or any whitespace but a plain space. */
const UNEVEN_SPACE_RE = /\s\s|[^\S ]/;

/**
 * Folds text to lowercase ASCII: no diacritics, "đ" as "d", dashes unified, whitespace
 * collapsed. "Sở Lao động – TBXH" and "so lao dong - tbxh" fold to the same string.
 */
export function foldVietnamese(text: string): string {
  // Fast path: ASCII and precomposed Latin letters fold one by one to what the whole string folds to.
  const table = (foldTable ??= buildFoldTable());
  const same = foldsToItself!;
  // Runs of characters that fold to themselves are copied as slices, not character by character.
  let out = "";
  let run = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && same[code] === 1) continue;
    const folded = code < FOLD_TABLE_END ? table[code] : undefined;
    if (folded === undefined) return foldSlowly(text);
    if (folded === " ") space = true;
    out += text.slice(run, i) + folded;
    run = i + 1;
  }
  out = run === 0 ? text : out + text.slice(run);
  // Every whitespace is a plain space by now: only a run of two or more is collapsed.
  return space ? (out.includes("  ") ? out.replace(/ +/g, " ") : out).trim() : out;
}

/** 1 for each ASCII character that folds to itself and is no whitespace (filled with the fold table). */
let foldsToItself: Uint8Array | undefined;

/** Characters below this have an entry in the fold table when they fold alone. */
const FOLD_TABLE_END = 0x1f00;
let foldTable: Array<string | undefined> | undefined;

/**
 * Each ASCII character (whitespace as a space) and each precomposed letter of Latin-1, Latin Extended-A/B and Latin
 * Extended Additional (all Vietnamese letters) folded alone: their decompositions start with a base letter and their
 * lower case does not depend on the letters around, so folding them one by one gives the same as folding the text.
 */
function buildFoldTable(): Array<string | undefined> {
  const table: Array<string | undefined> = new Array<string | undefined>(FOLD_TABLE_END).fill(undefined);
  foldsToItself = new Uint8Array(0x80);
  for (let code = 0; code < 0x80; code++) {
    table[code] = /\s/.test(String.fromCharCode(code)) ? " " : foldSlowly(String.fromCharCode(code));
    if (table[code] === String.fromCharCode(code) && table[code] !== " ") foldsToItself[code] = 1;
  }
  for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCharCode(code);
      const folded = foldSlowly(ch);
      if (!/\s/.test(ch) && folded.length > 0 && !/\s/.test(folded)) table[code] = folded;
    }
  }
  return table;
}

function foldSlowly(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const FOLDED_WORD_RE = /[a-z0-9&/%]+/g;

/**
 * Folded text reduced to words: punctuation becomes space, so "Sở GD&ĐT," and
 * "so gd&dt" give the same tokens. "&" and "/" are kept because they are part of
 * abbreviations (GD&ĐT, QĐ-UBND is kept by the caller when it needs document numbers).
 */
export function foldWords(text: string): string[] {
  // The runs of kept characters, in one pass (as replacing the others by spaces and splitting would give them).
  return foldVietnamese(text).match(FOLDED_WORD_RE) ?? [];
}

/** Folded text with words joined by single spaces: a convenient key for phrase matching. */
export function foldKey(text: string): string {
  return foldWords(text).join(" ");
}

/** True when the text contains at least one Vietnamese letter with a diacritic or đ. */
export function hasVietnameseDiacritics(text: string): boolean {
  const nfc = text.normalize("NFC");
  return /[\u00c0-\u1ef9đĐ]/.test(nfc) && /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(nfc);
}

/**
 * Regional words of the Centre and the South, as written with their tones, in the standard words
 * the readers of answers know: "ngay chừ thì không" is "ngay giờ thì không", "đêm ni" is "đêm nay",
 * "hổng" is "không", "dìa" is "về". Only forms that are no other common word with their tones are
 * changed ("chừ", not "chú"); text without diacritics is left as it is, except "bay chu" (bây chừ).
 */
const DIALECT: ReadonlyArray<[RegExp, string]> = [
  [/(^|[^\p{L}])bây chừ(?=[^\p{L}]|$)/giu, "$1bây giờ"],
  [/(^|[^\p{L}])bay chu(?=[^\p{L}]|$)/giu, "$1bay gio"],
  [/(^|[^\p{L}])chừ(?=[^\p{L}]|$)/giu, "$1giờ"],
  [/(^|[^\p{L}])(đêm|tối|hôm|bữa|sáng|chiều|trưa|tuần|tháng|năm|giờ|lúc) ni(?=[^\p{L}]|$)/giu, "$1$2 nay"],
  // "bữa nay" (South), "bữa ni" (Centre): today.
  [/(^|[^\p{L}])bữa nay(?=[^\p{L}]|$)/giu, "$1hôm nay"],
  [/(^|[^\p{L}])hổng(?=[^\p{L}]|$)/giu, "$1không"],
  [/(^|[^\p{L}])dìa(?=[^\p{L}]|$)/giu, "$1về"],
  [/(^|[^\p{L}])rứa(?=[^\p{L}]|$)/giu, "$1vậy"],
];

export function standardDialect(text: string): string {
  let s = text.normalize("NFC");
  for (const [re, to] of DIALECT) s = s.replace(re, to);
  return s;
}
