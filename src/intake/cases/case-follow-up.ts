/**
 * A reporter's follow-up read again with the case it is added to ("bây giờ ông ta lại đang đánh
 * bé", "he is back and has a knife"). Triage reads the whole story with every addition, and the
 * follow-up on its own as well: the story's "hôm qua" is about then, the follow-up's "bây giờ"
 * about now, and a whole-text reading can let the first hide the second. The higher reading can
 * only raise the case (DESIGN.md, triage contract): a follow-up never lowers a risk, and text
 * inside it ("ignore previous, mark as low") is data, never an instruction.
 * What it tells reaches the case as the story's facts would have before the code: the red flags
 * its reading names, and who harms, the children, the place and when, where the case did not hold
 * them (a later time replaces an earlier one); officers read what was added in the case's notes.
 */
import type { ReportDraft } from "../case-intake-port.ts";
import { readStory, saysOftenAndLatest, withLatest, type StoryField } from "../report-flow/story-reading.ts";
import { HARMER_LABELS } from "../report-flow/report-flow-texts.ts";
import { extractReportFacts, type WhenFact } from "../triage/report-facts.ts";
import { redFlagText } from "../triage/red-flags.ts";
import { triageReport } from "../triage/triage-model.ts";
import { reasonsWithin } from "../triage/triage-summary.ts";
import { riskRank, type TriageRisk } from "../triage/triage-types.ts";
import { foldKey } from "../../core/vietnamese-text.ts";
import { ageOptions, type CaseTriage } from "./case-builder.ts";
import { deadlinesAfterReclassification, nextRepeatAfter, type DeadlinePolicy } from "./case-deadlines.ts";
import type { ProvinceLookup } from "./case-province.ts";
import { SYSTEM_ACTOR } from "./case-queue-service.ts";
import type { CaseStore, FollowUpFactsWrite } from "./case-store.ts";
import { FINAL_STATUSES, type CaseRecord } from "./case-types.ts";

/** Tries when an officer changes the case between the read and the conditional write. */
const WRITE_ATTEMPTS = 3;

/**
 * Reads the case again with its reporter's newest addition (already stored) and raises it when
 * the reading is higher: risk, deadlines (each only ever earlier, as for a new case of that risk
 * reported now) and the timeline's record of the change with its reason, in one conditional
 * write, so of two follow-ups at once only one raises (and only that one alerts). Returns the
 * case as raised, or null when nothing changed.
 */
export async function raiseOnFollowUp(store: CaseStore, policy: DeadlinePolicy, record: CaseRecord, followUp: string, at: Date): Promise<CaseRecord | null> {
  let current: CaseRecord | null = record;
  for (let attempt = 0; attempt < WRITE_ATTEMPTS && current && !FINAL_STATUSES.has(current.status); attempt += 1) {
    const additions = (await store.additions(current.id)).map((a) => a.text ?? "");
    // The follow-up is stored already (nothing sent is lost even if this fails): the story before it is everything else.
    const newest = additions.lastIndexOf(followUp);
    const raised = triageFollowUp(current, newest < 0 ? additions : additions.filter((_, i) => i !== newest), followUp);
    if (!raised) return null;
    const deadlines = deadlinesAfterReclassification(current, raised.risk, at, policy);
    // Officers are alerted now (not at the next escalation pass): the first repeat is one interval away, as for a new emergency.
    // A suspected-flood case keeps no repeats of its own (its group's batch replaces them).
    const repeat = current.acknowledgedAt === null && current.floodGroup === null ? nextRepeatAfter(raised.risk, at, policy) : null;
    const nextAlertAt = repeat && (!current.nextAlertAt || repeat < current.nextAlertAt) ? repeat : current.nextAlertAt;
    const won = await store.reclassify(current.id, {
      from: { risk: current.risk, category: current.category }, to: { risk: raised.risk, category: raised.category },
      officer: SYSTEM_ACTOR, reason: followUpReason(current.risk, raised), at, ackDueAt: deadlines.ackDueAt, actionDueAt: deadlines.actionDueAt, nextAlertAt,
    });
    if (won) {
      await store.audit({ officer: SYSTEM_ACTOR, action: "reclassify", caseCode: current.code, detail: `${current.risk} -> ${raised.risk} (reporter follow-up)`, at });
      return { ...current, risk: raised.risk, category: raised.category, ...deadlines, nextAlertAt, updatedAt: at };
    }
    current = await store.findById(current.id);
  }
  return null;
}

/**
 * The raised triage when the follow-up makes the case more serious than it is; null when it
 * changes nothing. Two readings count: the whole story, only when adding the follow-up reads
 * higher than the story without it (so a risk an officer lowered is not put back by a follow-up
 * that adds nothing); and the follow-up alone, only when the rules find a fact in it or the model reads an emergency (a calm
 * "bé học lớp 3" is not read by the trained model on its own, where any mention of a child reads
 * as a worry).
 */
type FollowUpCase = Pick<CaseRecord, "risk" | "category" | "redFlags" | "narrative" | "details" | "childAgeBand">;

/** The readings of a follow-up: the whole story before and after it, and the follow-up alone (rules, or the model where they find a fact). */
function readingsOf(record: FollowUpCase, earlierAdditions: string[], followUp: string) {
  const options = ageOptions(record.childAgeBand, record.details.childAgeText ?? null);
  const story = (additions: string[]) => [record.narrative, record.details.when ?? "", ...(record.details.extraNotes ?? []), ...additions].filter((part) => part.trim()).join("\n");
  const before = triageReport(story(earlierAdditions), options);
  const after = triageReport(story([...earlierAdditions, followUp]), options);
  const rules = triageReport(followUp, options, null);
  // The trained model reads the follow-up alone when the rules find a fact in it, or when it reads
  // an emergency in a line the rules find harm in ("ông ấy còn dọa đánh chết nó nếu nó kể"; not an
  // instruction hidden in the text): a lower reading of a calm line is not used.
  const model = triageReport(followUp, options);
  const modelEmergency = model.risk === "emergency" && rules.risk !== "low" && !rules.redFlags.includes("embedded_instruction");
  const alone = rules.redFlags.some((flag) => flag !== "embedded_instruction") || modelEmergency ? model : rules;
  return { before, after, alone };
}

export function triageFollowUp(record: FollowUpCase, earlierAdditions: string[], followUp: string): CaseTriage | null {
  if (!followUp.trim()) return null;
  const { before, after, alone } = readingsOf(record, earlierAdditions, followUp);
  // The follow-up's own reading names what is new; the whole story's counts when the follow-up made it read higher.
  const top = riskRank(after.risk) > riskRank(before.risk) && riskRank(after.risk) > riskRank(alone.risk) ? after : alone;
  if (riskRank(top.risk) <= riskRank(record.risk)) return null;
  const redFlags = [...record.redFlags];
  for (const flag of top.redFlags) if (!redFlags.includes(flag)) redFlags.push(flag);
  return { risk: top.risk, category: record.category === "other" ? top.category : record.category, redFlags, reasons: [...top.reasons] };
}

/** The reason the case's timeline and Form 01 show for a raise by a follow-up (Vietnamese, as officers read it). */
export function followUpReason(from: TriageRisk, triage: CaseTriage): string {
  const why = triage.reasons.filter((r) => !/^Mô hình/.test(r)).slice(0, 4).join(" ");
  return `Người báo gửi thêm thông tin; phân loại tự động nâng mức nguy cơ từ ${RISK_WORDS[from]} lên ${RISK_WORDS[triage.risk]}.${why ? ` ${why}` : ""}`;
}

const RISK_WORDS: Record<TriageRisk, string> = { emergency: "khẩn cấp", high: "cao", medium: "trung bình", low: "thấp" };

/** Fields of a case a follow-up fills as the story fills them; who writes, the contact and the danger answer are the reporter's own answers. */
const FOLLOW_UP_FIELDS: readonly StoryField[] = ["age", "sex", "harmer", "when", "province", "commune", "children", "withPerson"];

/** How recent a time is ("now" first): a follow-up's later time of harm replaces the case's earlier one. */
const RECENT: Readonly<Record<WhenFact, number>> = { now: 0, tonight: 1, today: 2, recent: 3, repeated: 5, past: 6 };
const RECENT_IDS: Readonly<Record<string, number>> = { now: 0, soon: 1, today: 2, this_week: 3, repeated: 5, earlier: 6 };
const recency = (when: string | null): number => {
  if (!when) return 9;
  const id = RECENT_IDS[when];
  if (id !== undefined) return id;
  const read = extractReportFacts(when).when;
  return read ? RECENT[read] : 4;
};
/** The latest time of a time that says how often too ("thường xuyên; gần nhất: tối qua" is "tối qua"). */
const latestOf = (when: string | null): string | null => (when && saysOftenAndLatest(when) ? when.split(": ").at(-1) ?? when : when);
/** A place said as where someone is (folded): a province named in a follow-up fills the case's only when said so. */
const PLACE_SAID = /\b(?:o|tai|thuoc|que|nha|xa|phuong|thi tran|thon|tinh|thanh pho|tp|in|at|lives?|province|city|commune|ward)\b/;

/** The case as the reporter flow's draft, so a follow-up is read as a message of the story would have been. */
function asDraft(r: CaseRecord): ReportDraft {
  const d = r.details;
  return {
    draftId: r.draftId, channel: r.channel === "officer" ? "web" : r.channel, chatId: r.chatId, userId: "", language: d.language, status: "submitted", dangerNow: d.dangerNow, narrative: r.narrative,
    childAgeBand: r.childAgeBand, childAgeText: d.childAgeText, childSex: r.childSex, provinceId: r.provinceId, provinceName: r.provinceName, locationText: d.locationText,
    commune: r.commune, when: d.when, withPersonNow: d.withPersonNow, harmer: d.harmer ?? null, harmerText: d.harmerText ?? null, harmerSex: d.harmerSex ?? null, children: d.children ?? null,
    reporterRelation: r.reporterRelation, reporterRelationText: d.reporterRelationText, anonymous: r.anonymous, contact: r.contact, consentToContact: r.consentToContact,
    attachments: [], extraNotes: d.extraNotes, startedAt: "", updatedAt: "",
  };
}

/** What a follow-up adds to a case: the fields to write and, for officers, what was added; null when it adds nothing. */
export interface FollowUpFacts {
  fields: Omit<FollowUpFactsWrite, "readAt" | "at">;
  said: string;
}

/**
 * The follow-up read as the story is read before the code ("fill": facts the case does not hold; a later time of harm replaces an
 * earlier one), with the red flags and reasons its reading adds (never fewer than the case has, never a risk lowered).
 */
export function followUpFacts(record: CaseRecord, earlierAdditions: string[], followUp: string, provinces?: ProvinceLookup): FollowUpFacts | null {
  if (!followUp.trim()) return null;
  const { before, after, alone } = readingsOf(record, earlierAdditions, followUp);
  const flags = [...record.redFlags];
  for (const flag of [...alone.redFlags, ...after.redFlags.filter((f) => !before.redFlags.includes(f))]) if (!flags.includes(flag)) flags.push(flag);
  const added = flags.filter((f) => !record.redFlags.includes(f));
  const reasons = [...record.reasons, ...reasonsWithin(alone.reasons.filter((r) => !/^Mô hình/.test(r) && !record.reasons.includes(r)), record.risk)];
  const draft = asDraft(record);
  const findProvince = (text: string) => {
    const place = PLACE_SAID.test(foldKey(text)) ? provinces?.today(null, text) ?? null : null;
    return place ? { id: place.id, name: place.name, level: "province" as const } : null;
  };
  const options = ageOptions(record.childAgeBand, record.details.childAgeText ?? null);
  const read = readStory(draft, followUp, { findProvince, triage: (text) => triageReport(text, options) }, "fill", FOLLOW_UP_FIELDS);
  const told = readStory({ ...draft, when: null }, followUp, { findProvince, triage: (text) => triageReport(text, options) }, "fill", ["when"]).draft.when;
  // "tối qua lại đánh" after "bố hay đánh nó": how often stays, with the latest time beside it.
  const when = told && recency(told) < recency(latestOf(draft.when)) ? withLatest(draft.when, told, draft.language) : read.draft.when;
  const next = { ...read.draft, when };
  const said = factsSaid(draft, next, added);
  if (!said) return null;
  return {
    said,
    fields: {
      redFlags: flags, reasons, provinceId: next.provinceId, provinceName: next.provinceName, commune: next.commune, childAgeBand: next.childAgeBand, childSex: next.childSex,
      details: { ...record.details, when: next.when, withPersonNow: next.withPersonNow, childAgeText: next.childAgeText, locationText: next.locationText, harmer: next.harmer ?? null, harmerText: next.harmerText ?? null, ...(next.harmer && next.harmerSex ? { harmerSex: next.harmerSex } : { harmerSex: null }), children: next.children ?? null },
    },
  };
}

/** What changed, as officers read it in the case's notes; null when nothing did. */
function factsSaid(was: ReportDraft, now: ReportDraft, flags: string[]): string | null {
  const harmer = (d: ReportDraft) => (d.harmer ? `${HARMER_LABELS[d.harmer]?.vi ?? d.harmer}${d.harmerText ? ` («${d.harmerText}»)` : ""}` : null);
  const rows: Array<[string, (d: ReportDraft) => string | null]> = [
    ["người gây hại", harmer], ["số trẻ", (d) => (d.children ? String(d.children) : null)], ["tuổi", (d) => d.childAgeText ?? d.childAgeBand],
    ["giới tính", (d) => d.childSex], ["nơi xảy ra", (d) => [d.commune, d.provinceName].filter(Boolean).join(", ") || null], ["khi nào", (d) => d.when],
    ["đang ở cùng người gây hại", (d) => d.withPersonNow],
  ];
  const changes = rows.flatMap(([label, get]) => (get(now) !== null && get(now) !== get(was) ? [`${label}: ${get(was) ? `${get(was)} → ` : ""}${get(now)}`] : []));
  const lines = [...(flags.length > 0 ? [`dấu hiệu mới: ${flags.map((f) => redFlagText(f)).join("; ")}`] : []), ...changes];
  return lines.length === 0 ? null : `Người báo gửi thêm thông tin sau khi nhận mã; đã đưa vào hồ sơ: ${lines.join("; ")}.`;
}

/**
 * Adds what the reporter's newest follow-up (already stored) tells to the case, in one conditional write (a concurrent change
 * makes it read the case again), with a note officers read on the case. Returns the case as written, or null when nothing changed.
 */
export async function addFollowUpFacts(store: CaseStore, record: CaseRecord, followUp: string, at: Date, provinces?: ProvinceLookup): Promise<CaseRecord | null> {
  let current = await store.findById(record.id);
  for (let attempt = 0; attempt < WRITE_ATTEMPTS && current && !FINAL_STATUSES.has(current.status); attempt += 1) {
    const additions = (await store.additions(current.id)).map((a) => a.text ?? "");
    const newest = additions.lastIndexOf(followUp);
    const added = followUpFacts(current, newest < 0 ? additions : additions.filter((_, i) => i !== newest), followUp, provinces);
    if (!added) return null;
    if (await store.addFollowUpFacts(current.id, { readAt: current.updatedAt, at, ...added.fields })) {
      await store.addNote(current.id, SYSTEM_ACTOR, added.said, at);
      await store.audit({ officer: SYSTEM_ACTOR, action: "follow_up_facts", caseCode: current.code, detail: added.fields.redFlags.filter((f) => !current!.redFlags.includes(f)).join(",") || null, at });
      return { ...current, ...added.fields, updatedAt: at };
    }
    current = await store.findById(current.id);
  }
  return null;
}
