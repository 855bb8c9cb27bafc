/**
 * The children and the people of a case as lists, whichever way the case came in: an
 * officer-entered case stores them as structured entries (encrypted with the details); a chat
 * case has one child in its columns (age band, sex, read from the story) and the harmer the
 * fact module read from the story. Pages and Form 01 read both through these functions.
 */
import type { CaseChild, CasePerson, CaseRecord, IntakeSource, PersonRelation, PersonRole } from "./case-types.ts";
import { PERSON_RELATIONS } from "./case-types.ts";
import { foldKey } from "../../core/vietnamese-text.ts";

/** Vietnamese words for the codes these lists hold (Form 01 and the pages). */
export const SOURCE_VI: Readonly<Record<IntakeSource, string>> = {
  phone: "điện thoại", hotline_111: "chuyển từ Tổng đài 111", in_person: "trực tiếp", letter: "thư, đơn", other: "hình thức khác",
};
export const SOURCE_EN: Readonly<Record<IntakeSource, string>> = {
  phone: "phone call", hotline_111: "transfer from hotline 111", in_person: "in person", letter: "letter", other: "other",
};
export const ROLE_VI: Readonly<Record<PersonRole, string>> = { harmer: "Người bị cho là gây hại", caregiver: "Người chăm sóc" };
export const ROLE_EN: Readonly<Record<PersonRole, string>> = { harmer: "Person said to harm", caregiver: "Caregiver" };
export const RELATION_VI: Readonly<Record<PersonRelation, string>> = {
  father: "bố", mother: "mẹ", stepfather: "bố dượng", stepmother: "mẹ kế", parents: "bố mẹ", grandparent: "ông, bà", sibling: "anh, chị, em",
  relative: "họ hàng", teacher: "giáo viên", neighbour: "hàng xóm", peer: "bạn cùng lứa", employer: "chủ sử dụng lao động", online_contact: "người trên mạng",
  stranger: "người lạ", partner: "người yêu, bạn đời", other: "người khác",
};
export const RELATION_EN: Readonly<Record<PersonRelation, string>> = {
  father: "father", mother: "mother", stepfather: "stepfather", stepmother: "stepmother", parents: "parents", grandparent: "grandparent", sibling: "sibling",
  relative: "relative", teacher: "teacher", neighbour: "neighbour", peer: "peer", employer: "employer", online_contact: "online contact",
  stranger: "stranger", partner: "partner", other: "someone else",
};

export function isPersonRelation(value: string | null | undefined): value is PersonRelation {
  return typeof value === "string" && (PERSON_RELATIONS as readonly string[]).includes(value);
}

/** The case's children: the stored list, or the one child of a chat case (null when nothing is known of them). */
export function childrenOf(c: Pick<CaseRecord, "childAgeBand" | "childSex" | "details">): CaseChild[] {
  const list = c.details.childList;
  if (list && list.length > 0) return list;
  if (!c.childAgeBand && !c.childSex && !c.details.childAgeText) return [];
  return [{ ageBand: c.childAgeBand, sex: c.childSex, note: c.details.childAgeText }];
}

/** The people involved: the stored list, or the harmer a chat story named. */
export function peopleOf(c: Pick<CaseRecord, "details">): CasePerson[] {
  const list = c.details.people;
  if (list && list.length > 0) return list;
  const { harmer, harmerText } = c.details;
  if (!harmer && !harmerText) return [];
  return [{ role: "harmer", relation: isPersonRelation(harmer) ? harmer : null, note: harmerText ?? null }];
}

/** A child's note that is only an age as the reporter typed it ("8", "8 tuổi"): the years, else null. */
export function ageInNote(note: string | null | undefined): number | null {
  const m = /^\s*(\d{1,2})\s*(?:tuổi|tuoi|t|years?(?: old)?)?\s*$/i.exec(note ?? "");
  return m ? Number(m[1]) : null;
}

/** A person's note worth showing: not empty and not just the relation again ("bố" beside "bố"). */
export function personNote(p: CasePerson): string | null {
  const note = p.note?.trim();
  if (!note) return null;
  const same = p.relation && [RELATION_VI[p.relation], RELATION_EN[p.relation], p.relation].some((w) => foldKey(w) === foldKey(note));
  return same ? null : note;
}

/** The reporter's own words for the place, when they say more than the province and commune ("Gia Lai" beside Gia Lai does not). */
export function placeWordsBeyond(asReported: string | null | undefined, province: string | null, commune: string | null): string | null {
  const words = asReported?.trim();
  if (!words) return null;
  const known = [province, commune, [commune, province].filter(Boolean).join(", ")].filter((p): p is string => !!p);
  return known.some((p) => foldKey(p) === foldKey(words)) ? null : words;
}
