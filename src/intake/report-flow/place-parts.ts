/**
 * A place below the province read in its two levels: the commune or ward, which officers refer to (the commune People's
 * Committee), and the hamlet, village or residential group inside it (thôn, ấp, bản, buôn, làng, xóm, tổ dân phố, khu phố),
 * which helps find the house. "ấp 2, Tân Phú" is the hamlet "ấp 2" in the commune "Tân Phú"; "thôn Đông Hòa" alone is a hamlet
 * whose commune is still to ask (walk 30: a hamlet was taken as the commune and the commune typed after it was lost).
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import type { ReportDraft } from "../case-intake-port.ts";

/** A level below the commune, opening a part of a place (folded): "thôn 3", "ấp Tân Hòa", "tổ dân phố 5", "khu phố 2", "hamlet 4". */
// "Buôn Ma Thuột", "Buôn Hồ" are towns (wards today) whose names open with the word for a village: no hamlet (walk 36 asked which commune "Buôn Ma Thuột" is in).
const HAMLET = /^(?:thon|ap|ban|buon(?! ma thuot\b| ho\b)|plei|lang|xom|khom|to dan pho|tdp|khu pho|kp|khu dan cu|to \d|khu \d|hamlet|village)\b|\s(?:hamlet|village)$/;
/** A commune-level part (folded): "xã Ea Kar", "phường Tân Lợi", "thị trấn Phước An", "Hoa Xuan ward". */
const COMMUNE = /^(?:xa|phuong|thi tran|dac khu|commune|ward)\b|\s(?:commune|ward)$/;
/** A name typed without its level ("Tân Phú", "Ea Kar"): a few words, no digits, no words of a sentence. */
const RAW_NAME = /^[\p{L}'-]+(?:\s[\p{L}'-]+){0,3}$/u;
const NOT_A_NAME = /\b(?:nha|o|tai|gan|canh|cua|voi|toi|tui|minh|em|be|chau|no|tinh|thanh pho|tp|province|city|district|huyen|quan)\b/;

// "Buon Don commune": a name opening with the word for a village, said as a commune, is the commune (walk 54 asked which commune it is in).
const isHamlet = (part: string) => HAMLET.test(foldKey(part)) && !/\s(?:commune|ward)$/.test(foldKey(part));
const isCommune = (part: string) => COMMUNE.test(foldKey(part));

/** The place's parts: its hamlet (null when none is named) and its commune (null when only a hamlet is). */
export interface PlaceParts {
  hamlet: string | null;
  commune: string | null;
}

/**
 * Splits a place typed below the province ("thôn 3, xã Ea Kar", "ấp 2, Tân Phú", "khu phố Lộc Thành, phường An Tịnh"); a place
 * that names no hamlet is the commune as it is. `isProvince` tells a part that is the province (left out).
 */
export function placeParts(place: string, isProvince: (part: string) => boolean = () => false): PlaceParts {
  // "khu phố 3 phường Tân Lập": a commune level inside a part opens a part of its own.
  const parts = place.split(/\s*[,;]\s*|\s+(?=(?:xã|phường|thị trấn|đặc khu|xa|phuong|thi tran)\s)/iu).map((p) => p.trim()).filter(Boolean);
  const hamlets = parts.filter(isHamlet);
  if (hamlets.length === 0) return { hamlet: null, commune: place.trim() || null };
  const commune = parts.find(isCommune) ?? rawAfter(parts, parts.indexOf(hamlets.at(-1)!), isProvince);
  return { hamlet: hamlets.join(", "), commune };
}

/** The part just after the hamlet, when it is a name typed without its level and not the province: the commune. */
function rawAfter(parts: string[], at: number, isProvince: (part: string) => boolean): string | null {
  const next = parts[at + 1];
  if (!next || isHamlet(next) || isProvince(next) || !RAW_NAME.test(next) || NOT_A_NAME.test(foldKey(next))) return null;
  return next;
}

/** The raw commune typed after a hamlet in a longer text ("nhà ở ấp 2, Tân Phú, Đồng Nai"): the name after the hamlet's words. */
export function communeAfterHamlet(text: string, hamlet: string, isProvince: (part: string) => boolean): string | null {
  const nfc = text.normalize("NFC");
  const at = nfc.toLowerCase().indexOf(hamlet.normalize("NFC").toLowerCase());
  if (at < 0) return null;
  const after = nfc.slice(at + hamlet.length).split(/[.;!?\n]/u)[0] ?? "";
  const parts = after.split(/\s*,\s*/u).map((p) => p.trim());
  return parts[0] === "" ? rawAfter(["", ...parts.slice(1)], 0, isProvince) : null;
}

/** The draft with a place typed below the province: the commune (kept when only a hamlet is typed) and the hamlet (kept when none is). */
export function withPlace(d: ReportDraft, place: string | null, isProvince?: (part: string) => boolean): ReportDraft {
  if (!place) return d;
  const parts = placeParts(place, isProvince);
  return { ...d, commune: parts.commune ?? (parts.hamlet ? d.commune : null), hamlet: parts.hamlet ?? d.hamlet ?? null };
}

/** The place as the summary says it, smallest first: "thôn 3, xã Ea Kar, Đắk Lắk". */
export function placeSaid(d: ReportDraft): string {
  const said: string[] = [];
  // The place as typed is left out when it only repeats a part said already ("bản Nà Lầu" typed with no province).
  for (const part of [d.hamlet, d.commune, d.provinceName ?? d.locationText]) {
    if (part && !said.some((s) => foldKey(s).includes(foldKey(part)) || foldKey(part).includes(foldKey(s)))) said.push(part);
  }
  return said.join(", ");
}
