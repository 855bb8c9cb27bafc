/**
 * Where to refer a case: the agencies whose duties in the province's own plans cover the
 * case's kind of harm, each with the words of the plan that say so (document, section,
 * verbatim quote) and who holds those duties after the 2025 reorganisation; and always the
 * hotline 111 and the commune People's Committee, which Decree 56/2017/NĐ-CP, Art. 25 names
 * as receivers of any report. A pure function over the parsed plans and the registry: the
 * officer decides, this only shows what the plans and the law say.
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
  /** The agency as the plans or the law name it. */
  name: string;
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
}

export interface ReferralSuggestions {
  provinceId: string | null;
  provinceName: string | null;
  category: string;
  /** The plans read (document numbers), including those of provinces merged into today's. */
  plansRead: string[];
  suggestions: ReferralSuggestion[];
}

export type SuggestionRegistry = Pick<Registry, "agency" | "province" | "successorsOf" | "findAgencies">;

/** Ranks the referral targets for one case. */
export function suggestReferrals(input: ReferralSuggestionInput, plans: readonly ParsedPlan[], registry: SuggestionRegistry, limit = 6): ReferralSuggestions {
  const today = todayProvince(input.provinceId, registry);
  const planList = today ? plans.filter((p) => todayProvince(p.province.provinceId, registry)?.id === today.id) : [];
  const terms = termsFor(input.category);
  const fromPlans = rankPlanAgencies(planList, terms, registry, today?.id ?? null).slice(0, limit);
  const fixed = alwaysSuggested(input.commune ?? null);
  const suggestions = [...fixed, ...fromPlans].map((s, i) => ({ ...s, rank: i + 1 }));
  return { provinceId: today?.id ?? null, provinceName: today?.name ?? null, category: input.category, plansRead: planList.map((p) => p.documentNumber), suggestions };
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
  const base = { citations: [], successors: [], basis: "decree_56" as const, score: Number.POSITIVE_INFINITY };
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

function rankPlanAgencies(plans: readonly ParsedPlan[], terms: Terms, registry: SuggestionRegistry, provinceId: string | null): Array<Omit<ReferralSuggestion, "rank">> {
  const byAgency = new Map<string, Hit[]>();
  for (const plan of plans) {
    for (const assignment of plan.assignments) {
      const hit = matchAssignment(plan, assignment, terms, registry);
      if (!hit || !assignment.agencyId) continue;
      byAgency.set(assignment.agencyId, [...(byAgency.get(assignment.agencyId) ?? []), hit]);
    }
  }
  const ranked = [...byAgency.entries()].map(([agencyId, hits]) => toSuggestion(agencyId, hits, registry, provinceId));
  return ranked.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "vi"));
}

function matchAssignment(plan: ParsedPlan, assignment: Assignment, terms: Terms, registry: SuggestionRegistry): Hit | null {
  if (!assignment.agencyId || NOT_A_TARGET.has(assignment.agencyId)) return null;
  const task = assignment.taskId ? plan.tasks.find((t) => t.id === assignment.taskId) : undefined;
  // The duty's own words first, then its task's: a carried-down lead quotes the row above, the task names the row.
  const pieces = [assignment.quote, ...taskPieces(task)];
  for (const [weight, list] of [[3, terms.specific], [1, terms.general]] as const) {
    // The shortest matching piece is the most precise citation (a carried-down lead's quote also holds the row above).
    const matches = pieces.map((piece) => ({ piece, matched: matchedTerms(piece, list, registry) })).filter((m) => m.matched.length > 0);
    const best = matches.sort((a, b) => a.piece.length - b.piece.length)[0];
    if (!best) continue;
    const citation: SuggestionCitation = {
      documentNumber: plan.documentNumber, signedDate: plan.signedDate, sectionPath: assignment.sectionPath, role: assignment.role, roleVi: ROLE_VI[assignment.role],
      quote: best.piece, note: assignment.note ?? null, matched: best.matched,
    };
    return { plan, assignment, citation, score: weight * ROLE_WEIGHT[assignment.role] };
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

function toSuggestion(agencyId: string, hits: Hit[], registry: SuggestionRegistry, provinceId: string | null): Omit<ReferralSuggestion, "rank"> {
  const best = [...hits].sort((a, b) => b.score - a.score || (b.plan.signedDate ?? "").localeCompare(a.plan.signedDate ?? ""));
  const citations = dedupe(best.map((h) => h.citation)).slice(0, 3);
  // The strongest duty counts most; more duties in more plans break ties.
  const score = (best[0]?.score ?? 0) + Math.min(hits.length, 10) * 0.1;
  const agency = registry.agency(agencyId);
  const name = agency?.name ?? best[0]?.assignment.agencyAsWritten ?? agencyId;
  const target = AGENCY_TARGETS[agencyId] ?? "provincial_department";
  const top = citations[0];
  const reason = top ? `Kế hoạch ${top.documentNumber}, mục ${top.sectionPath}: ${name} ${top.roleVi} (khớp: ${top.matched.join(", ")}).` : name;
  return { target, targetVi: REFERRAL_TARGET_VI[target], agencyId, name, basis: "plan", reason, citations, successors: successorsFor(agencyId, registry, provinceId), score };
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
  for (const s of result.suggestions) {
    lines.push(`${s.rank}. ${s.name} [--target ${s.target}]`, `   ${s.reason}`);
    for (const c of s.citations) lines.push(`   - ${c.documentNumber}${c.signedDate ? ` (${c.signedDate})` : ""}, mục ${c.sectionPath}, ${c.roleVi}: "${clip(c.quote)}"${c.note ? ` [${c.note}]` : ""}`);
    for (const succ of s.successors) lines.push(`   → Nay (từ ${succ.effective}): ${succ.names.join(", ")}. ${succ.note} (${succ.legalBasis}${succ.verified ? "" : "; cần xác minh"})`);
  }
  return lines.join("\n");
}

/** Long quotes are shortened for the terminal only, visibly; --json keeps them whole. */
function clip(quote: string): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
