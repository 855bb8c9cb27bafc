/**
 * "Các nhóm công tác liên ngành cấp huyện gồm những ngành nào?", "who are the members of the inter-agency working groups?": the
 * members of a group a plan names with its members in brackets ("Nhóm công tác liên ngành (Lao động - Thương binh và Xã hội,
 * Công an, ..., Đoàn Thanh niên, Hội Phụ nữ...)"). The answer is every member the plan's sentence names, in its words, quoted;
 * not the bodies of a programme that mentions the group.
 */
import type { ParsedPlan } from "../kb/types.ts";
import { emptyDraft, foldOnce, planLabel, tr, type Draft } from "./answer-composer.ts";
import { shown, type HandlerContext } from "./intent-handlers.ts";
import { memoByPlan } from "./memo.ts";

interface ListedGroup {
  /** The group as written ("Nhóm công tác liên ngành"), and folded. */
  name: string;
  folded: string;
  members: string[];
  /** The written group with its brackets, a verbatim slice of the plan's text. */
  written: string;
}

/** A group noun, its name (no clause break), and the members in brackets after it. */
const GROUP_WITH_MEMBERS_RE = /(?<![\p{L}])((?:Nhóm|Ban|Tổ|Hội đồng|Đội)(?: [^\s()\n.;:,]+){1,8}) ?\(([^()\n]+)\)/giu;

/** The groups of a plan written with at least three members, two of them bodies the registry knows (not "(thông qua Sở ...)"). */
const groupsOf = (registry: HandlerContext["registry"]) => memoByPlan((plan: ParsedPlan): ListedGroup[] => {
  const out: ListedGroup[] = [];
  for (const m of plan.text.matchAll(GROUP_WITH_MEMBERS_RE)) {
    const members = m[2]!.split(/[,;]/).map((x) => x.replace(/(\.{2,}|…)\s*$/u, "").trim()).filter((x) => x.length > 1);
    if (members.length < 3 || /^(thông qua|qua)\b/iu.test(m[2]!.trim())) continue;
    if (members.filter((x) => registry.findAgencies(x).length > 0).length < 2) continue;
    out.push({ name: m[1]!, folded: foldOnce(m[1]!), members, written: m[0]! });
  }
  return out;
});
let memo: { registry: HandlerContext["registry"]; of: (p: ParsedPlan) => ListedGroup[] } | null = null;
const listedGroups = (ctx: HandlerContext, plan: ParsedPlan): ListedGroup[] => {
  if (memo?.registry !== ctx.registry) memo = { registry: ctx.registry, of: groupsOf(ctx.registry) };
  return memo.of(plan);
};

/** Members asked: "gồm những ngành nào", "thành viên", "thành phần", "có sự tham gia của", "members", "made up of", "sit on". */
const MEMBERS_ASKED_RE = new RegExp([
  String.raw`\b(bao )?gom( co)?( nhung| cac)?( \S+){0,2} (nao|ai|gi)\b`, String.raw`\bthanh (vien|phan)\b`,
  String.raw`\b(su )?tham gia cua( nhung| cac)?( \S+){0,2} nao\b`, String.raw`\bmembers?\b`, String.raw`\bmembership\b`,
  String.raw`\b(make|makes|made) up\b`, String.raw`\bconsists?\b`, String.raw`\bcompris\w*\b`, String.raw`\b(sit|sits|serve|serves|take part) (on|in)\b`,
  String.raw`\b(which|what) (\S+ )?(agencies|departments|sectors|bodies|organi[sz]ations) (are|is) (in|on|part of)\b`,
].join("|"));

/** English words for the Vietnamese of a group's name: "inter-agency working group" is "nhóm công tác liên ngành". */
const ENGLISH: Array<[RegExp, string]> = [
  [/\b(inter ?agency|inter ?sectoral|cross ?sector(al)?|multi ?sector(al)?|inter ?departmental)\b/g, " lien nganh "],
  [/\b(working )?(groups?|teams?)\b/g, " nhom cong tac "], [/\b(boards?|committees?)\b/g, " ban "], [/\bcouncils?\b/g, " hoi dong "],
];

/** The group's noun and the words that qualify it ("liên ngành"), all in the question (its English read as Vietnamese). */
function namesGroup(folded: string, group: ListedGroup): boolean {
  let f = ` ${folded} `;
  for (const [re, vi] of ENGLISH) f = f.replace(re, vi);
  const words = group.folded.split(" ");
  const has = (w: string) => f.includes(` ${w} `);
  // The noun ("nhom", "hoi dong") and the group's last two words, its qualifier ("lien nganh"; "cong tac" may be left out).
  const noun = words[0] === "hoi" ? "hoi dong" : words[0]!;
  return has(noun) && has(words.slice(-2).join(" "));
}

export function answerGroupMembers(ctx: HandlerContext): Draft | null {
  const q = ctx.q;
  if (q.intent === "compare" || !MEMBERS_ASKED_RE.test(q.folded)) return null;
  const d = emptyDraft();
  for (const plan of ctx.plans) {
    for (const group of listedGroups(ctx, plan)) {
      if (!namesGroup(q.folded, group)) continue;
      // The passage that holds the sentence: its quote is what the answer cites (a verbatim slice of the plan).
      const passage = ctx.index.passages.find((p) => p.plan === plan && p.quote.includes(group.written));
      if (!passage) continue;
      const label = planLabel(plan, ctx.registry, ctx.lang);
      const english = group.members.map((m) => `${m}${gloss(ctx, m)}`);
      d.lines.push(tr(ctx.lang, `Theo ${label}, mục ${passage.sectionPath}, ${group.name} gồm ${group.members.length} thành phần: ${group.members.join("; ")}.`,
        `Under ${label}, section ${passage.sectionPath}, the group the plan calls “${group.name}” has ${group.members.length} members: ${english.join("; ")}.`));
      if (/(\.{2,}|…)\s*\)$/u.test(group.written)) {
        d.lines.push(tr(ctx.lang, "Kế hoạch kết thúc danh sách bằng “...”: có thể còn ngành khác không được ghi tên.",
          "The plan ends the list with “...”: other sectors may take part that it does not name."));
      }
      d.counts.push(group.members.length);
      d.lines.push(tr(ctx.lang, `Trích kế hoạch: ${shown(passage.quote)}`, `The plan says: ${shown(passage.quote)}`));
      for (const m of group.members) d.agencies.push({ agency: null, name: m, role: "coordinate", source: { plan, sectionPath: passage.sectionPath } });
      d.citations.push({ plan, section: passage.sectionPath, quote: passage.quote });
    }
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.85;
  return d.found ? d : unlistedGroup(ctx);
}

/**
 * "Ban điều hành ...", "Ban chỉ đạo ...", "Nhóm ...": a group named in a question ("ban hành", "ban ngành", "tổ chức", "Tổ quốc",
 * "tổ dân phố" and "Ủy ban" are no group).
 */
const GROUP_ASKED_RE = /(?<!\buy )\b(nhom|ban|hoi dong|to) (?!(?:hanh|nganh|chuc|quoc|dan pho|gom|bao gom|co|la|cua|o|tai|trong|theo|nao|thanh|nhung|cac|giup|tin)\b)(\w+(?: \w+){1,7})/g;

/**
 * The bodies of agencies or people the "not listed" reply is for, folded and as written with diacritics: "Bản kế hoạch" (a
 * document) and "nhóm trẻ em" (children) are none.
 */
const BODIES: ReadonlyArray<[string, string]> = [
  ["ban chi dao", "ban chỉ đạo"], ["ban dieu hanh", "ban điều hành"], ["ban bao ve tre em", "ban bảo vệ trẻ em"],
  ["nhom cong tac", "nhóm công tác"], ["to cong tac", "tổ công tác"], ["hoi dong", "hội đồng"],
];

/** "gồm những nội dung gì", "bao gồm các nhiệm vụ nào", "gồm những nhóm nào": what a body or a plan holds, not who sits on it. */
const CONTENT_ASKED_RE = /\b(gom|co)( co)?( nhung| cac)? (noi dung|nhiem vu|hoat dong|muc|phan|chuong|chuong trinh|giai phap|chi tieu|muc tieu|doi tuong|nhom|quyen|trach nhiem|chuc nang|cong viec|viec|van de|linh vuc|buoc)\b/;

/** The question's own words, lower case, composed ("Ban điều hành"); "" when it is written without diacritics. */
function writtenQuestion(raw: string): string {
  const lower = raw.normalize("NFC").toLowerCase();
  return /[\u0300-\u036f]|đ/u.test(lower.normalize("NFD")) ? lower : "";
}

/**
 * "Ban điều hành công tác trẻ em cấp tỉnh của Tây Ninh gồm những sở nào?": a group the plan names without saying who is in it. Not
 * stated, with the plan's line that names it; never the bodies of a programme that mentions the group. Only a body of agencies or
 * people (BODIES) written as such ("Bản kế hoạch" is no "Ban"); a question about its content or duties is no question of members;
 * a body whose members a plan writes of without naming them ("5 người là thành viên trong Ban bảo vệ trẻ em") is answered with
 * that line (still not stated who they are).
 */
function unlistedGroup(ctx: HandlerContext): Draft | null {
  if (ctx.lang !== "vi" || CONTENT_ASKED_RE.test(ctx.q.folded)) return null;
  const written = writtenQuestion(ctx.q.raw);
  for (const m of ctx.q.folded.matchAll(GROUP_ASKED_RE)) {
    const words = m[2]!.split(" ");
    const body = BODIES.find(([folded]) => `${m[1]} ${m[2]} `.startsWith(`${folded} `));
    if (!body || (written && !written.includes(body[1]))) continue;
    // The longest run of the group's words (its noun and at least two more) that a plan chosen writes.
    for (let n = words.length; n >= 2; n--) {
      const name = `${m[1]} ${words.slice(0, n).join(" ")}`;
      if (name.length < body[0].length) break;
      const hits = ctx.index.passages.filter((p) => ctx.plans.includes(p.plan) && ` ${p.folded} `.includes(` ${name} `));
      if (hits.length === 0) continue;
      const stated = hits.find((p) => new RegExp(`\\bthanh (vien|phan) (trong|cua|thuoc) ${name}\\b`).test(p.folded));
      const hit = stated ?? hits[0]!;
      const d = emptyDraft();
      const label = planLabel(hit.plan, ctx.registry, ctx.lang);
      const as = writtenAs(hit.quote, name) ?? name;
      d.lines.push(stated
        ? `${label} không ghi tên các thành viên của “${as}”; kế hoạch chỉ ghi về thành viên của ban (mục ${hit.sectionPath}) như sau.`
        : `${label} có nêu “${as}” (mục ${hit.sectionPath}) nhưng không ghi ${{ nhom: "nhóm", to: "tổ", ban: "ban" }[m[1]!] ?? "hội đồng"} gồm những cơ quan, thành viên nào.`);
      d.lines.push(`Trích kế hoạch: ${shown(hit.quote)}`);
      d.citations.push({ plan: hit.plan, section: hit.sectionPath, quote: hit.quote });
      d.settled = true;
      return d;
    }
  }
  return null;
}

/** The words of a folded name as the quote writes them ("Ban điều hành công tác trẻ em cấp tỉnh"). */
function writtenAs(quote: string, folded: string): string | null {
  const words = quote.split(/\s+/);
  const n = folded.split(" ").length;
  for (let i = 0; i + n <= words.length; i++) {
    const slice = words.slice(i, i + n).join(" ").replace(/[;,.:)]+$/, "");
    if (foldOnce(slice) === folded) return slice;
  }
  return null;
}

/** "Công an" (Police), "Y tế" (Health): the registry's English for the sector, without its rank ("Provincial", "Department of"). */
function gloss(ctx: HandlerContext, member: string): string {
  const agency = (ctx.registry.findAgencies(member)[0] ?? ctx.registry.findAgencies(`Sở ${member}`)[0])?.agency;
  const english = agency?.english?.replace(/\s*\([^)]*\)\s*$/, "").replace(/^(Provincial |Department of )/, "").trim();
  return english ? ` (${english})` : "";
}
