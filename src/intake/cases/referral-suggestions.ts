/**
 * Where to refer a case: the agencies whose duties in the province's own plans cover the
 * case's kind of harm, each with the words of the plan that say so (document, section,
 * verbatim quote) and who holds those duties after the 2025 reorganisation; and always the
 * hotline 111 and the commune People's Committee, which Decree 56/2017/NĐ-CP, Art. 25 names
 * as receivers of any report. A pure function over the parsed plans and the registry: the
 * officer decides, this only shows what the plans and the law say.
 *
 * Ranked by fit: the plan's words for this kind of harm (or only for abuse in general), the
 * duty the plan gives (lead before coordinate), the child's age (a duty about pupils or small
 * children), whether the plan is still in force, and today's agency: duties of an agency
 * dissolved or merged in 2025 go to the agency that holds them today, named first. Courts and
 * the procuracy come after the bodies that protect a child now unless the case is a serious
 * crime. Five are shown; the rest wait under "more".
 */
import { foldKey } from "../../core/vietnamese-text.ts";
import type { Registry } from "../../kb/registry/registry.ts";
import type { Assignment, ParsedPlan, Role, Task } from "../../kb/types.ts";
import { REFERRAL_TARGET_VI, type ReferralTarget } from "./referral-types.ts";

/**
 * The plans' words for each kind of harm (Law on Children 2016, Art. 4, as the triage groups
 * it). Data, not logic: an administrator may add the words a new plan uses.
 */
export const CATEGORY_PLAN_TERMS: Readonly<Record<string, readonly string[]>> = {
  trafficking_abduction: ["mua bán", "buôn bán người", "buôn bán trẻ em", "bắt cóc", "tội phạm có tổ chức xuyên quốc gia"],
  sexual_abuse: ["xâm hại tình dục", "tình dục", "dâm ô", "hiếp dâm", "mại dâm", "khiêu dâm"],
  physical_violence: ["bạo lực", "ngược đãi", "hành hạ", "đánh đập", "tính mạng, sức khỏe"],
  emotional_abuse: ["bạo lực", "ngược đãi", "tâm lý", "xúc phạm", "danh dự, nhân phẩm"],
  neglect_abandonment: ["bỏ rơi", "bỏ mặc", "hoàn cảnh đặc biệt", "chăm sóc thay thế", "không được sống trong môi trường gia đình", "không sống trong môi trường gia đình"],
  labour_exploitation: ["lao động trẻ em", "bóc lột", "lao động sớm", "sức lao động", "lao động"],
  child_marriage: ["tảo hôn", "hôn nhân cận huyết"],
  online_abuse: ["môi trường mạng", "mạng xã hội", "trên mạng", "internet", "trực tuyến", "khiêu dâm"],
  bullying: ["bạo lực học đường", "bắt nạt", "môi trường giáo dục", "môi trường sư phạm", "bạo lực"],
  self_harm: ["tự tử", "tự sát", "sức khỏe tâm thần", "tâm lý", "tư vấn"],
  other: [],
};

/** Words that tie a duty to abuse in general: a weaker match than the category's own words. */
export const GENERAL_ABUSE_TERMS: readonly string[] = ["xâm hại", "can thiệp", "bạo lực"];

/** Which referral target an agency is, for `npm run case -- refer --target`. */
export const AGENCY_TARGETS: Readonly<Record<string, ReferralTarget>> = {
  "cong-an-tinh": "police", "so-y-te": "health", "so-ldtbxh": "health", "so-gddt": "education", "ubnd-xa": "commune_committee", "ubnd-huyen": "commune_committee",
};

/** Placeholders for "the agencies concerned" and bodies that do not take a case. */
const NOT_A_TARGET = new Set(["cac-so-nganh", "thu-tuong", "hdnd-tinh", "tinh-uy", "van-phong-ubnd-tinh", "cuc-thong-ke", "so-tai-chinh", "so-khdt"]);

/** How many suggestions are shown at once; the rest are in `more`. */
export const SHOWN_SUGGESTIONS = 5;
/** At most this many in all (shown and more). */
const MAX_SUGGESTIONS = 12;

/** Kinds of harm that are crimes a court and the procuracy act on from the first report. */
const JUDICIAL_CATEGORIES = new Set(["sexual_abuse", "trafficking_abduction"]);
/** Courts and the procuracy rank below the protecting bodies unless the case is a serious crime. */
const JUDICIAL_FACTOR = 0.25;
/** A duty from a plan that has ended still says who is competent, but a plan in force says it today. */
const ENDED_FACTOR = 0.85;

/** Words of a duty that tie it to a child's age (data: the plans' words for pupils and small children). */
export const AGE_PLAN_TERMS: Readonly<Record<string, readonly string[]>> = {
  under_6: ["mầm non", "trẻ nhỏ", "dưới 6 tuổi"],
  "6_11": ["học sinh", "trường học", "tiểu học"],
  "12_15": ["học sinh", "trường học", "trung học cơ sở", "vị thành niên"],
  "16_17": ["vị thành niên", "học sinh", "trung học phổ thông", "học nghề"],
};

const ROLE_WEIGHT: Readonly<Record<Role, number>> = { lead: 4, responsible: 3, coordinate: 2, requested: 1 };
const ROLE_VI: Readonly<Record<Role, string>> = { lead: "chủ trì", responsible: "chịu trách nhiệm", coordinate: "phối hợp", requested: "được đề nghị" };

export interface SuggestionCitation {
  documentNumber: string;
  signedDate: string | null;
  sectionPath: string;
  role: Role;
  roleVi: string;
  /** Verbatim words of the plan. */
  quote: string;
  /** How the plan was read where it does not say it in one place (a lead carried down a merged cell). */
  note: string | null;
  /** The plan's words that matched the case's kind of harm. */
  matched: string[];
  /** The year the plan's period ended, when it has ended; null for a plan in force (or without an end). */
  endedYear: number | null;
}

export interface SuggestionSuccessor {
  agencyIds: string[];
  names: string[];
  note: string;
  effective: string;
  legalBasis: string;
  verified: boolean;
}

export interface ReferralSuggestion {
  rank: number;
  target: ReferralTarget;
  targetVi: string;
  agencyId: string | null;
  /** The agency that holds the duty today (its 2025 name first), e.g. "Sở Y tế" for a duty the plan gave the dissolved DOLISA. */
  name: string;
  /** The agency as the plan names it, when that is not today's agency; null otherwise. */
  nameInPlan: string | null;
  basis: "decree_56" | "plan";
  /** Why, in Vietnamese. */
  reason: string;
  citations: SuggestionCitation[];
  /** Who holds the duties today (2025 reorganisation), when the plan's agency changed. */
  successors: SuggestionSuccessor[];
  score: number;
}

export interface ReferralSuggestionInput {
  /** Today's province id (or an old one: it is mapped); null when unknown. */
  provinceId: string | null;
  category: string;
  commune?: string | null;
  /** The case's risk: courts and the procuracy come early only for a serious crime. */
  risk?: string | null;
  /** The (youngest) child's age band: duties about pupils or small children fit better. */
  childAgeBand?: string | null;
  /** Today, to tell plans in force from ended ones (default: now). */
  now?: Date;
}

export interface ReferralSuggestions {
  provinceId: string | null;
  provinceName: string | null;
  category: string;
  /** The plans read (document numbers), including those of provinces merged into today's. */
  plansRead: string[];
  /** The best SHOWN_SUGGESTIONS, in order. */
  suggestions: ReferralSuggestion[];
  /** The rest, ranked after them ("more"). */
  more: ReferralSuggestion[];
}

export type SuggestionRegistry = Pick<Registry, "agency" | "province" | "successorsOf" | "findAgencies">;

/** Ranks the referral targets for one case: five shown, the rest in `more`. */
export function suggestReferrals(input: ReferralSuggestionInput, plans: readonly ParsedPlan[], registry: SuggestionRegistry, shown = SHOWN_SUGGESTIONS): ReferralSuggestions {
  const today = todayProvince(input.provinceId, registry);
  const planList = today ? plans.filter((p) => todayProvince(p.province.provinceId, registry)?.id === today.id) : [];
  const fit: Fit = {
    terms: termsFor(input.category), age: ageTerms(input.childAgeBand ?? null), now: input.now ?? new Date(),
    judicialFits: JUDICIAL_CATEGORIES.has(input.category) || (input.risk === "emergency" && input.category === "physical_violence"),
  };
  const fromPlans = rankPlanAgencies(planList, fit, registry, today?.id ?? null);
  const fixed = alwaysSuggested(input.commune ?? null);
  const all = [...fixed, ...fromPlans].slice(0, MAX_SUGGESTIONS).map((s, i) => ({ ...s, rank: i + 1 }));
  return {
    provinceId: today?.id ?? null, provinceName: today?.name ?? null, category: input.category, plansRead: planList.map((p) => p.documentNumber),
    suggestions: all.slice(0, shown), more: all.slice(shown),
  };
}

/** What a duty is measured against. */
interface Fit {
  terms: Terms;
  age: Term[];
  now: Date;
  /** True when courts and the procuracy belong among the first (a serious crime). */
  judicialFits: boolean;
}

function ageTerms(band: string | null): Term[] {
  return (band ? AGE_PLAN_TERMS[band] ?? [] : []).map((written) => ({ written, folded: foldKey(written) }));
}

/** The year a plan's period ended, when it is before `now`. */
function endedYear(plan: ParsedPlan, now: Date): number | null {
  const end = plan.period.end ? new Date(`${plan.period.end}T23:59:59+07:00`) : null;
  return end && !Number.isNaN(end.getTime()) && end < now ? Number(plan.period.end!.slice(0, 4)) : null;
}

function todayProvince(provinceId: string | null, registry: SuggestionRegistry): { id: string; name: string } | null {
  if (!provinceId) return null;
  const province = registry.province(provinceId);
  if (!province) return null;
  return province.today ? { id: province.today.provinceId, name: province.today.name } : { id: province.id, name: province.name };
}

/** A term as written (shown to officers) and folded (matched). */
interface Term {
  written: string;
  folded: string;
}

interface Terms {
  specific: Term[];
  general: Term[];
}

function termsFor(category: string): Terms {
  const of = (list: readonly string[]) => list.map((written) => ({ written, folded: foldKey(written) }));
  return { specific: of(CATEGORY_PLAN_TERMS[category] ?? []), general: of(GENERAL_ABUSE_TERMS) };
}

/** Decree 56, Art. 25: the hotline and the commune committee receive any report, whatever the plans say. */
function alwaysSuggested(commune: string | null): Array<Omit<ReferralSuggestion, "rank">> {
  const base = { citations: [], successors: [], basis: "decree_56" as const, score: Number.POSITIVE_INFINITY, nameInPlan: null };
  return [
    { ...base, target: "hotline_111", targetVi: REFERRAL_TARGET_VI.hotline_111, agencyId: null, name: "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111",
      reason: "Luôn chuyển: Tổng đài 111 tiếp nhận, xác minh ban đầu và chuyển ca đến cơ quan có thẩm quyền (Nghị định 56/2017/NĐ-CP, Điều 22-25); miễn phí, 24/7. Ghi mã hồ sơ của 111." },
    { ...base, target: "commune_committee", targetVi: REFERRAL_TARGET_VI.commune_committee, agencyId: "ubnd-xa", name: commune ? `UBND ${commune}` : "UBND cấp xã nơi xảy ra sự việc",
      reason: "Luôn chuyển: UBND cấp xã nơi xảy ra sự việc tiếp nhận tin báo (Nghị định 56/2017/NĐ-CP, Điều 25), giao người làm công tác bảo vệ trẻ em đánh giá nguy cơ ban đầu và quyết định bảo vệ khẩn cấp (Điều 31: chậm nhất 12 giờ)." },
  ];
}

interface Hit {
  plan: ParsedPlan;
  assignment: Assignment;
  citation: SuggestionCitation;
  score: number;
}

/** The agency that holds an agency's duties today: its first successor in this province (the 2025 reorganisation), or itself. */
function todayAgency(agencyId: string, registry: SuggestionRegistry, provinceId: string | null): string {
  return registry.successorsOf(agencyId, provinceId)[0]?.toAgencyIds[0] ?? agencyId;
}

function rankPlanAgencies(plans: readonly ParsedPlan[], fit: Fit, registry: SuggestionRegistry, provinceId: string | null): Array<Omit<ReferralSuggestion, "rank">> {
  const byAgency = new Map<string, Hit[]>();
  for (const plan of plans) {
    for (const assignment of plan.assignments) {
      const hit = matchAssignment(plan, assignment, fit, registry);
      if (!hit || !assignment.agencyId) continue;
      const holder = todayAgency(assignment.agencyId, registry, provinceId);
      // The commune committee is always suggested first (Decree 56, Art. 25): a district duty that went to it adds nothing new.
      if (holder === "ubnd-xa") continue;
      byAgency.set(holder, [...(byAgency.get(holder) ?? []), hit]);
    }
  }
  const ranked = [...byAgency.entries()].map(([holder, hits]) => toSuggestion(holder, hits, registry, provinceId));
  return ranked.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "vi"));
}

function matchAssignment(plan: ParsedPlan, assignment: Assignment, fit: Fit, registry: SuggestionRegistry): Hit | null {
  if (!assignment.agencyId || NOT_A_TARGET.has(assignment.agencyId)) return null;
  const task = assignment.taskId ? plan.tasks.find((t) => t.id === assignment.taskId) : undefined;
  // The duty's own words first, then its task's: a carried-down lead quotes the row above, the task names the row.
  const pieces = [assignment.quote, ...taskPieces(task)];
  for (const [weight, list] of [[3, fit.terms.specific], [1, fit.terms.general]] as const) {
    // The shortest matching piece is the most precise citation (a carried-down lead's quote also holds the row above).
    const matches = pieces.map((piece) => ({ piece, matched: matchedTerms(piece, list, registry) })).filter((m) => m.matched.length > 0);
    const best = matches.sort((a, b) => a.piece.length - b.piece.length)[0];
    if (!best) continue;
    const ended = endedYear(plan, fit.now);
    const citation: SuggestionCitation = {
      documentNumber: plan.documentNumber, signedDate: plan.signedDate, sectionPath: assignment.sectionPath, role: assignment.role, roleVi: ROLE_VI[assignment.role],
      quote: best.piece, note: assignment.note ?? null, matched: best.matched, endedYear: ended,
    };
    const ageFit = fit.age.length > 0 && pieces.some((piece) => matchedTerms(piece, fit.age, registry).length > 0) ? 1 : 0;
    const judicial = registry.agency(assignment.agencyId)?.level === "court" && !fit.judicialFits;
    const score = (weight * ROLE_WEIGHT[assignment.role] + ageFit) * (ended === null ? 1 : ENDED_FACTOR) * (judicial ? JUDICIAL_FACTOR : 1);
    return { plan, assignment, citation, score };
  }
  return null;
}

/** Only quotes are verbatim (titles and contents may be tidied), so only quotes are cited. */
function taskPieces(task: Task | undefined): string[] {
  return task && task.quote.length > 0 ? [task.quote] : [];
}

/** Terms found in the text once agency names are cut out ("Sở Lao động" is not about child labour). */
function matchedTerms(text: string, terms: readonly Term[], registry: SuggestionRegistry): string[] {
  if (terms.length === 0) return [];
  let stripped = "";
  let from = 0;
  for (const m of registry.findAgencies(text)) {
    stripped += `${text.slice(from, m.start)} | `;
    from = m.end;
  }
  const folded = ` ${foldKey(stripped + text.slice(from))} `;
  return terms.filter((t) => folded.includes(` ${t.folded} `)).map((t) => t.written);
}

function toSuggestion(holder: string, hits: Hit[], registry: SuggestionRegistry, provinceId: string | null): Omit<ReferralSuggestion, "rank"> {
  // Plans in force first, then the strongest duty, then the newest plan.
  const best = [...hits].sort((a, b) => Number(a.citation.endedYear !== null) - Number(b.citation.endedYear !== null) || b.score - a.score || (b.plan.signedDate ?? "").localeCompare(a.plan.signedDate ?? ""));
  const citations = dedupe(best.map((h) => h.citation)).slice(0, 3);
  // The strongest duty counts most; more duties in more plans break ties.
  const score = Math.max(...hits.map((h) => h.score)) + Math.min(hits.length, 10) * 0.1;
  const top = best[0]!;
  const planAgencyId = top.assignment.agencyId!;
  const name = registry.agency(holder)?.name ?? top.assignment.agencyAsWritten ?? holder;
  // The agencies the plans name whose duties today's agency holds (DOLISA's for Sở Y tế).
  const formerIds = [...new Set(hits.map((h) => h.assignment.agencyId!))].filter((id) => id !== holder);
  const nameInPlan = formerIds.length ? formerIds.map((id) => registry.agency(id)?.name ?? id).join(", ") : null;
  const target = AGENCY_TARGETS[holder] ?? AGENCY_TARGETS[planAgencyId] ?? "provincial_department";
  const c = citations[0];
  const cited = best.find((h) => h.citation === c)?.assignment.agencyId ?? planAgencyId;
  const planWords = c ? `Kế hoạch ${c.documentNumber}${c.endedYear !== null ? ` (đã hết thời hạn năm ${c.endedYear})` : ""}, mục ${c.sectionPath}: ${registry.agency(cited)?.name ?? name} ${c.roleVi} (khớp: ${c.matched.join(", ")})` : name;
  const reason = nameInPlan ? `${name} nay đảm nhận nhiệm vụ của ${nameInPlan} (sắp xếp bộ máy năm 2025). ${planWords}.` : `${planWords}.`;
  return {
    target, targetVi: REFERRAL_TARGET_VI[target], agencyId: planAgencyId, name, nameInPlan, basis: "plan", reason, citations,
    successors: formerIds.flatMap((id) => successorsFor(id, registry, provinceId)), score,
  };
}

function dedupe(citations: SuggestionCitation[]): SuggestionCitation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.documentNumber}|${c.sectionPath}|${c.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function successorsFor(agencyId: string, registry: SuggestionRegistry, provinceId: string | null): SuggestionSuccessor[] {
  return registry.successorsOf(agencyId, provinceId).map((s) => ({
    agencyIds: s.toAgencyIds, names: s.toAgencyIds.map((id) => registry.agency(id)?.name ?? id), note: s.note, effective: s.effective, legalBasis: s.legalBasis, verified: s.verified,
  }));
}

/** The suggestions as an officer reads them in a terminal. */
export function formatSuggestions(result: ReferralSuggestions, caseCode: string): string {
  const lines = [`Gợi ý chuyển tuyến cho ca ${caseCode} (${result.category}, ${result.provinceName ?? "chưa rõ tỉnh"}); kế hoạch đã đọc: ${result.plansRead.join(", ") || "không có"}`];
  for (const s of [...result.suggestions, ...result.more]) {
    if (s.rank === result.suggestions.length + 1) lines.push("Thêm (more):");
    lines.push(`${s.rank}. ${s.name}${s.nameInPlan ? ` (trong kế hoạch: ${s.nameInPlan})` : ""} [--target ${s.target}]`, `   ${s.reason}`);
    for (const c of s.citations) lines.push(`   - ${c.documentNumber}${c.signedDate ? ` (${c.signedDate})` : ""}${c.endedYear !== null ? ` [hết thời hạn năm ${c.endedYear}]` : ""}, mục ${c.sectionPath}, ${c.roleVi}: "${clip(c.quote)}"${c.note ? ` [${c.note}]` : ""}`);
    for (const succ of s.successors) lines.push(`   → Nay (từ ${succ.effective}): ${succ.names.join(", ")}. ${succ.note} (${succ.legalBasis}${succ.verified ? "" : "; cần xác minh"})`);
  }
  return lines.join("\n");
}

/** Long quotes are shortened for the terminal only, visibly; --json keeps them whole. */
function clip(quote: string): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
