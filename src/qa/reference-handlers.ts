/**
 * Answers about what a plan says of something other than a duty: another document it cites
 * ("Tờ trình 114/TTr-LĐTBXH", "Chỉ thị 28-CT/TW": a document, not an agency), who it is sent
 * to ("Nơi nhận"), and bodies it names without assigning them anything (HĐND, Tỉnh ủy).
 */
import type { Agency, ParsedPlan } from "../kb/types.ts";
import { foldKey } from "../core/vietnamese-text.ts";
import { agencyIdsIn, emptyDraft, foldedNames, foldOnce, planLabel, tr, agencyLabel, type Draft } from "./answer-composer.ts";
import { agencyOf, askedShape, holdsShape, wholeLine, type HandlerContext } from "./intent-handlers.ts";
import { PLAN_PERIOD_RE } from "./question-parser.ts";
import type { Passage } from "./passage-index.ts";
import type { QaRegistry } from "./answer-types.ts";
import { memoByObject, memoByPlan, planHolds } from "./memo.ts";

const MAX_ITEMS = 5;

/** `key` in `text`, not as the tail of a longer number ("56/2017" is not in "156/2017"). */
function containsRef(text: string, key: string): boolean {
  for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
    if (i === 0 || !/\d/.test(text[i - 1]!)) return true;
  }
  return false;
}
const inPlans = (ctx: HandlerContext) => { const set = new Set(ctx.plans); return (p: Passage) => set.has(p.plan); };
const padded = (s: string) => ` ${s} `;
/**
 * Whether a passage's folded quote holds one of an agency's names (of more than two letters) as words. A quote holding a name
 * holds the name's first word as one of its own terms: only such quotes are searched, and each is padded once.
 */
function namingTest(index: HandlerContext["index"], agency: Agency): (p: Passage) => boolean {
  // What a passage names never changes: each passage is tested once per body and index (0 not yet, 1 names it, 2 does not).
  const known = namingKnown(index)(agency);
  const names = foldedNames(agency).filter((n) => n.length > 2);
  const firsts = names.map((n) => n.split(" ")[0]!);
  const spaced = names.map(padded);
  return (p) => {
    const seen = known[p.id];
    if (seen !== 0) return seen === 1;
    let f: string | undefined;
    const holds = spaced.some((n, i) => p.quoteTerms.has(firsts[i]!) && (f ??= padded(p.folded)).includes(n));
    known[p.id] = holds ? 1 : 2;
    return holds;
  };
}
const namingKnown = memoByObject((index: HandlerContext["index"]) => memoByObject((_agency: Agency) => new Uint8Array(index.passages.length)));

/** Document numbers in the question that are not the numbers of the plans themselves. */
export function externalRefs(refs: string[], plans: ParsedPlan[]): string[] {
  if (refs.length === 0) return [];
  const own = new Set(plans.flatMap((p) => [p.documentNumber, ...p.otherNumbers].map((n) => foldKey(n))));
  return refs.filter((r) => !own.has(foldKey(r)));
}

/** The sentences of the plans that cite the documents the question names, the best match per plan first. */
export function answerDocumentReference(ctx: HandlerContext, refs: string[], all: ParsedPlan[]): Draft {
  const d = emptyDraft();
  // Compared without spaces: scanned plans split abbreviations ("114/TTr-LĐT BXH").
  const keys = refs.map((r) => foldKey(r).replace(/ /g, ""));
  const plans = ctx.plans.length > 0 ? ctx.plans : all;
  const set = new Set(plans);
  const numbers = refs.map((r) => /\d+/.exec(r)?.[0] ?? "");
  const holds = (p: Passage) => set.has(p.plan) && numbers.some((n) => p.folded.includes(n)) && keys.some((k) => containsRef(p.folded.replace(/ /g, ""), k));
  const candidates = ctx.index.passages.filter(holds);
  if (candidates.length === 0) return d;
  const ranked = ctx.terms.length > 0 ? ctx.index.rank(ctx.terms, holds, 30).map((r) => r.passage) : [];
  const unordered = [...ranked, ...candidates.filter((p) => !ranked.includes(p))];
  // "1506/QĐ-LĐTBXH ban hành ngày nào?": of the sentences citing it, one stating what is asked (its date) first.
  const shape = askedShape(ctx.q.folded, ctx.q.intent);
  const ordered = shape ? [...unordered.filter((p) => holdsShape(shape, p)), ...unordered.filter((p) => !holdsShape(shape, p))] : unordered;
  const seen = new Set<ParsedPlan>();
  const picks: Passage[] = [];
  for (const p of ordered) {
    if (seen.has(p.plan) || picks.length >= 3) continue;
    seen.add(p.plan);
    picks.push(p);
  }
  const asksWho = WHO_ASKED_RE.test(ctx.q.folded);
  for (const p of picks) {
    // "Sở nào chỉ đạo ... Chỉ thị 28-CT/TW?": the body whose item cites the document answers, not the sentence alone.
    const doers = asksWho ? (ctx.groupOf(p)?.assignments ?? []).filter((a) => a.role === "lead" || a.role === "responsible") : [];
    const names = [...new Map(doers.map((a) => { const x = agencyOf(a, ctx.registry); return [x.agency?.id ?? x.name, x]; })).values()];
    const who = names.length > 0 ? `${names.map((x) => (x.agency ? agencyLabel(x.agency, x.name, ctx.lang) : x.name)).join(", ")}${tr(ctx.lang, " — ", " — ")}` : "";
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: ${who}“${p.quote}”`,
      `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, ${who ? `${who}the plan says` : "the plan says"}: “${p.quote}”`));
    for (const a of doers) d.agencies.push({ ...agencyOf(a, ctx.registry), role: a.role, source: { plan: p.plan, sectionPath: a.sectionPath } });
    d.citations.push({ plan: p.plan, section: p.sectionPath, quote: p.quote });
  }
  d.found = true;
  d.confidence = 0.7;
  return d;
}

// "Should the annual report be sent to ...?" asks where a report goes, not whom the plan was sent to.
const RECIPIENT_RE = /\b(noi nhan|duoc gui|gui toi nhung|(?<!\breports?(?: \w+){0,3} )sent to|recipients?|copied to|distributed to)\b|\bco (duoc )?gui (?!(cac |cac loai )?(bao cao|bc|kinh phi|ho so)\b)([\w&-]+ ){1,16}(khong|chua)\b/;
export const asksRecipients = (folded: string): boolean => RECIPIENT_RE.test(folded);

/** The "Nơi nhận" lines of each plan; those naming the question's bodies when it names some. */
export function answerRecipients(ctx: HandlerContext): Draft {
  const d = emptyDraft();
  for (const plan of ctx.plans) {
    const section = plan.sections.find((s) => foldOnce(s.heading) === "noi nhan" || foldOnce(s.path) === "noi nhan");
    if (!section) continue;
    const lines = section.text.split("\n").map((l) => l.trim()).filter((l) => l.length > 2 && !/^nơi nhận/iu.test(l));
    const named = ctx.q.agencies;
    const mentions = (line: string) => agencyIdsIn(ctx.registry, line).some((id) => named.some((a) => a.id === id));
    const picked = named.length > 0 ? lines.filter(mentions) : lines;
    const label = planLabel(plan, ctx.registry, ctx.lang);
    const missing = named.filter((a) => !picked.some((l) => agencyIdsIn(ctx.registry, l).includes(a.id)));
    if (picked.length === 0) {
      d.lines.push(tr(ctx.lang, `Nơi nhận của ${label} không có ${named.map((a) => a.name).join(", ")}.`, `${label} is not sent to ${named.map((a) => a.name).join(", ")}.`));
      continue;
    }
    const shown = picked.slice(0, MAX_ITEMS);
    d.lines.push(tr(ctx.lang, `${label} được gửi tới (Nơi nhận): ${shown.map((l) => `“${l}”`).join("; ")}${picked.length > shown.length ? ` ... và ${picked.length - shown.length} nơi khác` : ""}.`,
      `${label} is sent to (recipients): ${shown.map((l) => `“${l}”`).join("; ")}${picked.length > shown.length ? ` ... and ${picked.length - shown.length} more` : ""}.`));
    if (picked.length > shown.length) d.counts.push(picked.length - shown.length);
    if (missing.length > 0) d.lines.push(tr(ctx.lang, `Nơi nhận không có ${missing.map((a) => a.name).join(", ")}.`, `It is not sent to ${missing.map((a) => a.name).join(", ")}.`));
    for (const l of shown) d.citations.push({ plan, section: section.path, quote: l });
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.8;
  return d;
}

/** The lines of the chosen plans' "Nơi nhận" that name the agency. */
function recipientLines(ctx: HandlerContext, agency: Agency): Array<{ plan: ParsedPlan; section: string; line: string }> {
  const out: Array<{ plan: ParsedPlan; section: string; line: string }> = [];
  for (const plan of ctx.plans) {
    const found = recipientLineOf(ctx.registry, plan, agency.id);
    if (found) out.push({ plan, section: found.section, line: found.line });
  }
  return out;
}

/** The plan's "Nơi nhận" line naming the body, as the plan writes it; once per registry, plan and body (nothing of the question). */
const recipientLinesRead = new WeakMap<QaRegistry, WeakMap<ParsedPlan, Map<string, { section: string; line: string } | null>>>();
function recipientLineOf(registry: QaRegistry, plan: ParsedPlan, agencyId: string): { section: string; line: string } | null {
  let byPlan = recipientLinesRead.get(registry);
  if (!byPlan) recipientLinesRead.set(registry, (byPlan = new WeakMap()));
  let byBody = byPlan.get(plan);
  if (!byBody) byPlan.set(plan, (byBody = new Map()));
  let found = byBody.get(agencyId);
  if (found === undefined) {
    found = null;
    const section = plan.sections.find((s) => foldOnce(s.heading) === "noi nhan" || foldOnce(s.path) === "noi nhan");
    const line = section?.text.split("\n").map((l) => l.trim()).find((l) => l.length > 2 && !/^nơi nhận/iu.test(l) && agencyIdsIn(registry, l).includes(agencyId));
    if (section && line && plan.text.includes(line)) found = { section: section.path, line };
    byBody.set(agencyId, found);
  }
  return found;
}

/** A duty asked of the body: "nhiệm vụ gì", "giao ... gì", "làm gì", "what task/duty/role". */
const DUTY_ASKED_RE = /\b(nhiem vu|trach nhiem|lam gi|giao (cho )?.{0,60}\bgi|vai tro|duty|duties|tasks?|role|responsibilit(y|ies)|what (must|should|does|do)\b.{0,60}\bdo)\b/;
/** How often or in what way a body must act ("mấy lần một năm", "theo cách nào", "how often"): a recipients' line says neither. */
const HOW_OFTEN_ASKED_RE = /\b(may lan|bao nhieu lan|theo cach nao|bang cach nao|how often|how many times|in what way)\b/;
const WHO_ASKED_RE = /\b(ai|co quan nao|don vi nao|so nao|nganh nao|who|which (agency|department|body))\b/;
const THROUGH_ASKED_RE = /\b(thong qua|qua (co quan|so|don vi|nganh) nao|through (which|what)|go(es)? through|via (which|what))\b/;
const ROLE_AFTER_RE = /^[\s,]*(chu tri|lam dau moi)/;

/**
 * "Ai báo cáo Chủ tịch UBND tỉnh?": the body that acts in a sentence naming another one is
 * the first agency the sentence names (its subject), leading when "chủ trì" follows it.
 */
function actingAgency(ctx: HandlerContext, d: Draft, p: Passage, other: Agency): void {
  // "Báo cáo gửi UBND tỉnh qua sở nào?", "go through which department": the body after "thông qua" in the sentence.
  const via = THROUGH_ASKED_RE.test(ctx.q.folded) ? /thông qua\s+([^)\n;]{3,80})/u.exec(p.quote) : null;
  const through = via ? ctx.registry.findAgencies(via[1]!).filter((x) => x.agency.id !== other.id && x.start <= 2)[0] : undefined;
  if (through) {
    d.agencies.unshift({ agency: through.agency, name: through.agency.name, role: "responsible", source: { plan: p.plan, sectionPath: p.sectionPath } });
    return;
  }
  const h = ctx.registry.findAgencies(p.quote).filter((x) => x.agency.id !== other.id).sort((a, b) => a.start - b.start)[0];
  if (!h) return;
  // Named after other words, the agency is an object of the sentence, not its subject.
  const before = foldOnce(p.quote.slice(0, h.start)).replace(/[^a-z0-9 ]/g, " ").trim();
  if (before.length > 0 && !/^([a-z]|\d+)$/.test(before)) return;
  const role = ROLE_AFTER_RE.test(foldOnce(p.quote.slice(h.end))) ? "lead" : "responsible";
  d.agencies.unshift({ agency: h.agency, name: h.agency.name, role, source: { plan: p.plan, sectionPath: p.sectionPath } });
  // "ai chủ trì, ai phối hợp ...?", "ai đôn đốc ... báo cáo Chủ tịch?": the bodies written one after another right after "phối hợp
  // với" are the lead's partners, and do with it what is asked.
  if (role === "lead") addPartners(ctx, d, p, h.end, other);
}

const WITH_RE = /phối hợp (?:với|cùng)\s*/iu;
const JOINED_RE = /^[\s,;&]*(?:và|cùng|with|and)?[\s,;]*$/iu;
function addPartners(ctx: HandlerContext, d: Draft, p: Passage, from: number, other: Agency): void {
  const w = WITH_RE.exec(p.quote.slice(from));
  if (!w) return;
  const start = from + w.index + w[0].length;
  const rest = p.quote.slice(start);
  let at = 0;
  for (const x of ctx.registry.findAgencies(rest).sort((a, b) => a.start - b.start)) {
    if (x.start < at) continue;
    if (!JOINED_RE.test(rest.slice(at, x.start))) break;
    at = x.end;
    if (x.agency.id === other.id || d.agencies.some((a) => a.agency?.id === x.agency.id)) continue;
    d.agencies.push({ agency: x.agency, name: x.agency.name, role: "coordinate", source: { plan: p.plan, sectionPath: p.sectionPath } });
  }
}

const UBND_TINH = "ubnd-tinh";

/** Office titles as officials write them, for the answer text. */
const TITLE_WORDS: Record<string, [string, string]> = {
  "chu tich": ["Chủ tịch", "Chairman of"], "pho chu tich": ["Phó Chủ tịch", "Vice Chairman of"], "giam doc": ["Giám đốc", "Director of"],
  "pho giam doc": ["Phó Giám đốc", "Deputy Director of"], "chanh van phong": ["Chánh Văn phòng", "Chief of"],
  "pho chanh van phong": ["Phó Chánh Văn phòng", "Deputy Chief of"], "thu truong": ["Thủ trưởng", "Head of"],
  "nguoi dung dau": ["Người đứng đầu", "Head of"], "lanh dao": ["Lãnh đạo", "Leaders of"],
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * An office holder ("Chủ tịch UBND tỉnh", "Giám đốc Sở Lao động", "Chánh Văn phòng"): the
 * sentences of the plans that name that office, nearest the question first. When the plans
 * never name the office, nothing is found and the body's own duties answer instead.
 */
const ISSUING_RE = /\b(ban hanh|issu\w*|de nghi|to trinh|propos\w*)\b/;

export function answerOfficeHolder(ctx: HandlerContext, holder: { title: string; agency: Agency }): Draft {
  const d = emptyDraft();
  const keep = inPlans(ctx);
  const names = foldedNames(holder.agency).filter((n) => n.length > 2).map(escapeRe);
  // "Giám đốc các sở", "thủ trưởng các cơ quan": said of every department head, so of this one too.
  const general = /^(giam doc|thu truong|lanh dao)$/.test(holder.title) && /^so /.test(foldedNames(holder.agency)[0] ?? "") ? "|cac so|cac co quan" : "";
  const re = new RegExp(`\\b${escapeRe(holder.title)}(,? cac)? (${names.join("|")}${general})\\b`);
  const says = (p: Passage) => keep(p) && (p.kind === "sentence" || p.kind === "assignment") && re.test(p.folded);
  const titleWords = new Set([...holder.title.split(" "), ...foldedNames(holder.agency).flatMap((n) => n.split(" "))]);
  const topic = ctx.terms.filter((t) => !titleWords.has(t));
  const ranked = topic.length > 0 ? ctx.index.rank(topic, says, 10).map((r) => r.passage) : [];
  const found = [...ranked, ...ctx.index.passages.filter((p) => says(p) && !ranked.includes(p))];
  // "Giám đốc Sở LĐTBXH" named as such ("Xét đề nghị của Giám đốc Sở ...") says more of this one than "Giám đốc các sở" does.
  const own = new RegExp(`\\b${escapeRe(holder.title)} (${names.join("|")})\\b`);
  const named = general ? [...found.filter((p) => own.test(p.folded)), ...found.filter((p) => !own.test(p.folded))] : found;
  // "... vai trò gì trong việc ban hành Quyết định?": what a head did for the decision itself is in its preamble ("Xét đề nghị của Giám đốc ...").
  const preamble = (p: Passage) => /^(mo dau|preamble)$/.test(foldOnce(p.sectionPath));
  const all = ISSUING_RE.test(ctx.q.folded) ? [...named.filter(preamble), ...named.filter((p) => !preamble(p))] : named;
  const picks = [...new Map(all.map((p) => [wholeLine(p), p])).entries()].slice(0, 3);
  if (picks.length === 0) return d;
  const [vi, en] = TITLE_WORDS[holder.title] ?? [holder.title, holder.title];
  // "Chánh Văn phòng" heads the Office already named in the title: "Chánh Văn phòng UBND tỉnh", not "Chánh Văn phòng Văn phòng ...".
  const body = holder.title.endsWith("van phong") ? holder.agency.name.replace(/^Văn phòng\s+/u, "") : holder.agency.name;
  // "Chief of the Office of the Provincial People's Committee": in English the Office is said, not left in the title.
  const enBody = holder.title.endsWith("van phong") && body === holder.agency.name ? `the Office of the ${holder.agency.english}` : holder.agency.english;
  d.lines.push(tr(ctx.lang, `Kế hoạch nói về ${vi} ${body} (người đứng đầu, không phải một cơ quan được giao việc) như sau:`,
    `What the plan says of the ${en} ${enBody} (an office holder, not a body given a duty):`));
  const who = WHO_ASKED_RE.test(ctx.q.folded);
  for (const [quote, p] of picks) {
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: “${quote}”`,
      `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}: “${quote}”`));
    d.citations.push({ plan: p.plan, section: p.sectionPath, quote });
    if (who && d.agencies.length === 0) actingAgency(ctx, d, p, holder.agency);
  }
  // "Ai ... báo cáo Chủ tịch UBND tỉnh ...?": the office holder is who the report goes to; the body that acts is what is asked, so it
  // opens the answer.
  const actor = d.agencies[0];
  if (who && actor && REPORTED_TO_RE.test(ctx.q.folded)) {
    // "X chủ trì phối hợp với Y đôn đốc ... báo cáo với Chủ tịch": both are said, X leading.
    const partners = d.agencies.filter((a) => a.role === "coordinate");
    const viWith = partners.length > 0 ? ` chủ trì, phối hợp với ${partners.map((a) => a.name).join(", ")}` : "";
    const enWith = partners.length > 0 ? ` leads this, with ${partners.map((a) => `${a.name}${a.agency ? ` (${a.agency.english})` : ""}`).join(", ")}` : " does this";
    d.lines[0] = tr(ctx.lang, `${actor.name}${viWith} làm việc này; ${vi} ${body} là người nhận báo cáo.`,
      `${actor.name}${actor.agency ? ` (${actor.agency.english})` : ""}${enWith}; the ${en} ${enBody} is who the report goes to.`);
  }
  d.found = true;
  d.confidence = 0.6;
  return d;
}

/** The office holder is the one reported or submitted to ("báo cáo (với) Chủ tịch", "report to the Chairman"). */
const REPORTED_TO_RE = /\b(bao cao|trinh|gui|reports?|reporting|reported|submits?|submitted|submitting|sends?|sent)( (voi|len|cho|den|ve|to))?( the)? (chu tich|pho chu tich|giam doc|chanh van phong|chairman|chairperson|chair|vice chairman|director|chief)\b/;

/**
 * An agency the plans give no duty to but do name (the council a plan is submitted to, the
 * Party committee it is sent to): what they say of it, said as not a duty.
 */
/**
 * "Nghị quyết số 105/2013/NQ-HĐND": the provincial council's resolution names the council in its number. (The
 * committee's own numbers, "…/QĐ-UBND", are on every plan: they are not a mention.)
 */
const ISSUER_SUFFIX_RE = /\d+(?:\/\d{4})?\/[\p{Lu}]+-(HĐND)(?![\p{L}])/gu;
function issuedBy(ctx: HandlerContext, quote: string): string[] {
  if (!quote.includes("-HĐND")) return [];
  return [...quote.matchAll(ISSUER_SUFFIX_RE)].flatMap((m) => agencyIdsIn(ctx.registry, `${m[1]} tỉnh`));
}

/** "Chỉ đạo (các) <agency> ...": the agency named as the one directed, in an item whose duty holder is another body. */
const DIRECTS_BEFORE_RE = /chỉ đạo\s+(?:các\s+)?$/iu;
function directedBy(ctx: HandlerContext, p: Passage, agency: Agency): Draft["agencies"] {
  if (!/chỉ đạo/iu.test(p.quote)) return [];
  const hit = ctx.registry.findAgencies(p.quote).find((x) => x.agency.id === agency.id);
  if (!hit || !DIRECTS_BEFORE_RE.test(p.quote.slice(0, hit.start))) return [];
  const holder = (ctx.groupOf(p)?.assignments ?? []).find((a) => a.agencyId !== agency.id && (a.role === "lead" || a.role === "responsible"));
  if (!holder) return [];
  const { agency: by, name } = agencyOf(holder, ctx.registry);
  return [{ agency: by, name, role: "responsible", source: { plan: p.plan, sectionPath: p.sectionPath } }];
}

export function answerMentions(ctx: HandlerContext, agency: Agency): Draft {
  const d = emptyDraft();
  const keep = inPlans(ctx);
  const naming = namingTest(ctx.index, agency);
  const cheap = (p: Passage) => keep(p) && naming(p);
  const mentions = (p: Passage) => (cheap(p) && agencyIdsIn(ctx.registry, p.quote).includes(agency.id)) || (keep(p) && issuedBy(ctx, p.quote).includes(agency.id));
  const ranked = ctx.terms.length > 0 ? ctx.index.rank(ctx.terms, mentions, 10).map((r) => r.passage) : [];
  const all = ranked.length > 0 ? ranked : ctx.index.passages.filter(mentions);
  // "c) Chỉ đạo Phòng LĐTBXH ..." and its first sentence alone are one mention: a quote inside another of the same section is not shown twice.
  const unique = [...new Map(all.map((p) => [p.quote, p])).values()];
  const core = (quote: string) => quote.replace(/^[\p{L}\d]{1,2}[).]\s+/u, "").replace(/[.;:]\s*$/u, "");
  const within = (p: Passage, o: Passage) => o !== p && o.plan === p.plan && o.sectionPath === p.sectionPath && core(o.quote).length > core(p.quote).length
    && core(o.quote).includes(core(p.quote));
  const picks = unique.filter((p) => !unique.some((o) => within(p, o))).slice(0, 2);
  // The plan sent to it ("Nơi nhận: - Thường trực Tỉnh ủy;"): a mention too, said as such.
  const sent = recipientLines(ctx, agency);
  if (picks.length === 0 && sent.length === 0) return d;
  const label = agencyLabel(agency, agency.name, ctx.lang);
  // "Kế hoạch giao cho Thường trực HĐND nhiệm vụ gì?" of a body named only among the recipients: the plan gives it none, so the
  // question is not answered (found false), said with the recipients' line.
  const onlySent = picks.every((p) => foldOnce(p.sectionPath) === "noi nhan");
  if (onlySent && ((ctx.q.intent === "duties" && DUTY_ASKED_RE.test(ctx.q.folded)) || HOW_OFTEN_ASKED_RE.test(ctx.q.folded))) {
    d.lines.push(tr(ctx.lang, `${[...new Set([...sent.map((x) => x.plan.documentNumber), ...picks.map((p) => p.plan.documentNumber)])].join(", ")} không giao nhiệm vụ nào cho ${label}; ${label} chỉ có tên ở phần Nơi nhận:`,
      `${[...new Set([...sent.map((x) => x.plan.documentNumber), ...picks.map((p) => p.plan.documentNumber)])].join(", ")} gives ${label} no duty; it is named only among the recipients (Nơi nhận):`));
    for (const x of sent) {
      d.lines.push(tr(ctx.lang, `Nơi nhận của ${planLabel(x.plan, ctx.registry, ctx.lang)}: “${x.line}”`, `Recipients of ${planLabel(x.plan, ctx.registry, ctx.lang)}: “${x.line}”`));
      d.citations.push({ plan: x.plan, section: x.section, quote: x.line });
    }
    d.settled = true;
    return d;
  }
  if (picks.length === 0) {
    d.lines.push(tr(ctx.lang, `${sent.map((x) => x.plan.documentNumber).join(", ")} không giao nhiệm vụ cho ${label}; ${label} chỉ có tên ở phần Nơi nhận:`,
      `${sent.map((x) => x.plan.documentNumber).join(", ")} gives ${label} no duty; it is named only among the recipients (Nơi nhận):`));
  }
  const addSent = () => {
    for (const x of sent.filter((x) => !picks.some((p) => wholeLine(p) === x.line || p.quote === x.line))) {
      d.lines.push(tr(ctx.lang, `Nơi nhận của ${planLabel(x.plan, ctx.registry, ctx.lang)}: “${x.line}”`, `Recipients of ${planLabel(x.plan, ctx.registry, ctx.lang)}: “${x.line}”`));
      d.citations.push({ plan: x.plan, section: x.section, quote: x.line });
    }
  };
  if (picks.length === 0) {
    addSent();
    d.found = true;
    d.confidence = 0.6;
    return d;
  }
  const plans = [...new Set(picks.map((p) => p.plan))];
  const directing = picks.flatMap((p) => directedBy(ctx, p, agency));
  // The People's Committee issues the plans: it is the body the others report to, not one given a duty.
  const issued = plans.filter((p) => p.issuer && agencyIdsIn(ctx.registry, p.issuer.replace(/^CHỦ TỊCH\s+/u, "")).includes(agency.id)
    || (/^uy ban nhan dan/.test(foldOnce(p.issuer ?? "")) && agency.id === UBND_TINH));
  if (issued.length > 0) {
    d.lines.push(tr(ctx.lang, `${label} là cơ quan ban hành ${issued.map((p) => p.documentNumber).join(", ")} (không phải cơ quan được giao việc); kế hoạch nói về ${label} như sau:`,
      `${label} issued ${issued.map((p) => p.documentNumber).join(", ")} (it is not given a duty); the plan says of it:`));
    const header = issued[0]!.issuer!;
    if (issued[0]!.text.includes(header)) d.citations.push({ plan: issued[0]!, section: tr(ctx.lang, "đầu văn bản", "header"), quote: header });
  } else if (directing.length > 0) {
    // "Chỉ đạo Phòng LĐTBXH phối hợp ... xây dựng Kế hoạch" in the district committees' item: the work reaches the office through
    // the body that directs it, and that body holds the duty.
    const names = [...new Set(directing.map((x) => (x.agency ? agencyLabel(x.agency, x.name, ctx.lang) : x.name)))];
    d.lines.push(tr(ctx.lang, `${plans.map((p) => p.documentNumber).join(", ")} không giao việc trực tiếp cho ${label}; kế hoạch giao ${names.join(", ")} chỉ đạo ${label}:`,
      `${plans.map((p) => p.documentNumber).join(", ")} gives ${label} no duty of its own; it has ${names.join(", ")} direct it:`));
    for (const x of directing) if (!d.agencies.some((a) => a.name === x.name)) d.agencies.push(x);
  } else {
    d.lines.push(tr(ctx.lang, `${plans.map((p) => p.documentNumber).join(", ")} không giao nhiệm vụ cho ${label}; kế hoạch nhắc đến ${label} như sau:`,
      `${plans.map((p) => p.documentNumber).join(", ")} gives ${label} no duty; the plan mentions it as follows:`));
  }
  const who = WHO_ASKED_RE.test(ctx.q.folded);
  for (const p of picks) {
    const quote = wholeLine(p);
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: “${quote}”`,
      `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}: “${quote}”`));
    d.citations.push({ plan: p.plan, section: p.sectionPath, quote });
    if (who && d.agencies.length === 0) actingAgency(ctx, d, p, agency);
  }
  addSent();
  d.found = true;
  d.confidence = 0.6;
  return d;
}

/**
 * "Kế hoạch có mục đích, yêu cầu gì?": the question names a part of the plan by its heading;
 * the answer is that part's opening lines.
 */
/**
 * A plan's numbered parts named by a heading of a few words ("Mục đích, yêu cầu"), not the title block, with more than one line,
 * in the plan's order, each with its folded heading padded by spaces: found once per plan, not on every question.
 */
const namedParts = memoByPlan((plan) => plan.sections.flatMap((s) => {
  const h = foldOnce(s.heading);
  return /^[IVX]+(\.|$)/.test(s.path) && h.split(" ").length >= 3 && h.split(" ").length <= 6 && s.text.split("\n").length > 1 ? [{ section: s, heading: padded(h) }] : [];
}));

export function answerSection(ctx: HandlerContext): Draft {
  const d = emptyDraft();
  const q = padded(ctx.q.folded);
  // "Tỉnh đoàn được giao nhiệm vụ cụ thể gì?": the words of a heading ("II. NHIỆM VỤ CỤ THỂ") asked of a body ask for that body's
  // duties; a part that never names the body does not answer for it.
  const bodies = new Set(ctx.q.agencies.map((a) => a.id));
  const namesBody = (text: string) => bodies.size === 0 || agencyIdsIn(ctx.registry, text).some((id) => bodies.has(id));
  for (const plan of ctx.plans) {
    const section = namedParts(plan).find((x) => q.includes(x.heading) && namesBody(x.section.text))?.section;
    if (!section) continue;
    const lines = section.text.split("\n").slice(1).map((l) => l.trim()).filter((l) => foldOnce(l).split(" ").length >= 3).slice(0, 3);
    if (lines.length === 0) continue;
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(plan, ctx.registry, ctx.lang)}, mục ${section.path} “${section.heading}”: ${lines.map((l) => `“${l}”`).join(" ")}`,
      `Under ${planLabel(plan, ctx.registry, ctx.lang)}, section ${section.path} “${section.heading}”: ${lines.map((l) => `“${l}”`).join(" ")}`));
    for (const l of lines) d.citations.push({ plan, section: section.path, quote: l });
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.6;
  return d;
}

/** The plan runs from year `from` to year `to`. */
export const isPeriodOf = (plan: ParsedPlan, from: string, to: string): boolean => plan.period.start?.slice(0, 4) === from && plan.period.end?.slice(0, 4) === to;

/** "2014-2016", "2014 đến 2016", "from 2014 to 2016". */
const PERIOD_RE = /\b((?:19|20)\d\d) ?(?:-|den|to|toi|until)? ?(?:nam )?((?:19|20)\d\d)\b/;

/** "Hoạt động nào ...", "có khuyến nghị nào ...", "which activities ...", "how many rows ...": the appendix's rows are what is asked. */
const ASKS_ROWS_RE = /\b((hoat dong|khuyen nghi|noi dung|viec) (nao|gi)|(nhung|cac|co|bao nhieu|may) (hoat dong|khuyen nghi)|liet ke|ke ten|(which|what|how many|list( the)?|any)( appendix)? (activities|activity|recommendations|rows|items))\b/;
/**
 * "Hoạt động nào trong phụ lục thực hiện 2014-2016?", "which appendix activities run from 2014 to 2016?": appendix rows by
 * their period column. Only a question asking which rows: a row asked by its number or topic in "the 2014-2020 plan" (the
 * plan named by its period) is that row, and a body named asks for the rows it leads.
 */
export function answerAppendixPeriod(ctx: HandlerContext): Draft {
  const d = emptyDraft();
  const f = ctx.q.folded;
  // The tests of the question alone first (a period needs a year written: "2014-2016").
  if (ctx.q.recommendationNumber || ctx.q.agencies.length > 0 || !/(?:19|20)\d\d/.test(f) || !ASKS_ROWS_RE.test(f)
    || !/\b(phu luc|hoat dong|khuyen nghi|appendix|activit(y|ies)|recommendations?|rows?)\b/.test(f)) return d;
  // "the 2014-2020 plan": the plan's own period names it; any other period (a row's "2014-2016") is asked of the rows.
  const named = PLAN_PERIOD_RE.exec(f);
  const own = named && ctx.plans.some((p) => isPeriodOf(p, named[5] ?? named[7]!, named[6] ?? named[8]!));
  const m = PERIOD_RE.exec(own ? f.replace(named[0], " ") : f);
  if (!m) return d;
  const want = `${m[1]}${m[2]}`;
  for (const plan of ctx.plans) {
    const rows = plan.tasks.filter((t) => t.kind === "recommendation" && t.period && t.period.replace(/[^0-9]/g, "") === want);
    if (rows.length === 0) continue;
    const shownRows = rows.slice(0, MAX_ITEMS);
    const parts = shownRows.map((t) => {
      const leads = plan.assignments.filter((a) => a.taskId === t.id && a.role === "lead");
      for (const a of leads) {
        const agency = a.agencyId ? ctx.registry.agency(a.agencyId) ?? null : null;
        d.agencies.push({ agency, name: agency?.name ?? a.agencyAsWritten, role: a.role, source: { plan, sectionPath: a.sectionPath } });
        d.citations.push({ plan, section: a.sectionPath, quote: a.quote });
      }
      if (planHolds(plan, t.title)) d.citations.push({ plan, section: t.sectionPath, quote: t.title });
      return `“${t.title}” (mục ${t.sectionPath})`;
    });
    d.counts.push(rows.length);
    if (rows.length > shownRows.length) d.counts.push(rows.length - shownRows.length);
    d.lines.push(tr(ctx.lang, `Phụ lục ${planLabel(plan, ctx.registry, ctx.lang)} có ${rows.length} hoạt động thực hiện ${m[1]}-${m[2]}: ${parts.join("; ")}${rows.length > shownRows.length ? ` ... và ${rows.length - shownRows.length} hoạt động khác` : ""}.`,
      `The appendix of ${planLabel(plan, ctx.registry, ctx.lang)} has ${rows.length} activities for ${m[1]}-${m[2]}: ${parts.join("; ")}${rows.length > shownRows.length ? ` ... and ${rows.length - shownRows.length} more` : ""}.`));
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.7;
  return d;
}

/**
 * "QĐ 2130 ban hành theo tờ trình số mấy?", "on whose proposal was it issued?": the decision's preamble line saying whose
 * proposal and which submission it was issued on ("Xét đề nghị của Giám đốc Sở ... tại Tờ trình số ..., ngày ..."), quoted.
 * The line is found once per plan, in the text before its first article or part; a plan that writes none is left to other readings.
 */
const SUBMISSION_ASKED_RE = /\b(to trinh|ttr|submissions?)\b/;
const PROPOSER_ASKED_RE = /\b(proposal|proposed by|de xuat ban hanh)\b|\bde nghi (cua ai|cua (so|co quan|giam doc|don vi|nganh)( \S+){0,4} nao|ban hanh)\b|\b(so|giam doc so|co quan|don vi|ai) (nao )?de nghi\b|\b(whose|which (agency|department)s?) (request|proposal)\b/;
const ISSUED_RE = /\b(ban hanh|issu\w*)\b/;
const PROPOSAL_LINE_RE = /^Xét đề nghị [^\n]*/mu;
const proposalLine = memoByPlan((plan: ParsedPlan): string | null => {
  const m = PROPOSAL_LINE_RE.exec(plan.text.slice(0, 6000));
  return m ? m[0].trim().replace(/[,;.]+$/u, "") : null;
});

export function answerSubmission(ctx: HandlerContext): Draft | null {
  const q = ctx.q.folded;
  if (!SUBMISSION_ASKED_RE.test(q) && !(PROPOSER_ASKED_RE.test(q) && ISSUED_RE.test(q))) return null;
  const d = emptyDraft();
  for (const plan of ctx.plans) {
    const line = proposalLine(plan);
    if (!line || !plan.text.includes(line)) continue;
    const label = planLabel(plan, ctx.registry, ctx.lang);
    d.lines.push(tr(ctx.lang, `${label} được ban hành theo đề nghị nêu ở phần mở đầu: “${line}”`,
      `${label} was issued on the proposal stated in its preamble: “${line}”`));
    d.citations.push({ plan, section: tr(ctx.lang, "mở đầu", "preamble"), quote: line });
  }
  if (d.citations.length === 0) return null;
  d.found = true;
  d.confidence = 0.8;
  return d;
}
