/**
 * "Sở Lao động - Thương binh và Xã hội làm đầu mối tổng hợp hồ sơ trình khen thưởng." written under
 * Sở Nội vụ's duties: the sentence names who acts, and that body, not the owner of the section,
 * is who the answer is about.
 */
import type { Agency, ParsedPlan } from "../kb/types.ts";
import type { Language } from "./answer-types.ts";
import { agencyLabel, tr, type Draft } from "./answer-composer.ts";

export function leadBySentenceSubject(d: Draft, subject: { agency: Agency; lead: boolean } | null, plan: ParsedPlan, sectionPath: string, lang: Language): Draft {
  if (!d.found || !subject) return d;
  const first = d.agencies.find((a) => a.role === "lead" || a.role === "responsible");
  if (!first || first.agency?.id === subject.agency.id) return d;
  const owner = agencyLabel(first.agency, first.name, lang);
  const name = agencyLabel(subject.agency, subject.agency.name, lang);
  d.agencies = [{ agency: subject.agency, name: subject.agency.name, role: subject.lead ? "lead" : "responsible", source: { plan, sectionPath } },
    ...d.agencies.filter((a) => a.agency?.id !== subject.agency.id)];
  d.lines.unshift(tr(lang, `${name} ${subject.lead ? "là đầu mối/chủ trì" : "chịu trách nhiệm"} việc này (câu trích nằm trong phần nhiệm vụ của ${owner}).`,
    `${name} ${subject.lead ? "leads / is the focal point for" : "is responsible for"} this (the quoted sentence sits in ${owner}'s duties).`));
  return d;
}
