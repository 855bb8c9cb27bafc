/**
 * The summary a reporter confirms before sending, shown once: what was understood in one
 * sentence ("Mình hiểu: bé gái 9 tuổi ở phường ..., Gia Lai; người gây hại: bố; lần gần nhất:
 * hôm qua."), then the story shortened for reading (the draft keeps all of it). Only what is
 * known is listed, so the reporter reads facts to check, not a form.
 */
import type { Language } from "../../core/message-types.ts";
import type { ReportDraft } from "../case-intake-port.ts";
import { HARMER_LABELS, LABELS, T } from "./report-flow-texts.ts";
import { isTimeAhead, saysOftenAndLatest, severalSaid } from "./story-reading.ts";
import { placeSaid } from "./place-parts.ts";
import { namesSpouse } from "./flow-words.ts";

type Words = Record<Language, string>;

const W: Record<string, Words> = {
  understood: { vi: "Mình hiểu", en: "I understood" },
  // To a child the bot speaks as "cô chú" everywhere, its summary too (walk 48: "Mình hiểu:" beside "Cô chú ...").
  understoodChild: { vi: "Cô chú hiểu", en: "We understood" },
  harmer: { vi: "người gây hại", en: "the person causing harm" },
  harmerChild: { vi: "người làm hại em", en: "the person hurting you" },
  when: { vi: "lần gần nhất", en: "last time" },
  whenAhead: { vi: "thời điểm", en: "when" },
  reporter: { vi: "người báo tin", en: "reporter" },
  danger: { vi: "nguy hiểm ngay lúc này", en: "in danger right now" },
  fromStory: { vi: "(theo lời kể)", en: "(from your story)" },
  fromStoryChild: { vi: "(theo lời em kể)", en: "(from what you told)" },
  contact: { vi: "liên lạc", en: "contact" },
  consentYes: { vi: "đồng ý được liên lạc", en: "may be contacted" },
  consentNo: { vi: "không muốn được liên lạc", en: "does not want to be contacted" },
  story: { vi: "Sự việc", en: "What happened" },
  notes: { vi: "Ghi chú thêm", en: "Other notes" },
  photos: { vi: "Ảnh, tệp đính kèm", en: "Photos, files" },
  missing: { vi: "Chưa rõ", en: "Not known yet" },
  age: { vi: "tuổi", en: "age" },
  place: { vi: "nơi ở", en: "where" },
  what: { vi: "chuyện gì đã xảy ra (chưa được kể)", en: "what happened (not told)" },
};

/** Renders the draft in its own language, with a line on the province's name today when the reporter used its former one. */
export function renderSummary(d: ReportDraft, placeNote: string | null = null, child = false): string {
  const l = d.language;
  const lines = [T.summaryTitle[l], `${(child ? W.understoodChild : W.understood)![l]}: ${understood(d, child).join("; ")}.`];
  // "Phú Yên nay thuộc tỉnh Đắk Lắk.": a province told by its name before the 2025 merger, said once where the place is read.
  if (placeNote) lines.push(placeNote);
  const missing = [!d.childAgeBand || d.childAgeBand === "unknown" ? W.age![l] : null, !d.provinceName && !d.locationText ? W.place![l] : null,
    // A reporter who skipped "what happened?" is told, and officers read, that no description was given.
    !d.narrative?.trim() ? W.what![l] : null].filter(Boolean);
  if (missing.length > 0) lines.push(`${W.missing![l]}: ${missing.join(", ")}.`);
  if (d.narrative) lines.push(`${W.story![l]}: «${clip(d.narrative, 400)}»`);
  if (d.extraNotes.length > 0) lines.push(`${W.notes![l]}: ${clip(d.extraNotes.join(" / "), 300)}`);
  if (d.attachments.length > 0) lines.push(`${W.photos![l]}: ${d.attachments.length}`);
  return lines.join("\n");
}

/** What was told so far, in one line ("Mình hiểu: bé gái 10 tuổi ở ..., Hà Tĩnh; ..."): the recap for a reporter who lost their place. */
export function understoodLine(d: ReportDraft, child = false): string {
  return `${(child ? W.understoodChild : W.understood)![d.language]}: ${understood(d, child).join("; ")}.`;
}

/** The facts as short phrases: the child, the harmer, the time, the danger, the reporter, the contact. */
function understood(d: ReportDraft, child = false): string[] {
  const l = d.language;
  const self = d.reporterRelation === "self";
  const label = (id: string | null | undefined) => (id ? LABELS[id]?.[l] ?? id : null);
  const parts = [childPhrase(d, self)];
  // A child who harms themself has no harmer line (walk 50: "người làm hại em: t tự làm").
  // For a grown-up reporter the child's own harm is shown ("không ai, trẻ tự làm đau mình"), so they can check it (RD10).
  if (d.harmer && (d.harmer !== "self" || !self)) parts.push(`${W[self ? "harmerChild" : "harmer"]![l]}: ${harmerPhrase(d)}`);
  // "thường xuyên; gần nhất: tối qua": how often and the latest time, said as they are.
  if (d.when && saysOftenAndLatest(d.when)) parts.push(d.when);
  else if (d.when) parts.push(`${W[(d.when === "soon" || isTimeAhead(d.when)) ? "whenAhead" : "when"]![l]}: ${label(d.when)!.toLowerCase()}`);
  // "nguy hiểm ngay lúc này: có (theo lời kể)": a danger read from the story, never asked, is said as read so, for the reporter to
  // confirm or correct; not as a yes they gave (walk 55).
  const fromStory = d.dangerFromStory === true && (d.dangerNow === "yes" || d.dangerNow === "no") ? ` ${W[self ? "fromStoryChild" : "fromStory"]![l]}` : "";
  if (d.dangerNow) parts.push(`${W.danger![l]}: ${label(d.dangerNow)!.toLowerCase()}${fromStory}`);
  if (d.reporterRelation && !self) parts.push(`${W.reporter![l]}: ${(d.reporterRelationText ?? label(d.reporterRelation))!.toLowerCase()}`);
  if (d.anonymous) parts.push(label("anonymous")!.toLowerCase());
  else if (d.contact) parts.push(`${W.contact![l]}: ${d.contact}${d.consentToContact === null ? "" : ` (${W[d.consentToContact ? "consentYes" : "consentNo"]![l]})`}`);
  // "số của mẹ bé, đừng gọi giờ này": someone else's number, shown as such (never as the reporter's contact or consent).
  // A child reads it simply, or not at all when the number is the contact shown already (walk 49: the officers' wording to a 10-year-old).
  const shown = Boolean(d.otherPhone && d.contact?.replace(/\D/g, "").includes(d.otherPhone.replace(/\D/g, "")));
  if (d.otherPhone && child && !shown) parts.push(l === "en" ? `${d.otherPhone} is not your own number` : `số ${d.otherPhone} không phải số của em`);
  else if (d.otherPhone && !child) parts.push(l === "en" ? `${d.otherPhone} is not the reporter's number (kept, not to be called as theirs)` : `số ${d.otherPhone} không phải số của người báo (chỉ ghi lại, không gọi như số người báo)`);
  return parts;
}

/** "bé gái 9 tuổi ở phường X, Gia Lai", "em 12 tuổi, ở Huế", "a girl, 9, in Gia Lai". */
function childPhrase(d: ReportDraft, self: boolean): string {
  const en = d.language === "en";
  const digits = /^\s*(\d{1,2}(?:-\d{1,2})?)\s*(tuổi|tuoi|t|years?( old)?)?\s*$/iu.exec(d.childAgeText ?? "")?.[1] ?? null;
  const typed = !digits && d.childAgeText && d.childAgeText.length <= 20 ? d.childAgeText : null;
  const band = d.childAgeBand && d.childAgeBand !== "unknown" ? LABELS[d.childAgeBand]?.[d.language] : null;
  // "thôn 3, xã Ea Kar, Đắk Lắk": the hamlet said before the commune it is in.
  const place = placeSaid(d);
  const many = d.children && d.children > 1 ? d.children : null;
  // "mấy bé gái 13-14 tuổi": several children, how many not said.
  const several = !many && !self && !d.children && severalSaid(d.narrative ?? "");
  // Several children with each one's age: "2 bé gái 9 và 5 tuổi", "2 girls, 9 and 5".
  const ages = many ? /^\s*(\d{1,2}(?:\s*(?:,|và|and)\s*\d{1,2})+)\s*$/iu.exec(d.childAgeText ?? "")?.[1] ?? null : null;
  // Children of each sex, each with their age ("2 trẻ: bé trai 4 tuổi, bé gái 7 tuổi").
  if (many && !self && EACH_CHILD.test(d.childAgeText ?? "")) {
    return [en ? `${many} children: ${d.childAgeText}` : `${many} trẻ: ${d.childAgeText}`, place ? (en ? `in ${place}` : `ở ${place}`) : null].filter(Boolean).join(en ? ", " : " ");
  }
  // A child who wrote of themself and a little brother or sister: both, each age in the order told ("em và em nhỏ của em: 10 và 3 tuổi").
  if (self && many && ages) return [en ? `you and your younger sibling: ${ages}` : `em và em nhỏ của em: ${ages} tuổi`, place ? (en ? `in ${place}` : `ở ${place}`) : null].filter(Boolean).join(", ");
  if (en) {
    const kids = d.childSex === "female" ? "girls" : d.childSex === "male" ? "boys" : "children";
    const who = self ? (digits ? "you are" : "you") : many ? `${many} ${kids}` : several ? `several ${kids}` : d.childSex === "female" ? "a girl" : d.childSex === "male" ? "a boy" : "a child";
    // Several children and one age: the age is one child's ("2 children, one of them 8"), never all of theirs (walk 46).
    const old = ages ?? (many && digits ? `one of them ${digits}` : null) ?? digits ?? typed ?? (band ? `aged ${band}` : null);
    return [[who, old].filter(Boolean).join(self && digits ? " " : ", "), place ? `in ${place}` : null].filter(Boolean).join(", ");
  }
  const kids = d.childSex === "female" ? "bé gái" : d.childSex === "male" ? "bé trai" : "trẻ";
  const who = self ? "em" : many ? `${many} ${kids}` : several ? `mấy ${kids}` : d.childSex === "female" ? "bé gái" : d.childSex === "male" ? "bé trai" : "trẻ";
  const old = ages ? `${ages} tuổi` : many && digits ? `(một bé ${digits} tuổi)` : digits ? `${digits} tuổi` : typed ? `(${typed})` : band ? `(${band})` : null;
  return [[who, old].filter(Boolean).join(" "), place ? `ở ${place}` : null].filter(Boolean).join(self ? ", " : " ");
}

/** An age text that lists each child with their sex ("bé trai 4 tuổi, bé gái 7 tuổi", "a boy of 4, a girl of 7"). */
const EACH_CHILD = /^(?:(?:bé trai|bé gái|a boy|a girl)(?: \d{1,2} tuổi| of \d{1,2})?(?:, |$))+$/u;

function harmerPhrase(d: ReportDraft): string {
  // A kind without a label is never shown raw ("other"): the reporter reads their own words, or "someone else".
  const label = HARMER_LABELS[d.harmer ?? ""]?.[d.language] ?? HARMER_LABELS.other![d.language];
  const quote = d.harmerText?.trim();
  const known = Boolean(HARMER_LABELS[d.harmer ?? ""]) && d.harmer !== "other";
  if (!known && quote) return quote;
  // "bị chồng đánh", "my husband beats me": a husband or wife is said in the story's words, never as a boyfriend ("người yêu", walk 52).
  if (d.harmer === "partner" && quote && namesSpouse(quote)) return quote;
  return quote && quote.toLowerCase() !== label.toLowerCase() ? `${label} («${quote}»)` : label;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
