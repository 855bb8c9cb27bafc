/**
 * The province a reporter's message places the child in (the report flow's `findProvince`):
 * today's province for the name typed, old names mapped. When several provinces are named, the
 * one where the child or the writer lives wins over where the parents went to work or where
 * someone comes from: "Bố mẹ chúng nó vào Bình Dương làm ăn ... Nhà tôi ở xã Ea Kar, Đắk Lắk"
 * is Đắk Lắk.
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import type { Registry } from "./registry.ts";

/** Not inside a word: JavaScript's \b knows only ASCII letters, and "xã", "tỉnh" end in others. */
const L = String.raw`\p{L}\p{N}`;

/** Said just before a province: a commune, ward, village or district, or living there ("nhà tôi ở", "sống tại", "lives in"). */
const PLACE_BEFORE = new RegExp(String.raw`(?<![${L}])(?:xã|phường|thị trấn|thôn|ấp|bản|buôn|huyện|quận|thị xã|tỉnh|thành phố|tp\.?|xa|phuong|thon|huyen|quan|tinh|commune|ward|district|province)(?![${L}])[^.;!?\n]{0,40}$`, "iu");
const LIVES_BEFORE = new RegExp(String.raw`(?<![${L}])(?:nhà (?:tôi|tui|mình|em|cháu|bé|nó|ông bà|bà|ông)?\s*ở|đang ở|sống ở|sống tại|ở tại|nha (?:toi|tui|minh|em|chau|be|no)?\s*o|song o|lives? in|living in|stays? in|staying in|home is in)\s+$`, "iu");
/** Going away to work, said before the place: "đi làm ở Hà Nội", "làm công nhân ở Bắc Ninh", "went to work in Hanoi". */
const AWAY_BEFORE = new RegExp(String.raw`(?<![${L}])(?:làm ăn|đi làm|làm thuê|làm công nhân|làm việc|làm công ty|làm cho công ty|làm nhà máy|làm xí nghiệp|làm khu công nghiệp|đi xa|xuất khẩu lao động|lao động|lam an|di lam|lam thue|lam cong nhan|lam viec|lam cong ty|lam nha may|work(?:s|ing|ed)? in|went to|moved to)\s+(?:\S+\s+){0,3}$`, "iu");
/** Going away to work, said after the place: "vào Bình Dương làm ăn", "lên Thái Nguyên làm công nhân", "to Hanoi to work". */
const AWAY_AFTER = new RegExp(String.raw`^[\s,]*(?:để\s+|de\s+)?(?:làm ăn|đi làm|làm thuê|làm công nhân|làm công ty|làm nhà máy|làm xưởng|làm khu công nghiệp|làm việc|lao động|kiếm sống|lam an|di lam|lam thue|lam cong nhan|lam cong ty|lam nha may|lam xuong|lam viec|lao dong|kiem song|to work|for work|to find work)(?![${L}])`, "iu");
/** Where someone comes from: "quê ở Thanh Hóa", "từ Hà Giang xuống", "comes from Lao Cai". */
const ORIGIN_BEFORE = new RegExp(String.raw`(?<![${L}])(?:quê(?: ở| tại| gốc)?|que(?: o| tai| goc)?|(?:comes?|came) from|originally from|hometown(?: is)?(?: in)?)\s+$`, "iu");
const FROM_MOVING = new RegExp(String.raw`^[\s,]*(?:vào|vô|ra|lên|xuống|sang|qua|đến|tới|vao|vo|len|xuong|den|toi)(?![${L}])`, "iu");
const FROM_BEFORE = new RegExp(String.raw`(?<![${L}])(?:từ|tu)\s+$`, "iu");

/** A level below the province just before the name: the name is a village's, a street's or a commune's ("thôn Hòa Bình", "khu phố Bình Định"); "thành phố Vinh" is a city, not a street. */
const LOCAL_LEVEL_BEFORE = new RegExp(String.raw`(?<![${L}])(?<!thành\s|thanh\s)(?:thôn|ấp|bản|buôn|xóm|làng|tổ|khu phố|khu|phố|đường|xã|phường|thị trấn|thon|ap|ban|buon|xom|lang|to|khu pho|duong|xa|phuong|village|street|hamlet)\s+$`, "iu");
/** English puts the level after the name: "Vinh Hai ward, Nha Trang" is a ward's name, read like "phường Vĩnh Hải" (the name may be the first of its words). */
const LOCAL_LEVEL_AFTER = new RegExp(String.raw`^(?:\s+[${L}]+){0,2}\s+(?:ward|commune|village|hamlet|street)(?![${L}])`, "iu");
/** The writer takes the place back right after it: "Long Khánh... à không, tôi ở Tây Ninh", "Quang Nam, sorry, I mean Hue". */
const TAKEN_BACK_AFTER = new RegExp(String.raw`^[\s,.…]*(?:(?:à|a|ơ|o|ấy|ay|oh|uh)[\s,]+(?:không|khong|ko|nhầm|nham)|nhầm|nham|no wait|sorry|i mean)(?![${L}])`, "iu");

/**
 * "... ở chợ Đông Ba, Huế. À nhầm, con bé 14 tuổi": a sentence later, the take-back is of what it then says (an age, a name), not the
 * place, unless it says a place again ("Huế. À nhầm, ở Đà Nẵng") (walk 55 asked the place again).
 */
function otherTakenBack(text: string, end: number, places: readonly { start: number }[]): boolean {
  const after = text.slice(end);
  const m = /^\s*[.!…]+\s*(?:à|a|ơ|o|ấy|ay)?[\s,]*(?:không|khong|ko|nhầm|nham)[\s,]+(.*)$/isu.exec(after);
  if (!m) return false;
  const rest = m[1]!.split(/[.;!?\n]/u)[0] ?? "";
  // "À không, Huế mới đúng", "a nham, da nang": a province the registry finds in the sentence is a place said again, however written.
  const from = end + after.length - m[1]!.length;
  const named = places.some((p) => p.start >= from && p.start < from + rest.length);
  return rest.trim() !== "" && !named && !new RegExp(String.raw`(?<![${L}])(?:ở|tại|o|tai|xã|phường|tỉnh|thành phố|huyện|quận|xa|phuong|tinh|huyen|quan|in|at|province|city)(?![${L}])`, "iu").test(rest);
}

function placeScore(text: string, start: number, end: number, places: readonly { start: number }[] = []): number {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 40);
  let score = 0;
  if (LOCAL_LEVEL_BEFORE.test(before) || LOCAL_LEVEL_AFTER.test(after)) score -= 3;
  if (TAKEN_BACK_AFTER.test(after) && !otherTakenBack(text, end, places)) score -= 4;
  if (PLACE_BEFORE.test(before) || LIVES_BEFORE.test(before)) score += 1;
  if (AWAY_BEFORE.test(before) || AWAY_AFTER.test(after)) score -= 3;
  if (ORIGIN_BEFORE.test(before) || (FROM_BEFORE.test(before) && FROM_MOVING.test(after))) score -= 1;
  return score;
}

/** Today's province where the message places the child, or null when it names none. */
/** Today's province for a place the reporter typed: the words that named it, and whether they named the province or a former district of it. */
export interface ChildProvince {
  id: string;
  name: string;
  matched?: string;
  level?: "province" | "district";
  /** A town or city of the province named beside it ("pleiku gia lai", "Buôn Ma Thuột"): a place below the province, as typed. */
  place?: string;
  /** The province named is one merged into another or renamed in 2025 ("Phú Yên", now Đắk Lắk; "Thừa Thiên Huế", now Huế): its name then. */
  former?: string;
  /** The former name is today's province under its old name (renamed, not merged): "Thừa Thiên Huế" is Huế. */
  renamed?: boolean;
}

export function findChildProvince(registry: Pick<Registry, "findProvinces" | "findDistricts">, text: string): ChildProvince | null {
  // "hn", "hcm" typed in lower case are often chat shorthand ("hn" is "hôm nay"): a province named in full comes first.
  // "phường Bảo Vinh, Long Khánh" is two names, not "Vĩnh Long": a match across a comma or a full stop is none.
  // "TP.HCM", "TP. Hồ Chí Minh": a dot right after "TP" is part of the name.
  const mentions = registry.findProvinces(text).filter((m) => !/[,.;:!?…]/u.test(m.matched.replace(/^(TP|Tp|tp)\.\s?/u, "")));
  const full = mentions.filter((m) => !(m.matched.length <= 3 && m.matched === m.matched.toLowerCase()));
  // Where the child is, not where someone went to work or comes from (the first named on a tie).
  const ranked = [...full].sort((a, b) => placeScore(text, b.start, b.end, mentions) - placeScore(text, a.start, a.end, mentions));
  // Only where the parents went to work, a village that bears a province's name, or a place taken back: no province of the child
  // ("ba mẹ nó vô Đồng Nai làm công nhân, gửi nó cho dì nó nuôi": asked, not Đồng Nai).
  const best = ranked[0] && placeScore(text, ranked[0].start, ranked[0].end, mentions) <= -2 ? undefined : ranked[0] ?? (full.length === 0 ? mentions[0] : undefined);
  // No province named: a former district or town of one ("xã Ia Grai", "trang bang") names it.
  const district = best ? undefined : registry.findDistricts?.(text).find((m) => !/[,.;:!?…]/u.test(m.matched));
  const found = best ?? district;
  if (!found) return null;
  const hit = found.province;
  const isPlace = (m: { province: { id: string; places?: readonly string[] }; matched: string }) => (m.province.places ?? []).some((p) => foldKey(p) === foldKey(m.matched));
  const place = mentions.find((m) => m.province.id === hit.id && isPlace(m))?.matched;
  const where = { matched: found.matched, level: best ? ("province" as const) : ("district" as const), ...(place ? { place } : {}) };
  // "Phú Yên", "tỉnh Bình Định", "Thừa Thiên Huế": a name of before the 2025 merger, not today's ("Huế", "TP Huế" is today's).
  const bare = (n: string) => foldKey(n).replace(/^(?:tinh|tp|thanh pho)\s+/, "").replace(/\s+(?:province|city)$/, "");
  const former = best && hit.today && hit.today.name !== hit.name && bare(found.matched) !== bare(hit.today.name) ? { former: hit.name, ...(hit.today.provinceId === hit.id ? { renamed: true } : {}) } : {};
  return hit.today ? { id: hit.today.provinceId, name: hit.today.name, ...where, ...former } : { id: hit.id, name: hit.name, ...where };
}

/** Today's province for the first province the text names in full, wherever it stands (no scoring of where the child is), or null. */
export function findNamedProvince(registry: Pick<Registry, "findProvinces">, text: string): ChildProvince | null {
  const named = registry.findProvinces(text).find((m) => !/[,.;:!?…]/u.test(m.matched) && !(m.matched.length <= 3 && m.matched === m.matched.toLowerCase()));
  if (!named) return null;
  const hit = named.province;
  if (!hit.today) return { id: hit.id, name: hit.name, matched: named.matched, level: "province" };
  // "Bình Dương", now part of Thành phố Hồ Chí Minh: the name then, as findChildProvince says it.
  const former = hit.today.provinceId !== hit.id && hit.today.name !== hit.name && foldKey(named.matched) !== foldKey(hit.today.name) ? { former: hit.name } : {};
  return { id: hit.today.provinceId, name: hit.today.name, matched: named.matched, level: "province", ...former };
}
