/**
 * The questions of the reporter flow, one definition per step: how it is asked, which
 * choices it offers and how an answer (a choice id or free text) lands in the draft. Every
 * step accepts free text, so a reporter who writes instead of tapping is still heard.
 */
import type { ReportDraft } from "../case-intake-port.ts";
import {
  isAnonymous, isConfirm, isDone, matchAgeBand, matchRelation, matchSex, matchTriState,
} from "./answer-matching.ts";
import { T, type FlowText } from "./report-flow-texts.ts";
import type { ReportFlowDeps, StepId } from "./report-flow-types.ts";

/** One answer: a recognised choice id, else the text as typed. */
export interface StepAnswer {
  choice: string | null;
  text: string | null;
}

/** How a step changed the draft; `noted` says free text was kept but not understood as a choice. */
export interface Applied {
  draft: ReportDraft;
  noted?: boolean;
}

export interface StepDef {
  question(draft: ReportDraft): FlowText;
  choices: readonly string[];
  /** Maps typed text to a choice id, or null to keep it as free text. */
  recognise(text: string): string | null;
  apply(draft: ReportDraft, answer: StepAnswer, deps: ReportFlowDeps): Applied;
}

const TRI = ["yes", "no", "unknown"] as const;
const tri = (text: string) => matchTriState(text);
const asTri = (id: string | null) => (id === "yes" || id === "no" || id === "unknown" ? id : null);
const note = (d: ReportDraft, text: string | null): ReportDraft => (text ? { ...d, extraNotes: [...d.extraNotes, text] } : d);

export const STEP_DEFS: Record<StepId, StepDef> = {
  danger: {
    question: () => T.danger,
    choices: TRI,
    recognise: tri,
    apply(d, a, deps) {
      const known = asTri(a.choice);
      if (known) return { draft: { ...d, dangerNow: known } };
      // A description typed instead of yes/no: it starts the narrative, and triage decides whether it is danger now.
      const risk = a.text ? deps.triage(a.text).risk : "low";
      const narrative = [d.narrative, a.text].filter(Boolean).join("\n") || null;
      return { draft: { ...d, dangerNow: risk === "emergency" ? "yes" : "unknown", narrative }, noted: true };
    },
  },
  reporter: {
    question: () => T.reporter,
    choices: ["self", "family", "neighbour", "teacher", "other"],
    recognise: matchRelation,
    apply(d, a) {
      const rel = a.choice as ReportDraft["reporterRelation"];
      if (rel) return { draft: { ...d, reporterRelation: rel, reporterRelationText: a.text ?? d.reporterRelationText } };
      return { draft: { ...d, reporterRelation: "other", reporterRelationText: a.text }, noted: true };
    },
  },
  what: {
    question: (d) => (d.narrative ? T.whatMore : T.what),
    choices: [],
    recognise: () => null,
    apply: (d, a) => ({ draft: { ...d, narrative: [d.narrative, a.text].filter(Boolean).join("\n") || null } }),
  },
  age: {
    question: () => T.age,
    choices: ["under_6", "6_11", "12_15", "16_17", "unknown"],
    recognise: matchAgeBand,
    apply(d, a) {
      const band = (a.choice as ReportDraft["childAgeBand"]) ?? "unknown";
      return { draft: { ...d, childAgeBand: band, childAgeText: a.text ?? d.childAgeText }, noted: !a.choice };
    },
  },
  sex: {
    question: () => T.sex,
    choices: ["male", "female", "unknown"],
    recognise: matchSex,
    apply: (d, a) => ({ draft: note({ ...d, childSex: (a.choice as ReportDraft["childSex"]) ?? "unknown" }, a.choice ? null : a.text), noted: !a.choice }),
  },
  province: {
    question: () => T.province,
    choices: [],
    recognise: () => null,
    apply(d, a, deps) {
      const found = a.text ? deps.findProvince(a.text) : null;
      return { draft: { ...d, provinceId: found?.id ?? null, provinceName: found?.name ?? null, locationText: a.text }, noted: !found };
    },
  },
  commune: { question: () => T.commune, choices: [], recognise: () => null, apply: (d, a) => ({ draft: { ...d, commune: a.text } }) },
  when: {
    question: () => T.when,
    choices: ["now", "today", "this_week", "earlier"],
    recognise: () => null,
    apply: (d, a) => ({ draft: { ...d, when: a.choice ?? a.text } }),
  },
  with_person: {
    question: () => T.withPerson,
    choices: TRI,
    recognise: tri,
    apply: (d, a) => ({ draft: note({ ...d, withPersonNow: asTri(a.choice) ?? "unknown" }, a.choice ? null : a.text), noted: !a.choice }),
  },
  contact: {
    question: () => T.contact,
    choices: ["anonymous"],
    recognise: (text) => (isAnonymous(text) ? "anonymous" : null),
    apply(d, a) {
      if (a.choice === "anonymous") return { draft: { ...d, anonymous: true, contact: null, consentToContact: false } };
      return { draft: { ...d, anonymous: false, contact: a.text } };
    },
  },
  consent: {
    question: () => T.consent,
    choices: ["yes", "no"],
    recognise: tri,
    apply: (d, a) => ({ draft: note({ ...d, consentToContact: a.choice === "yes" ? true : a.choice === "no" ? false : null }, a.choice ? null : a.text) }),
  },
  photos: {
    question: () => T.photos,
    choices: ["done"],
    recognise: (text) => (isDone(text) ? "done" : null),
    apply: (d, a) => ({ draft: a.choice === "done" ? d : note(d, a.text) }),
  },
  confirm: {
    question: () => T.confirm,
    choices: ["submit", "back", "cancel"],
    recognise: (text) => (isConfirm(text) ? "submit" : null),
    apply: (d, a) => ({ draft: a.choice ? d : note(d, a.text) }),
  },
};

/** The step after `step`, given what the draft holds (consent is not asked of an anonymous reporter). */
export function nextStep(step: StepId, draft: ReportDraft): StepId {
  const order: StepId[] = ["danger", "reporter", "what", "age", "sex", "province", "commune", "when", "with_person", "contact", "consent", "photos", "confirm"];
  let next = order[Math.min(order.indexOf(step) + 1, order.length - 1)] ?? "confirm";
  if (next === "consent" && draft.anonymous) next = "photos";
  return next;
}
